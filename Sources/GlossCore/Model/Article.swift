/// One article: its text, block structure and metadata.
///
/// `text` is what the reader shows and what every offset refers to. For `.txt` files it is
/// the decoded file itself, scalar for scalar (see `TextDecoder` for the one-for-one
/// replacements that keep offsets equal to file offsets); for Markdown and HTML it is the
/// extracted text.
public struct Article: Sendable, Hashable, Identifiable {
    /// Path relative to the library, without extension: `wikinews/GUM_news_clock`.
    public var id: String
    public var title: String
    public var metadata: ArticleMetadata
    public var format: ArticleFormat
    public var text: String
    /// The text as Unicode scalars, so offsets index it in O(1).
    public let scalars: [Unicode.Scalar]
    public var blocks: [Block]
    public var wordCount: Int
    /// The absolute path of the file it was read from; nil for text that came from elsewhere.
    public var file: String?

    public init(
        id: String, title: String, metadata: ArticleMetadata = .init(), format: ArticleFormat = .plainText,
        text: String, blocks: [Block]
    ) {
        self.init(id: id, title: title, metadata: metadata, format: format, text: text, scalars: nil, blocks: blocks)
    }

    /// `scalars`, when given, are those of `text` (a parser that already made them).
    init(
        id: String, title: String, metadata: ArticleMetadata, format: ArticleFormat, text: String,
        scalars: [Unicode.Scalar]?, blocks: [Block]
    ) {
        self.id = id
        self.title = title
        self.metadata = metadata
        self.format = format
        self.text = text
        self.scalars = scalars ?? ScalarArray.of(text)
        self.blocks = blocks
        self.wordCount = WordCounter.count(self.scalars)
    }

    /// The file stem: the last path component of the id.
    public var stem: String { id.split(separator: "/").last.map(String.init) ?? id }

    /// The text in a range of scalar offsets (clamped to the text).
    public func text(in range: TextRange) -> String {
        let lo = max(0, min(range.start, scalars.count))
        let hi = max(lo, min(range.end, scalars.count))
        return Tokenizer.string(scalars, lo, hi)  // straight to UTF-8: appending scalars is several times slower
    }

    /// A stable fingerprint of the text (FNV-1a 64 over its UTF-8), used to tell whether an
    /// article changed since an annotation was made.
    public var fingerprint: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    public static func == (a: Article, b: Article) -> Bool {
        a.id == b.id && a.text == b.text && a.title == b.title && a.blocks == b.blocks && a.metadata == b.metadata
    }

    public func hash(into h: inout Hasher) {
        h.combine(id)
        h.combine(text)
    }
}
