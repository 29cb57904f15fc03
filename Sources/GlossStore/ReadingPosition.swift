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
    public var updated: Date

    public init(article: String, offset: Int, fingerprint: String, updated: Date = Date()) {
        self.formatVersion = 1
        self.article = article
        self.offset = offset
        self.fingerprint = fingerprint
        self.updated = Date(timeIntervalSince1970: (updated.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }
}
