/// The screens: the list of articles, the article being read, and the library-wide lists
/// (the quote book, the figure ledger, people and places; the tab is `AppState.catalog`'s).
public enum ScreenKind: Hashable, Sendable {
    case library, reader, catalog
}
