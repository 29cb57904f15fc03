import GlossCore

/// An article made ready for reading: its analysis turned into highlight spans, navigation
/// targets and panel lists, and the text folded for searching. Built once per article; the
/// layout for a given width is built from it (`ArticleLayout`).
public struct ReaderDocument: Sendable, Hashable {
    public let article: Article
    public let analysis: Analysis
    /// False for the text alone, shown while the analysis runs (`textOnly(_:)`).
    public let isAnalysed: Bool
    /// Every highlight, sorted by start.
    public let spans: [HighlightSpan]
    /// Navigation targets per kind, each sorted by start.
    public let targets: [HighlightKind: [NavigationTarget]]
    /// Panel lists per tab.
    public let panelItems: [PanelTab: [PanelItem]]
    /// Sentence ranges in scalars, for `(`, `)` and `V`; found here, off the main loop.
    public let sentences: [TextRange]
    /// The text folded for case-sensitive search (`SearchFolding`: accents and apostrophes
    /// folded, white space as spaces; one scalar per scalar, so offsets are the article's).
    let searchExact: [UInt32]
    /// The same, lower-cased too, for case-insensitive search.
    let searchFolded: [UInt32]

    public init(article: Article, analysis: Analysis, isAnalysed: Bool = true) {
        self.article = article
        self.analysis = analysis
        self.isAnalysed = isAnalysed
        let built = Self.build(article: article, analysis: analysis)
        spans = built.spans
        targets = built.targets
        panelItems = built.panel
        var exact = [UInt32](), folded = [UInt32]()
        exact.reserveCapacity(article.scalars.count)
        folded.reserveCapacity(article.scalars.count)
        for s in article.scalars {
            exact.append(SearchFolding.fold(s, caseSensitive: true))
            folded.append(SearchFolding.fold(s, caseSensitive: false))
        }
        searchExact = exact
        searchFolded = folded
        let tokenized = TokenizedText(article.scalars)
        sentences = tokenized.sentences.compactMap { r in
            guard let first = r.first, let last = r.last else { return nil }
            return TextRange(tokenized.tokens[first].start, tokenized.tokens[last].end)
        }
    }

    /// The article without highlights: what the reader shows at once while the analysis of a
    /// long article runs.
    public static func textOnly(_ article: Article) -> ReaderDocument {
        ReaderDocument(article: article, analysis: Analysis(), isAnalysed: false)
    }

    public var title: String { article.title }

    public static func == (a: ReaderDocument, b: ReaderDocument) -> Bool {
        a.article == b.article && a.analysis == b.analysis
    }

    public func hash(into h: inout Hasher) {
        h.combine(article.id)
        h.combine(article.scalars.count)
    }
}
