/// A W3C Web Annotation `TextQuoteSelector`: the passage's exact text and a little of the text
/// around it, so the passage can be found again after the article changes.
public struct TextQuoteSelector: Hashable, Sendable, Codable {
    /// How many Unicode scalars of context `prefix` and `suffix` keep.
    public static let contextLength = 32

    public var exact: String
    public var prefix: String
    public var suffix: String

    public init(exact: String, prefix: String = "", suffix: String = "") {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }

    /// The selector for `range` of `scalars`, with up to `contextLength` scalars of context each side.
    public init(range: TextRange, in scalars: [Unicode.Scalar], contextLength: Int = TextQuoteSelector.contextLength) {
        let lo = max(0, min(range.start, scalars.count))
        let hi = max(lo, min(range.end, scalars.count))
        self.exact = String(String.UnicodeScalarView(scalars[lo..<hi]))
        self.prefix = String(String.UnicodeScalarView(scalars[max(0, lo - contextLength)..<lo]))
        self.suffix = String(String.UnicodeScalarView(scalars[hi..<min(scalars.count, hi + contextLength)]))
    }
}
