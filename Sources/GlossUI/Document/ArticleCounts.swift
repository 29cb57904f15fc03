import GlossCore

/// What the library screen shows about an article's analysis and notes.
public struct ArticleCounts: Hashable, Sendable {
    public var quotes: Int
    public var people: Int
    public var places: Int
    public var figures: Int
    public var notes: Int

    public init(quotes: Int = 0, people: Int = 0, places: Int = 0, figures: Int = 0, notes: Int = 0) {
        self.quotes = quotes
        self.people = people
        self.places = places
        self.figures = figures
        self.notes = notes
    }

    /// Counts from an analysis; notes come from the annotation store (none yet).
    public init(_ analysis: Analysis, notes: Int = 0) {
        self.init(
            quotes: analysis.quotes.count, people: analysis.people.count, places: analysis.places.count,
            figures: analysis.figures.count, notes: notes)
    }
}
