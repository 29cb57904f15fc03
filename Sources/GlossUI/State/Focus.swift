import GlossCore

/// The target the reader has jumped to: shown reversed in the text, described in the status bar.
public struct Focus: Hashable, Sendable {
    public var range: TextRange
    public var kind: HighlightKind?
    public var detail: String

    public init(range: TextRange, kind: HighlightKind?, detail: String) {
        self.range = range
        self.kind = kind
        self.detail = detail
    }
}
