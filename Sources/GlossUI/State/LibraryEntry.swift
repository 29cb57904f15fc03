import GlossCore

/// One article as the library screen lists it.
public struct LibraryEntry: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    /// The date when known, else the source, else the folder it sits in.
    public var origin: String
    public var date: String?
    public var words: Int
    /// Nil until the run loop has analysed the article.
    public var counts: ArticleCounts?
    /// The analysis could not count this article (it is not asked again this session).
    public var countFailed = false

    public init(id: String, title: String, origin: String, date: String? = nil, words: Int, counts: ArticleCounts? = nil) {
        self.id = id
        self.title = title
        self.origin = origin
        self.date = date
        self.words = words
        self.counts = counts
    }

    public init(_ article: Article) {
        let folder = article.id.contains("/") ? String(article.id[..<article.id.lastIndex(of: "/")!]) : ""
        let origin = article.metadata.date ?? article.metadata.source ?? (folder.isEmpty ? "—" : folder)
        self.init(id: article.id, title: article.title, origin: origin, date: article.metadata.date, words: article.wordCount)
    }
}
