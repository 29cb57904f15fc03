import Foundation
import GlossCore
import GlossUI

/// The benchmark's executor: analyses on demand, like the executable's, with no store. The
/// benchmarks run the reader `inline`, so it is called from one thread.
final class BenchSource: EffectExecutor, @unchecked Sendable {
    private let articles: [String: Article]
    private var documents: [String: ReaderDocument]

    init(articles: [Article], documents: [String: ReaderDocument] = [:]) {
        self.articles = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.documents = documents
    }

    func document(for id: String) -> ReaderDocument? {
        if let known = documents[id] { return known }
        guard let article = articles[id] else { return nil }
        let document = ReaderDocument(article: article, analysis: analyze(article))
        documents[id] = document
        return document
    }

    func perform(_ effect: Effect) -> [Event] {
        switch effect {
        case .open(let id), .analyse(let id):
            return document(for: id).map { [.opened($0)] } ?? [.failed("No article \(id)")]
        case .count(let id):
            return document(for: id).map { [.counted(id: id, counts: ArticleCounts($0.analysis))] } ?? [
                .countFailed(id: id)
            ]
        default:
            return []
        }
    }
}
