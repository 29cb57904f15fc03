import GlossCore
import GlossUI

/// The reader's articles: the library's, plus one opened by path. Analyses are computed on
/// first use and kept for the session.
final class ReadArticleSource: ArticleSource {
    private var articles: [String: Article]
    private var analyses: [String: Analysis] = [:]

    init(articles: [Article]) {
        var byID: [String: Article] = [:]
        for article in articles { byID[article.id] = article }
        self.articles = byID
    }

    func document(for id: String) -> Result<ReaderDocument, ArticleSourceError> {
        guard let article = articles[id] else { return .failure(.notFound(id: id)) }
        return .success(ReaderDocument(article: article, analysis: analysis(of: article)))
    }

    func counts(for id: String) -> ArticleCounts? {
        guard let article = articles[id] else { return nil }
        return ArticleCounts(analysis(of: article))
    }

    private func analysis(of article: Article) -> Analysis {
        if let known = analyses[article.id] { return known }
        let result = analyze(article)
        analyses[article.id] = result
        return result
    }
}
