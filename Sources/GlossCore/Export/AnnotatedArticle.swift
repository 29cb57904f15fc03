/// One article and its annotations, anchored in its current text: what every exporter takes.
public struct AnnotatedArticle: Hashable, Sendable {
    public var id: String
    public var title: String
    public var metadata: ArticleMetadata
    /// The article as the library has it now; nil when it is gone (every annotation is then an orphan).
    public var article: Article?
    /// Anchored annotations in text order, then orphans in creation order.
    public var items: [AnchoredAnnotation]

    public init(article: Article, annotations: [Annotation]) {
        self.id = article.id
        self.title = article.title
        self.metadata = article.metadata
        self.article = article
        self.items = ArticleAnnotations.anchor(annotations.filter { $0.articleID == article.id }, in: article)
    }

    /// An article the library no longer has: its annotations are listed as recorded.
    public init(missingArticleID id: String, annotations: [Annotation]) {
        self.id = id
        self.title = id
        self.metadata = ArticleMetadata()
        self.article = nil
        self.items = ArticleAnnotations.anchor(annotations.filter { $0.articleID == id }, in: nil)
    }

    public var anchored: [AnchoredAnnotation] { items.filter { $0.anchor.range != nil } }
    public var orphans: [AnchoredAnnotation] { items.filter { $0.anchor.range == nil } }

    /// The passage's text now (when anchored), else as recorded.
    public func passage(of item: AnchoredAnnotation) -> String {
        if let range = item.anchor.range, let article { return article.text(in: range) }
        return item.annotation.quote.exact
    }
}
