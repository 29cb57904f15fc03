/// A place where a pattern occurs in a text with at most a given number of edits.
public struct ApproximateMatch: Hashable, Sendable {
    /// Scalar offsets of the matched text, end exclusive.
    public var start: Int
    public var end: Int
    /// Edit distance (insertions, deletions, substitutions) between the pattern and the text.
    public var errors: Int

    public init(start: Int, end: Int, errors: Int) {
        self.start = start
        self.end = end
        self.errors = errors
    }

    public var range: TextRange { TextRange(start, end) }
}
