/// Everything the analyzer finds in one article. Every range is in Unicode scalar offsets.
public struct Analysis: Sendable, Hashable {
    public var quotes: [Quote]
    /// People, places and organizations, each once per article with all its mentions.
    public var entities: [Entity]
    public var figures: [Figure]
    public var dates: [TextRange]

    public init(quotes: [Quote] = [], entities: [Entity] = [], figures: [Figure] = [], dates: [TextRange] = []) {
        self.quotes = quotes
        self.entities = entities
        self.figures = figures
        self.dates = dates
    }

    public var people: [Entity] { entities.filter { $0.kind == .person } }
    public var places: [Entity] { entities.filter { $0.kind == .place } }
    public var organizations: [Entity] { entities.filter { $0.kind == .organization } }

    /// The entity with this id (ids are indices into `entities`).
    public func entity(_ id: Int) -> Entity? { entities.indices.contains(id) ? entities[id] : nil }
}

/// The kinds of named entity.
public enum EntityKind: String, Sendable, Codable, CaseIterable {
    case person, place, organization
}

/// One person, place or organization, with every mention of it in the article.
public struct Entity: Sendable, Hashable, Identifiable {
    /// Index in `Analysis.entities`.
    public var id: Int
    public var kind: EntityKind
    /// The fullest name used in the article: `María Elena Ortiz Vega`.
    public var canonicalName: String
    /// Other names it goes by in the article: `MEOV`, `Ortiz Vega`.
    public var aliases: [String]
    /// Titles seen before its mentions: `President`, `Finance Minister`.
    public var titles: [String]
    /// Every mention, in text order, name only (no title, no possessive).
    public var mentions: [TextRange]

    public init(
        id: Int, kind: EntityKind, canonicalName: String, aliases: [String] = [], titles: [String] = [],
        mentions: [TextRange]
    ) {
        self.id = id
        self.kind = kind
        self.canonicalName = canonicalName
        self.aliases = aliases
        self.titles = titles
        self.mentions = mentions
    }
}

/// What a quotation is doing in the text.
public enum QuoteKind: String, Sendable, Codable, CaseIterable {
    /// Words someone said or wrote.
    case speech
    /// A word or two held at arm's length: a supposed “leftist”.
    case scare
    /// A quoted name: the train known as “The Comet”.
    case title
    /// Words quoted inside another quote, reported by its speaker: “She told me, ‘Not this
    /// year,’ and left,” he said.
    case nested
}

/// Who said a quote, and where the text says so.
public struct Speaker: Sendable, Hashable {
    /// The resolved name: the person entity's canonical name, else the descriptive phrase.
    public var name: String
    /// The mention that attributes the quote: the subject of the cue verb, even a pronoun.
    public var mention: TextRange
    /// The person (or organization) entity, when the speaker is one.
    public var entityID: Int?

    public init(name: String, mention: TextRange, entityID: Int? = nil) {
        self.name = name
        self.mention = mention
        self.entityID = entityID
    }
}

/// A quotation: one segment, or one per paragraph when it runs over several paragraphs.
/// Each segment includes its quotation marks.
public struct Quote: Sendable, Hashable {
    public var segments: [TextRange]
    public var kind: QuoteKind
    public var speaker: Speaker?

    public init(segments: [TextRange], kind: QuoteKind, speaker: Speaker? = nil) {
        self.segments = segments
        self.kind = kind
        self.speaker = speaker
    }

    /// From the first mark of the first segment to the last mark of the last.
    public var range: TextRange { TextRange(segments.first!.start, segments.last!.end) }
}

/// A quantity: `over 370`, `$2 billion`, `80 percent`, `59-year-old`, `three weeks`.
public struct Figure: Sendable, Hashable {
    /// The span, qualifier included.
    public var range: TextRange
    /// The normalised number (370, 11800, 0.8, 2e9), when there is one that fits a `Double`
    /// (a number too large for one is kept as text only: the span, no value).
    public var value: Double?
    /// Unit or currency: `percent`, `USD`, `MXN`, `km`, `year`, `people`…
    public var unit: String?
    /// `over`, `about`, `more than`, `at least`, `up to`…
    public var qualifier: String?

    public init(range: TextRange, value: Double? = nil, unit: String? = nil, qualifier: String? = nil) {
        self.range = range
        self.value = value.flatMap { $0.isFinite ? $0 : nil }
        self.unit = unit
        self.qualifier = qualifier
    }
}
