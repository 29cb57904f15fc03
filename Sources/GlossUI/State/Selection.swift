import GlossCore

/// A selection in the article: where it began and the caret that moves. Both are scalar
/// offsets of characters that are inside the selection, so it is never empty.
public struct Selection: Hashable, Sendable {
    public var anchor: Int
    public var caret: Int

    public init(anchor: Int, caret: Int) {
        self.anchor = anchor
        self.caret = caret
    }

    /// The selected scalars, end exclusive.
    public var range: TextRange { TextRange(min(anchor, caret), max(anchor, caret) + 1) }
}
