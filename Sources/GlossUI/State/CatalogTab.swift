import GlossCore

/// The tabs of the catalog screen, the library-wide lists reached from the library: the quote
/// book, the figure ledger, and the people and places of every article.
public enum CatalogTab: String, Hashable, Sendable, CaseIterable {
    case quotes, figures, people, places

    /// The tab's title: `Quotes`.
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// The key that shows it on the catalog screen: `1` … `4`.
    public var digit: Character { Character(String((Self.allCases.firstIndex(of: self) ?? 0) + 1)) }
}

/// What `.loadCatalog` found for a tab, from the library index.
public enum CatalogData: Hashable, Sendable {
    case quotes([QuoteRecord])
    case figures([FigureRecord])
    case people([EntityListing])
    case places([EntityListing])

    public var tab: CatalogTab {
        switch self {
        case .quotes: .quotes
        case .figures: .figures
        case .people: .people
        case .places: .places
        }
    }
}

/// Where the reader should land once an article opened from the catalog is shown: the quote
/// or figure chosen there, focused, and for `t` the tag prompt open on it.
public struct CatalogJump: Hashable, Sendable {
    public var articleID: String
    public var range: TextRange
    public var kind: HighlightKind
    public var detail: String
    public var tag: Bool

    public init(articleID: String, range: TextRange, kind: HighlightKind, detail: String, tag: Bool = false) {
        self.articleID = articleID
        self.range = range
        self.kind = kind
        self.detail = detail
        self.tag = tag
    }
}
