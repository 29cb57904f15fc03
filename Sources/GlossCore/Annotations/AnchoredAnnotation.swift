/// An annotation together with where it sits in an article's current text.
public struct AnchoredAnnotation: Hashable, Sendable, Identifiable {
    public var annotation: Annotation
    public var anchor: Anchor

    public init(annotation: Annotation, anchor: Anchor) {
        self.annotation = annotation
        self.anchor = anchor
    }

    public var id: Annotation.ID { annotation.id }
    public var status: AnchorStatus { anchor.status }
}
