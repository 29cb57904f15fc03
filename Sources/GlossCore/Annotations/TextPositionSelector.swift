/// A W3C Web Annotation `TextPositionSelector`: Unicode scalar offsets into the article text,
/// `end` exclusive.
public struct TextPositionSelector: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public init(_ range: TextRange) {
        self.init(start: range.start, end: range.end)
    }

    /// The offsets as a range, or nil when they are negative or reversed (a hand-edited file).
    public var range: TextRange? {
        start >= 0 && start <= end ? TextRange(start, end) : nil
    }
}
