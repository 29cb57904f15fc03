import Foundation
import GlossCore
import GlossStore
import GlossUI

/// The reader's articles: the library's, plus one opened by path. Analyses are computed on
/// first use and kept for the session; notes counts and reading positions come from the store.
final class ReadArticleSource: ArticleSource {
    private var articles: [String: Article]
    private var analyses: [String: Analysis] = [:]
    let store: AnnotationStore?

    init(articles: [Article], store: AnnotationStore?) {
        var byID: [String: Article] = [:]
        for article in articles { byID[article.id] = article }
        self.articles = byID
        self.store = store
    }

    func savedPosition(for id: String) -> Int? {
        store?.readingPosition(articleID: id)?.offset
    }

    /// Saves where the reader stopped; a message for the status bar when that fails.
    func savePosition(articleID id: String, offset: Int) -> String? {
        guard let store, let article = articles[id] else { return nil }
        do {
            try store.setReadingPosition(ReadingPosition(article: id, offset: offset, fingerprint: article.fingerprint))
            return nil
        } catch {
            return "Reading position not saved: \(error)"
        }
    }

    func document(for id: String) -> Result<ReaderDocument, ArticleSourceError> {
        guard let article = articles[id] else { return .failure(.notFound(id: id)) }
        return .success(ReaderDocument(article: article, analysis: analysis(of: article)))
    }

    func counts(for id: String) -> ArticleCounts? {
        guard let article = articles[id] else { return nil }
        let notes = (try? store?.load(articleID: id).annotations.count) ?? 0
        return ArticleCounts(analysis(of: article), notes: notes)
    }

    private func analysis(of article: Article) -> Analysis {
        if let known = analyses[article.id] { return known }
        let result = analyze(article)
        analyses[article.id] = result
        return result
    }
}
