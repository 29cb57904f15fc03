import Foundation

/// A mark on a passage of one article: its selectors, note, tags, style and kind.
///
/// The passage is recorded twice, as W3C Web Annotation selectors do: by its text and context
/// (`quote`) and by its offsets (`position`), so it can be found again after the article
/// changes (see `reanchor(in:)`). `fingerprint` is the article's fingerprint when the passage
/// was last anchored, which lets an unchanged article skip the search.
public struct Annotation: Hashable, Sendable, Identifiable {
    public var id: UUID
    /// The article's library id: `wikinews/GUM_news_clock`.
    public var articleID: String
    public var quote: TextQuoteSelector
    public var position: TextPositionSelector
    /// Free text of any length.
    public var note: String
    /// Short labels, normalised by `Annotation.normalizedTag(_:)`.
    public var tags: Set<String>
    /// A colour or style name the reader maps to a look: `yellow`, `underline`.
    public var color: String?
    public var kind: AnnotationKind
    /// For `.quote`: the speaker and entity.
    public var attribution: QuoteAttribution?
    public var fingerprint: String
    public var created: Date
    public var modified: Date

    public init(
        id: UUID = UUID(), articleID: String, quote: TextQuoteSelector, position: TextPositionSelector,
        note: String = "", tags: Set<String> = [], color: String? = nil, kind: AnnotationKind = .highlight,
        attribution: QuoteAttribution? = nil, fingerprint: String, created: Date, modified: Date? = nil
    ) {
        self.id = id
        self.articleID = articleID
        self.quote = quote
        self.position = position
        self.note = note
        self.tags = tags
        self.color = color
        self.kind = kind
        self.attribution = attribution
        self.fingerprint = fingerprint
        self.created = Annotation.timestamp(created)
        self.modified = Annotation.timestamp(modified ?? created)
    }

    /// A new annotation on `range` of `article`.
    public init(
        id: UUID = UUID(), article: Article, range: TextRange, note: String = "", tags: Set<String> = [],
        color: String? = nil, kind: AnnotationKind = .highlight, attribution: QuoteAttribution? = nil,
        now: Date = Date()
    ) throws(AnnotationError) {
        try Annotation.check(range, in: article)
        self.init(
            id: id, articleID: article.id, quote: TextQuoteSelector(range: range, in: article.scalars),
            position: TextPositionSelector(range), note: note, tags: try Annotation.normalizedTags(tags), color: color,
            kind: kind, attribution: attribution, fingerprint: article.fingerprint, created: now)
    }

    /// A passage must be non-empty and inside the article's text.
    static func check(_ range: TextRange, in article: Article) throws(AnnotationError) {
        guard range.start >= 0, range.end <= article.scalars.count else {
            throw .rangeOutOfBounds(start: range.start, end: range.end, length: article.scalars.count)
        }
        guard !range.isEmpty else { throw .emptySelection }
    }

    /// Timestamps are kept to the millisecond, the precision the files record, so an
    /// annotation read back equals the one saved.
    public static func timestamp(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    /// Tags sorted, for output that does not change from run to run.
    public var sortedTags: [String] { tags.sorted() }
}
