import GlossCore

/// A search in the article: the query, every match, and which one is current.
public struct SearchState: Hashable, Sendable {
    public var query: String
    public var matches: [TextRange]
    public var current: Int?
    /// Upper case in the query makes the search case-sensitive (smart case).
    public var caseSensitive: Bool
    /// Where the view was before the search started, to go back on Esc.
    public var originTopLine: Int

    public init(
        query: String = "", matches: [TextRange] = [], current: Int? = nil, caseSensitive: Bool = false,
        originTopLine: Int
    ) {
        self.query = query
        self.matches = matches
        self.current = current
        self.caseSensitive = caseSensitive
        self.originTopLine = originTopLine
    }

    /// `3/17`, `no match`, or empty before anything is typed.
    public var countLabel: String {
        if query.isEmpty { return "" }
        if matches.isEmpty { return "no match" }
        return "\((current ?? 0) + 1)/\(matches.count)"
    }
}
