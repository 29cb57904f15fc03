import Foundation
import GlossCore

/// What `gloss list` shows of one article: metadata, word count and analysis counts. Made the
/// same way from a fresh analysis and from the index, so output is the same either way.
public struct ArticleSummary: Sendable, Hashable {
    public var id: String
    public var title: String
    public var format: ArticleFormat
    public var words: Int
    public var metadata: ArticleMetadata
    public var quotes: Int
    public var people: Int
    public var places: Int
    public var organizations: Int
    public var figures: Int
    public var dates: Int
    /// What loading the file said about it (decoding fallbacks); the path is added when shown.
    public var notes: [LibraryWarning.Kind]

    public init(
        id: String, title: String, format: ArticleFormat, words: Int, metadata: ArticleMetadata, quotes: Int,
        people: Int,
        places: Int, organizations: Int, figures: Int, dates: Int, notes: [LibraryWarning.Kind]
    ) {
        self.id = id
        self.title = title
        self.format = format
        self.words = words
        self.metadata = metadata
        self.quotes = quotes
        self.people = people
        self.places = places
        self.organizations = organizations
        self.figures = figures
        self.dates = dates
        self.notes = notes
    }

    public init(_ article: Article, _ analysis: Analysis, warnings: [LibraryWarning]) {
        var people = 0, places = 0, organizations = 0
        for e in analysis.entities {
            switch e.kind {
            case .person: people += 1
            case .place: places += 1
            case .organization: organizations += 1
            }
        }
        self.init(
            id: article.id, title: article.title, format: article.format, words: article.wordCount,
            metadata: article.metadata,
            quotes: analysis.quotes.count, people: people, places: places, organizations: organizations,
            figures: analysis.figures.count, dates: analysis.dates.count, notes: warnings.map(\.kind))
    }

    /// The notes as one text column: one per line.
    var notesText: String { notes.compactMap(Self.encode).joined(separator: "\n") }

    static func encode(_ kind: LibraryWarning.Kind) -> String? {
        switch kind {
        case .decodedAsWindows1252: return "windows-1252"
        case .controlCharactersReplaced(let n): return "controls:\(n)"
        case .lineEndsNormalized(let what): return "line-ends:" + what
        case .skipped: return nil  // a skipped file has no row
        }
    }

    static func decodeNotes(_ text: String) -> [LibraryWarning.Kind] {
        text.split(separator: "\n").compactMap { line -> LibraryWarning.Kind? in
            if line == "windows-1252" { return .decodedAsWindows1252 }
            if line.hasPrefix("controls:"), let n = Int(line.dropFirst(9)) {
                return .controlCharactersReplaced(count: n)
            }
            if line.hasPrefix("line-ends:") { return .lineEndsNormalized(String(line.dropFirst(10))) }
            return nil
        }
    }
}

/// An article's analysis with the text of every range it names, so that it can be printed
/// without the article's text (the index keeps the spans' texts, not a copy of the file).
public struct AnalysedArticle: Sendable, Hashable {
    public var id: String
    public var title: String
    public var analysis: Analysis
    public var spanTexts: [TextRange: String]

    public init(id: String, title: String, analysis: Analysis, spanTexts: [TextRange: String]) {
        self.id = id
        self.title = title
        self.analysis = analysis
        self.spanTexts = spanTexts
    }

    public init(_ article: Article, _ analysis: Analysis) {
        var count = 0
        analysis.forEachRange { _ in count += 1 }
        var texts = [TextRange: String](minimumCapacity: count)
        // One look-up per range: the slot is found (or made empty) once and filled if empty.
        analysis.forEachRange { range in
            Self.fill(&texts[range, default: ""]) { article.text(in: range) }
        }
        self.init(id: article.id, title: article.title, analysis: analysis, spanTexts: texts)
    }

    private static func fill(_ text: inout String, _ make: () -> String) {
        if text.isEmpty { text = make() }
    }

    /// The file stem: the last path component of the id.
    public var stem: String { id.split(separator: "/").last.map(String.init) ?? id }

    /// The text of a range of the analysis.
    public func text(in range: TextRange) -> String { spanTexts[range] ?? "" }
}

extension Analysis {
    /// Every range a printed analysis shows the text of: mentions, figures, dates, quote segments.
    func forEachRange(_ body: (TextRange) -> Void) {
        for e in entities { e.mentions.forEach(body) }
        for f in figures { body(f.range) }
        dates.forEach(body)
        for q in quotes { q.segments.forEach(body) }
    }
}
