/// What a format parser returns: the displayed text, its blocks and what the file says about itself.
public struct ParsedDocument: Sendable {
    public var title: String
    public var metadata: ArticleMetadata
    public var text: String
    public var blocks: [Block]
    /// The scalars of `text`, when the parser made them anyway (the article keeps them).
    public var scalars: [Unicode.Scalar]? = nil

    /// The longest title kept, in scalars: a file that is one long line has no real title.
    public static let maxTitleLength = 300

    /// A title on one line with unsafe characters replaced, cut to `maxTitleLength`.
    static func cleanTitle(_ title: String) -> String {
        let safe = TerminalSafe.string(title)
        guard safe.unicodeScalars.count > maxTitleLength else { return safe }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: safe.unicodeScalars.prefix(maxTitleLength - 1))
        return String(view) + "…"
    }
}

/// Builds extracted text block by block, keeping block ranges in scalar offsets.
struct TextBuilder {
    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var blocks: [Block] = []

    /// Appends a block, separated from the previous one by a blank line. Empty text is ignored.
    mutating func append(_ text: String, kind: BlockKind, level: Int = 0) {
        let clean = TextDecoder.sanitize(text)
        let trimmed = clean.trimmingWhitespace()
        guard !trimmed.isEmpty else { return }
        if !scalars.isEmpty { scalars.append(contentsOf: ["\n", "\n"]) }
        let start = scalars.count
        scalars.append(contentsOf: trimmed.unicodeScalars)
        let kept = kind == .listItem ? min(max(0, level), Block.maxListLevel) : level
        blocks.append(Block(kind: kind, range: TextRange(start, scalars.count), level: kept))
    }

    func document(title: String, metadata: ArticleMetadata) -> ParsedDocument {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        if !scalars.isEmpty { view.append("\n") }
        return ParsedDocument(
            title: ParsedDocument.cleanTitle(title), metadata: metadata.terminalSafe, text: String(view), blocks: blocks
        )
    }
}

extension ArticleMetadata {
    /// Every field on one line with unsafe characters replaced: character references in a
    /// title or a meta tag can spell escape sequences that the file's bytes did not hold.
    var terminalSafe: ArticleMetadata {
        ArticleMetadata(
            author: author.map(TerminalSafe.string), date: date.map(TerminalSafe.string),
            source: source.map(TerminalSafe.string),
            url: url.map(TerminalSafe.string))
    }
}

extension String {
    /// The string without leading and trailing white space (Unicode-aware, no Foundation bridging).
    func trimmingWhitespace() -> String {
        let s = unicodeScalars
        guard let first = s.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = s.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(s[first...last])
    }

    /// Runs of white space folded to one space, ends trimmed.
    func collapsingWhitespace() -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in unicodeScalars {
            if Tokenizer.isSpace(s) {  // ASCII answered without a property lookup
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace {
                    out.append(" ")
                    pendingSpace = false
                }
                out.append(s)
            }
        }
        return String(out)
    }
}
