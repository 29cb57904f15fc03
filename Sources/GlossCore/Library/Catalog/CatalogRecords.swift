/// What the library-wide views show (search results, the quote book, the figure ledger, the
/// people and places index, facets). Made by the library index; plain values, so the reader's
/// state and the commands' writers take them without knowing where they came from.

/// Where a search hit was found.
public enum SearchHitSource: String, Sendable, Hashable {
    case title, text, note, tag
}

/// One search result: an article and the first place the query matches in it.
public struct SearchHit: Sendable, Hashable {
    public var articleID: String
    public var title: String
    public var date: String?
    public var source: SearchHitSource
    /// The match in the article's text (scalars); for a note or tag, the annotated passage.
    public var range: TextRange
    public var context: SearchContext
    /// The annotation, for a note or tag hit.
    public var annotationID: String?
    /// Higher is better.
    public var score: Double

    public init(
        articleID: String, title: String, date: String? = nil, source: SearchHitSource, range: TextRange,
        context: SearchContext, annotationID: String? = nil, score: Double
    ) {
        self.articleID = articleID
        self.title = title
        self.date = date
        self.source = source
        self.range = range
        self.context = context
        self.annotationID = annotationID
        self.score = score
    }
}

/// A page of search results.
public struct SearchResults: Sendable, Hashable {
    public var query: String
    public var hits: [SearchHit]
    /// Articles that match in all (the index's count; with smart case, an upper bound when
    /// `totalIsExact` is false).
    public var total: Int
    public var totalIsExact: Bool

    public init(query: String, hits: [SearchHit], total: Int, totalIsExact: Bool = true) {
        self.query = query
        self.hits = hits
        self.total = total
        self.totalIsExact = totalIsExact
    }
}

/// One quote in the library, with its speaker resolved across articles.
public struct QuoteRecord: Sendable, Hashable {
    public var articleID: String
    public var title: String
    public var date: String?
    /// The quote's number in its article's analysis.
    public var number: Int
    public var kind: QuoteKind
    /// The library-wide name of the speaker (`LibraryPeople`), nil when unattributed.
    public var speaker: String?
    /// The first segment's start and the last segment's end.
    public var range: TextRange
    /// The quoted words, segments joined by ` … `.
    public var text: String

    public init(
        articleID: String, title: String, date: String?, number: Int, kind: QuoteKind, speaker: String?,
        range: TextRange,
        text: String
    ) {
        self.articleID = articleID
        self.title = title
        self.date = date
        self.number = number
        self.kind = kind
        self.speaker = speaker
        self.range = range
        self.text = text
    }
}

/// One figure in the library, with the sentence it is in and what it counts.
public struct FigureRecord: Sendable, Hashable {
    public var articleID: String
    public var title: String
    public var date: String?
    public var number: Int
    public var range: TextRange
    public var text: String
    public var value: Double?
    public var unit: String?
    public var qualifier: String?
    /// The sentence holding the figure (one line).
    public var sentence: String
    /// The nouns near the figure that say what it counts (folded: `deportations`, `migrants`);
    /// figures of one unit sharing one are about the same thing.
    public var subjects: [String]

    public init(
        articleID: String, title: String, date: String?, number: Int, range: TextRange, text: String, value: Double?,
        unit: String?, qualifier: String?, sentence: String, subjects: [String]
    ) {
        self.articleID = articleID
        self.title = title
        self.date = date
        self.number = number
        self.range = range
        self.text = text
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.sentence = sentence
        self.subjects = subjects
    }
}

/// A person or place across the library: every article's entities that name them merged.
public struct EntityListing: Sendable, Hashable {
    public var kind: EntityKind
    /// The fullest name used (the longest canonical name, ties to the most used).
    public var name: String
    /// Every other name it goes by in the library.
    public var aliases: [String]
    public var mentions: Int
    public var articles: Int
    /// Quotes attributed to them.
    public var quotes: Int
    /// The articles naming them, by id.
    public var articleIDs: [String]

    public init(
        kind: EntityKind, name: String, aliases: [String], mentions: Int, articles: Int, quotes: Int = 0,
        articleIDs: [String] = []
    ) {
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.mentions = mentions
        self.articles = articles
        self.quotes = quotes
        self.articleIDs = articleIDs
    }
}

/// What the library list is narrowed to: articles must match every condition given.
public struct LibraryFilter: Sendable, Hashable {
    public var people: [String] = []
    public var places: [String] = []
    public var speakers: [String] = []
    public var tags: [String] = []

    public init(people: [String] = [], places: [String] = [], speakers: [String] = [], tags: [String] = []) {
        self.people = people
        self.places = places
        self.speakers = speakers
        self.tags = tags
    }

    public var isEmpty: Bool { people.isEmpty && places.isEmpty && speakers.isEmpty && tags.isEmpty }
}

/// What a facet filters by.
public enum FacetKind: String, Sendable, Hashable, CaseIterable {
    case person, place, speaker, tag
}

/// One value of a facet and in how many of the articles shown it occurs.
public struct FacetValue: Sendable, Hashable {
    public var kind: FacetKind
    public var name: String
    public var count: Int

    public init(kind: FacetKind, name: String, count: Int) {
        self.kind = kind
        self.name = name
        self.count = count
    }
}
