/// Descriptive fields of an article, as far as its source format tells them.
public struct ArticleMetadata: Hashable, Sendable, Codable {
    public var author: String?
    public var date: String?
    public var source: String?
    public var url: String?

    public init(author: String? = nil, date: String? = nil, source: String? = nil, url: String? = nil) {
        self.author = author
        self.date = date
        self.source = source
        self.url = url
    }

    public var isEmpty: Bool { author == nil && date == nil && source == nil && url == nil }
}
