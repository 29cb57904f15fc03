import GlossCore

/// What the library screen shows about an article's analysis and notes.
public struct ArticleCounts: Hashable, Sendable {
    public var quotes: Int
    public var people: Int
    public var places: Int
    public var figures: Int
    public var notes: Int
    /// The tags on the article's annotations, for tag completion: counting an article already
    /// reads its annotations, so the library's tags are gathered without reading the store twice.
    public var tags: Set<String>

    public init(
        quotes: Int = 0, people: Int = 0, places: Int = 0, figures: Int = 0, notes: Int = 0, tags: Set<String> = []
    ) {
        self.quotes = quotes
        self.people = people
        self.places = places
        self.figures = figures
        self.notes = notes
        self.tags = tags
    }

    /// Counts from an analysis; notes come from the annotation store (none yet).
    public init(_ analysis: Analysis, notes: Int = 0, tags: Set<String> = []) {
        self.init(
            quotes: analysis.quotes.count, people: analysis.people.count, places: analysis.places.count,
            figures: analysis.figures.count, notes: notes, tags: tags)
    }
}
