import Foundation

/// Where someone stopped reading an article.
public struct ReadingPosition: Hashable, Sendable, Codable {
    public var formatVersion: Int
    public var article: String
    /// Unicode scalar offset into the article's text.
    public var offset: Int
    /// The article's fingerprint when the offset was taken; a reader may re-check the offset
    /// when it differs.
    public var fingerprint: String
    /// When the position was saved (the library's "last read").
    public var updated: Date
    /// How far into the article the reader was, in percent; absent from files written before
    /// it was kept (they read as nil).
    public var progress: Int?

    public init(article: String, offset: Int, fingerprint: String, updated: Date = Date(), progress: Int? = nil) {
        self.formatVersion = 1
        self.article = article
        self.offset = offset
        self.fingerprint = fingerprint
        self.progress = progress.map { max(0, min(100, $0)) }
        self.updated = Date(timeIntervalSince1970: (updated.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }
}
