import GlossCore
@testable import GlossUI

/// A small article with every highlight kind, a block quote, curly quotes, CJK and emoji,
/// and its analysis built by hand (the analyzer is tested elsewhere).
enum Fixture {
    static let text = """
        Migrants detained in Chiapas raid

        Mexican federal police arrested over 370 migrants in Pijijiapan, Chiapas, on Monday. \
        “They waited until we were resting,” a farmer from Honduras told reporters.

        “We are not animals,” said María López, who had walked for three weeks. President \
        Andrés Manuel López Obrador said the raid followed the law.

        A sign in the square read 移民の権利 🌎 — rights for all.

        Officials in Chiapas counted 12 buses; López said the families would be released.

        """

    static func article(id: String = "sample/raid") -> Article {
        let doc = PlainTextFormat.parse(text)
        return Article(id: id, title: doc.title, text: doc.text, blocks: doc.blocks)
    }

    /// Scalar range of the `occurrence`-th (0-based) `needle` in the text.
    static func range(_ needle: String, _ occurrence: Int = 0, in text: String = text) -> TextRange {
        let hay = Array(text.unicodeScalars)
        let n = Array(needle.unicodeScalars)
        var found = 0
        var i = 0
        while i + n.count <= hay.count {
            if Array(hay[i..<i + n.count]) == n {
                if found == occurrence { return TextRange(i, i + n.count) }
                found += 1
            }
            i += 1
        }
        fatalError("\(needle) #\(occurrence) not in fixture")
    }

    static func analysis() -> Analysis {
        let maria = Entity(id: 0, kind: .person, canonicalName: "María López", aliases: ["López"], mentions: [range("María López"), range("López", 2)])
        let amlo = Entity(
            id: 1, kind: .person, canonicalName: "Andrés Manuel López Obrador", titles: ["President"],
            mentions: [range("Andrés Manuel López Obrador")])
        let chiapas = Entity(id: 2, kind: .place, canonicalName: "Chiapas", mentions: [range("Chiapas", 1), range("Chiapas", 2)])
        let honduras = Entity(id: 3, kind: .place, canonicalName: "Honduras", mentions: [range("Honduras")])
        let pijijiapan = Entity(id: 4, kind: .place, canonicalName: "Pijijiapan", mentions: [range("Pijijiapan")])
        let quotes = [
            Quote(segments: [range("“They waited until we were resting,”")], kind: .speech,
                  speaker: Speaker(name: "a farmer from Honduras", mention: range("a farmer"))),
            Quote(segments: [range("“We are not animals,”")], kind: .speech,
                  speaker: Speaker(name: "María López", mention: range("María López"), entityID: 0)),
        ]
        let figures = [
            Figure(range: range("over 370 migrants"), value: 370, unit: "people", qualifier: "over"),
            Figure(range: range("three weeks"), value: 3, unit: "week"),
            Figure(range: range("12 buses"), value: 12, unit: "buses"),
        ]
        return Analysis(quotes: quotes, entities: [maria, amlo, chiapas, honduras, pijijiapan], figures: figures)
    }

    static func document() -> ReaderDocument { ReaderDocument(article: article(), analysis: analysis()) }

    /// A second article for the library list.
    static func otherArticle() -> Article {
        let doc = PlainTextFormat.parse("Lanterns light up Taipei\n\nThousands gathered for the festival.\n")
        return Article(id: "wikinews/lanterns", title: doc.title, metadata: ArticleMetadata(date: "2016-02-22"), text: doc.text, blocks: doc.blocks)
    }

    /// A state showing the library with both articles, counts filled in.
    static func libraryState(size: Size = Size(width: 100, height: 12)) -> AppState {
        var entries = [LibraryEntry(article()), LibraryEntry(otherArticle())]
        entries[0].counts = ArticleCounts(analysis())
        entries[1].counts = ArticleCounts(quotes: 0, people: 0, places: 1, figures: 1)
        return AppState(size: size, library: LibraryState(entries: entries, location: "Articles"))
    }

    /// A state reading the fixture article.
    static func readerState(size: Size = Size(width: 100, height: 16), measure: Int = 60) -> AppState {
        var state = libraryState(size: size)
        state.measure = measure
        _ = state.apply(.opened(document()))
        return state
    }
}

/// An in-memory article source for driving `ReaderApp`.
final class FixtureSource: ArticleSource {
    var documents: [String: ReaderDocument]

    init(_ documents: [ReaderDocument]) {
        self.documents = Dictionary(uniqueKeysWithValues: documents.map { ($0.article.id, $0) })
    }

    func document(for id: String) -> Result<ReaderDocument, ArticleSourceError> {
        documents[id].map { .success($0) } ?? .failure(.notFound(id: id))
    }

    func counts(for id: String) -> ArticleCounts? { documents[id].map { ArticleCounts($0.analysis) } }

    /// What a store would hold, and its version (bumped by whoever changes `stored`).
    var stored: [Annotation] = []
    var version = 0
    var reads = 0

    func annotations(for id: String) -> Result<ArticleAnnotations, ArticleSourceError> {
        reads += 1
        return .success(ArticleAnnotations(articleID: id, annotations: stored))
    }

    func annotationsVersion(for id: String) -> String? { String(version) }
}
