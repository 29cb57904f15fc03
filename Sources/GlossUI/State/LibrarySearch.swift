import GlossCore

/// A full-text search of the whole library (Enter in the library's `/` prompt): the query,
/// the hits as they came back (articles best first, then matching notes and tags), and the
/// selection in the results list.
public struct LibrarySearch: Hashable, Sendable {
    public var query: String
    /// Articles best first, then notes and tags.
    public var hits: [SearchHit] = []
    /// How many articles match (the index's count; an upper bound when `totalIsExact` is false).
    public var articles = 0
    public var totalIsExact = true
    /// How many of `hits` are notes or tags.
    public var notes = 0
    /// Asked and not answered yet.
    public var isSearching = true
    /// Why there are no results (no index).
    public var failure: String?
    public var selected = 0
    /// The first hit in view.
    public var scroll = 0
    /// The hit being opened: when its article arrives, the reader goes to the match.
    public var opening: SearchHit?

    /// Most hits asked of the index at once; the status bar says when there are more.
    public static let limit = 200

    public init(query: String) {
        self.query = query
    }

    /// Takes in what the search found.
    mutating func take(_ results: SearchResults, notes found: [SearchHit], failure: String?) {
        hits = results.hits + found
        articles = results.total
        totalIsExact = results.totalIsExact
        notes = found.count
        self.failure = failure
        isSearching = false
        selected = 0
        scroll = 0
    }

    /// Moves the selection by `delta` hits, keeping it within `height` hits in view.
    mutating func move(by delta: Int, height: Int) {
        guard !hits.isEmpty else { return }
        selected = max(0, min(hits.count - 1, selected + delta))
        keepSelectionVisible(height: height)
    }

    mutating func keepSelectionVisible(height: Int) {
        scroll = ListScroll.offset(scroll, keeping: selected, height: height, count: hits.count)
    }

    /// What the status bar says: `3 articles match “harbour” · 1 note or tag`.
    public var summary: String {
        if isSearching { return "Searching the library for “\(query)”…" }
        if let failure { return failure }
        let shown = hits.count - notes
        var text = "\(totalIsExact ? "" : "at most ")\(articles) article\(articles == 1 ? "" : "s") match “\(query)”"
        if shown < articles { text += " (the first \(shown) shown)" }
        if notes > 0 { text += " · \(notes) note\(notes == 1 ? "" : "s") or tag\(notes == 1 ? "" : "s")" }
        return text
    }

    /// What the reader's search is primed with when a hit is opened, so `n` goes on to the
    /// next match: one term as typed (without quotes and `*`), else the words the hit matched.
    public static func readerQuery(_ query: String, hit: SearchHit) -> String {
        guard let parsed = SearchQuery(query) else { return "" }
        if parsed.terms.count == 1 {
            var text = query.trimmingSpaces
            while let c = text.first, c == "\"" || c == "“" || c == "”" { text.removeFirst() }
            while let c = text.last, c == "\"" || c == "“" || c == "”" || c == "*" { text.removeLast() }
            return text.trimmingSpaces
        }
        return parsed.caseSensitive ? hit.context.match : hit.context.match.lowercased()
    }
}
