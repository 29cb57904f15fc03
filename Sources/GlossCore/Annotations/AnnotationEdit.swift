import Foundation

/// Changes to the editable fields of an annotation; nil fields stay as they are.
public struct AnnotationEdit: Hashable, Sendable {
    public var note: String?
    /// Replaces the tags outright when set; applied before `addTags` and `removeTags`.
    public var tags: Set<String>?
    public var addTags: [String]
    public var removeTags: [String]
    /// `.some(nil)` clears the colour.
    public var color: String??
    public var kind: AnnotationKind?
    public var attribution: QuoteAttribution??

    public init(
        note: String? = nil, tags: Set<String>? = nil, addTags: [String] = [], removeTags: [String] = [],
        color: String?? = nil, kind: AnnotationKind? = nil, attribution: QuoteAttribution?? = nil
    ) {
        self.note = note
        self.tags = tags
        self.addTags = addTags
        self.removeTags = removeTags
        self.color = color
        self.kind = kind
        self.attribution = attribution
    }

    /// The annotation with this edit applied and `modified` set to `now` (unchanged when the
    /// edit changes nothing).
    public func applied(to annotation: Annotation, now: Date) throws(AnnotationError) -> Annotation {
        var out = annotation
        if let note { out.note = note }
        if let tags { out.tags = try Annotation.normalizedTags(tags) }
        out.tags.formUnion(try Annotation.normalizedTags(addTags))
        out.tags.subtract(try Annotation.normalizedTags(removeTags))
        if let color { out.color = color }
        if let kind { out.kind = kind }
        if let attribution { out.attribution = attribution }
        if out != annotation { out.modified = Annotation.timestamp(now) }
        return out
    }
}
