import GlossCore
import GlossStore
import GlossUI

/// The reader's articles: the library's, plus one opened by path. Analyses are computed on
/// first use and kept for the session.
final class ReadArticleSource: ArticleSource {
    private var articles: [String: Article]
    private var analyses: [String: Analysis] = [:]
    private let store: AnnotationStore?
    private var warnings: [String: String] = [:]

    init(articles: [Article], store: AnnotationStore? = nil) {
        self.store = store
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
        let annotations = (try? store?.load(articleID: id).annotations) ?? []
        return ArticleCounts(analysis(of: article), notes: annotations.count, tags: annotations.reduce(into: []) { $0.formUnion($1.tags) })
    }

    func annotations(for id: String) -> Result<ArticleAnnotations, ArticleSourceError> {
        guard let store else { return .success(ArticleAnnotations(articleID: id)) }
        do {
            // Damaged files are skipped here; `gloss annotations` names them.
            let (set, damaged) = try store.annotations(of: id)
            warnings[id] = damaged.isEmpty
                ? nil : "\(damaged.count) damaged annotation file\(damaged.count == 1 ? "" : "s") skipped (see gloss annotations)"
            return .success(set)
        } catch {
            return .failure(.unreadable(id: id, reason: ErrorReport.message(for: error)))
        }
    }

    func annotationWarning(for id: String) -> String? { warnings[id] }

    func annotationsVersion(for id: String) -> String? { store?.folderVersion(articleID: id) }

    private func analysis(of article: Article) -> Analysis {
        if let known = analyses[article.id] { return known }
        let result = analyze(article)
        analyses[article.id] = result
        return result
    }
}
