import GlossCore

/// An annotation being written in the prompts: the passage, or the annotation being edited,
/// and what has been typed so far. It lives in the state while the note and tag prompts
/// are open, so a resize or a redraw keeps it.
public struct AnnotationDraft: Hashable, Sendable {
    public var range: TextRange
    /// The annotation being edited; nil for a new one.
    public var editing: Annotation.ID?
    public var kind: AnnotationKind
    public var attribution: QuoteAttribution?
    public var note: String
    public var tags: String

    public init(
        range: TextRange, editing: Annotation.ID? = nil, kind: AnnotationKind = .note,
        attribution: QuoteAttribution? = nil, note: String = "", tags: String = ""
    ) {
        self.range = range
        self.editing = editing
        self.kind = kind
        self.attribution = attribution
        self.note = note
        self.tags = tags
    }

    /// The tags as typed: split at commas, blanks dropped (`Annotation.tagList`).
    public var tagList: [String] { Annotation.tagList(tags) }
}
