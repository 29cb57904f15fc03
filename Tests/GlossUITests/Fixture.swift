import Foundation
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
        let maria = Entity(
            id: 0, kind: .person, canonicalName: "María López", aliases: ["López"],
            mentions: [range("María López"), range("López", 2)])
        let amlo = Entity(
            id: 1, kind: .person, canonicalName: "Andrés Manuel López Obrador", titles: ["President"],
            mentions: [range("Andrés Manuel López Obrador")])
        let chiapas = Entity(
            id: 2, kind: .place, canonicalName: "Chiapas", mentions: [range("Chiapas", 1), range("Chiapas", 2)])
        let honduras = Entity(id: 3, kind: .place, canonicalName: "Honduras", mentions: [range("Honduras")])
        let pijijiapan = Entity(id: 4, kind: .place, canonicalName: "Pijijiapan", mentions: [range("Pijijiapan")])
        let quotes = [
            Quote(
                segments: [range("“They waited until we were resting,”")], kind: .speech,
                speaker: Speaker(name: "a farmer from Honduras", mention: range("a farmer"))),
            Quote(
                segments: [range("“We are not animals,”")], kind: .speech,
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
        return Article(
            id: "wikinews/lanterns", title: doc.title, metadata: ArticleMetadata(date: "2016-02-22"), text: doc.text,
            blocks: doc.blocks)
    }

    /// A state showing the library with both articles, counts filled in; annotations made in it
    /// get fixed ids and times.
    static func libraryState(size: Size = Size(width: 100, height: 12)) -> AppState {
        var entries = [LibraryEntry(article()), LibraryEntry(otherArticle())]
        entries[0].counts = ArticleCounts(analysis())
        entries[1].counts = ArticleCounts(quotes: 0, people: 0, places: 1, figures: 1)
        return AppState(size: size, library: LibraryState(entries: entries, location: "Articles"), stamps: .fixed())
    }

    /// A state reading the fixture article.
    static func readerState(size: Size = Size(width: 100, height: 16), measure: Int = 60) -> AppState {
        var state = libraryState(size: size)
        state.measure = measure
        _ = state.apply(.opened(document()))
        return state
    }
}

/// An in-memory executor for driving `ReaderApp` (run `inline`): documents, a store of
/// annotations with a version another "process" bumps, a log of the effects it was handed,
/// and `handler` for what a test wants an effect to produce.
final class FixtureSource: EffectExecutor, @unchecked Sendable {
    var documents: [String: ReaderDocument]
    /// What a store would hold, and its version (bumped by whoever changes `stored`).
    var stored: [Annotation] = []
    var version = 0
    private var seenVersion = 0
    var reads = 0
    var effects: [Effect] = []
    /// The events a test wants an effect to produce (persist, export, positions).
    var handler: (Effect) -> [Event] = { _ in [] }

    init(_ documents: [ReaderDocument]) {
        self.documents = Dictionary(uniqueKeysWithValues: documents.map { ($0.article.id, $0) })
    }

    private let lock = NSLock()

    /// One effect at a time: a test that runs the reader off `inline` calls it from two lanes.
    func perform(_ effect: Effect) -> [Event] {
        lock.lock()
        defer { lock.unlock() }
        return performLocked(effect)
    }

    private func performLocked(_ effect: Effect) -> [Event] {
        effects.append(effect)
        switch effect {
        case .open(let id):
            guard let doc = documents[id] else { return [.failed(ArticleSourceError.notFound(id: id).message)] }
            return [.opened(doc), .annotationsLoaded(read(id), warning: nil)]
        case .analyse(let id):
            return documents[id].map { [.analysed($0)] } ?? []
        case .count(let id):
            return documents[id].map { [.counted(id: id, counts: ArticleCounts($0.analysis))] } ?? [
                .countFailed(id: id)
            ]
        case .reloadAnnotations(let id, let force):
            if !force && version == seenVersion { return [] }
            return [.annotationsReloaded(read(id))]
        default:
            return handler(effect)
        }
    }

    private func read(_ id: String) -> ArticleAnnotations {
        reads += 1
        seenVersion = version
        return ArticleAnnotations(articleID: id, annotations: stored)
    }
}
