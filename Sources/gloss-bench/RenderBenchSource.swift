import GlossCore
import GlossUI

/// The benchmark's article source: analyses on demand, like the executable's.
final class BenchSource: ArticleSource {
    private let articles: [String: Article]
    private var documents: [String: ReaderDocument]

    init(articles: [Article], documents: [String: ReaderDocument] = [:]) {
        self.articles = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.documents = documents
    }

    func document(for id: String) -> Result<ReaderDocument, ArticleSourceError> {
        if let known = documents[id] { return .success(known) }
        guard let article = articles[id] else { return .failure(.notFound(id: id)) }
        let document = ReaderDocument(article: article, analysis: analyze(article))
        documents[id] = document
        return .success(document)
    }

    func counts(for id: String) -> ArticleCounts? {
        (try? document(for: id).get()).map { ArticleCounts($0.analysis) }
    }
}
