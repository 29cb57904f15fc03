/// One step of annotation history: the annotation before and after. A create has no
/// `before`, a delete no `after`, an edit both.
///
/// The same value tells the store what to do: save `after`, or remove `before` when there is
/// no `after`. Undoing a change is carrying out its inverse.
public struct AnnotationChange: Hashable, Sendable {
    public var before: Annotation?
    public var after: Annotation?

    public init(before: Annotation?, after: Annotation?) {
        precondition(before != nil || after != nil, "a change needs a before or an after")
        precondition(before == nil || after == nil || before!.id == after!.id, "a change is to one annotation")
        self.before = before
        self.after = after
    }

    /// The change that takes the annotation back.
    public var inverted: AnnotationChange { AnnotationChange(before: after, after: before) }

    public var annotationID: Annotation.ID { (after ?? before)!.id }

    /// What kind of step this is, for the reader's status line (`undid delete`).
    public var verb: String {
        switch (before, after) {
        case (nil, _): return "create"
        case (_, nil): return "delete"
        default: return "edit"
        }
    }
}
