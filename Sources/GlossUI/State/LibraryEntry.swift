import Foundation
import GlossCore

/// One article as the library screen lists it.
public struct LibraryEntry: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String {
        didSet { titleKey = title.lowercased() }
    }
    /// The title lower-cased once, for sorting and filtering many entries quickly.
    public private(set) var titleKey: String
    /// The date when known, else the source, else the folder it sits in.
    public var origin: String
    public var date: String?
    public var words: Int
    /// Nil until the run loop has analysed the article (or the index said what is in it).
    public var counts: ArticleCounts?
    /// The analysis could not count this article (it is not asked again this session).
    public var countFailed = false
    /// False while the article waits to be indexed: only its file is known, so the title is
    /// its file name and the words and counts are still to come.
    public var isIndexed = true
    /// When the reading position was last saved, if it ever was.
    public var lastRead: Date?
    /// How far into the article that position was, in percent, when known.
    public var progress: Int?

    public init(
        id: String, title: String, origin: String, date: String? = nil, words: Int, counts: ArticleCounts? = nil
    ) {
        self.id = id
        self.title = title
        self.titleKey = title.lowercased()
        self.origin = origin
        self.date = date
        self.words = words
        self.counts = counts
    }

    public init(_ article: Article) {
        self.init(
            id: article.id, title: article.title, origin: Self.origin(id: article.id, metadata: article.metadata),
            date: article.metadata.date,
            words: article.wordCount)
    }

    /// An article known only by its file, until the index has read it: its file name as title.
    public static func pending(id: String) -> LibraryEntry {
        let name = id.split(separator: "/").last.map(String.init) ?? id
        var entry = LibraryEntry(id: id, title: name, origin: folder(of: id) ?? "—", words: 0)
        entry.isIndexed = false
        return entry
    }

    /// What the date/source column shows: the date when known, else the source, else the
    /// folder the article sits in.
    public static func origin(id: String, metadata: ArticleMetadata) -> String {
        metadata.date ?? metadata.source ?? folder(of: id) ?? "—"
    }

    static func folder(of id: String) -> String? {
        // The last slash byte, when nothing but ASCII stands either side of it (so it is a
        // character of its own); else the last slash character.
        let utf8 = id.utf8
        if let slash = utf8.lastIndex(of: UInt8(ascii: "/")) {
            let after = utf8.index(after: slash)
            if (slash == utf8.startIndex || utf8[utf8.index(before: slash)] < 0x80)
                && (after == utf8.endIndex || utf8[after] < 0x80)
            {
                return String(id[..<slash])
            }
        } else {
            return nil
        }
        guard let slash = id.lastIndex(of: "/") else { return nil }
        return String(id[..<slash])
    }
}
