/// The screen on show. The reader carries the article being read, so there is an open
/// article exactly when the reader is on screen; the library's and the catalog's state stay in
/// `AppState` (`library`, `catalog`), as they outlive a visit to the reader.
public enum Screen: Hashable, Sendable {
    /// The list of articles.
    case library
    /// The article being read. `fromCatalog`: it was chosen on the catalog screen, and `q`
    /// goes back there rather than to the library.
    case reader(ReaderState, fromCatalog: Bool)
    /// The library-wide lists: the quote book, the figure ledger, people and places (the tab
    /// is `AppState.catalog`'s).
    case catalog
}

extension AppState {
    /// The article being read, when the reader is on screen. Read-only: the reader changes
    /// through `withReader`.
    public var reader: ReaderState? {
        if case .reader(let r, _) = screen { return r }
        return nil
    }

    /// Runs `body` on the open article's state and returns what it returns; nil (and nothing
    /// runs) when the reader is not on screen. `body` cannot see the rest of the state: what
    /// it needs from there (the view's height, the stamps) is read before.
    @discardableResult
    mutating func withReader<T>(_ body: (inout ReaderState) throws -> T) rethrows -> T? {
        guard case .reader(var r, let fromCatalog) = screen else { return nil }
        // The state leaves the enum while it changes, so its arrays are not copied.
        screen = .library
        defer { screen = .reader(r, fromCatalog: fromCatalog) }
        return try body(&r)
    }

    /// `withReader` when the article open is `articleID`: what an event about an article
    /// changes only while that article is still on screen.
    @discardableResult
    mutating func withReader<T>(of articleID: String, _ body: (inout ReaderState) throws -> T) rethrows -> T? {
        guard reader?.document.article.id == articleID else { return nil }
        return try withReader(body)
    }
}
