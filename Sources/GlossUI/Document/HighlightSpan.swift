import GlossCore

/// A stretch of text to highlight as one kind. `item` indexes the document's navigation
/// targets of that kind, so a span knows which quote or mention it belongs to.
public struct HighlightSpan: Hashable, Sendable {
    public var range: TextRange
    public var kind: HighlightKind

    public init(range: TextRange, kind: HighlightKind) {
        self.range = range
        self.kind = kind
    }
}
