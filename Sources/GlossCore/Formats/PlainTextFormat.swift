/// Plain text: the first non-empty line is the title, blank lines separate paragraphs.
///
/// The text is kept exactly as decoded, so block ranges are offsets into the file (counted
/// after a leading byte-order mark, which decoding drops).
public enum PlainTextFormat {
    public static func parse(_ text: String) -> ParsedDocument {
        let scalars = ScalarArray.of(text)
        var blocks: [Block] = []
        var i = 0
        let n = scalars.count
        var paragraphStart: Int? = nil
        var paragraphEnd = 0
        func flush() {
            if let start = paragraphStart {
                blocks.append(Block(kind: blocks.isEmpty ? .title : .paragraph, range: TextRange(start, paragraphEnd)))
                paragraphStart = nil
            }
        }
        while i < n {
            var j = i
            while j < n && scalars[j] != "\n" { j += 1 }
            // Line i..<j, trimmed of surrounding white space.
            var a = i, b = j
            while a < b && Tokenizer.isSpace(scalars[a]) { a += 1 }
            while b > a && Tokenizer.isSpace(scalars[b - 1]) { b -= 1 }
            if a == b {
                flush()
            } else if blocks.isEmpty && paragraphStart == nil {
                // The title is the first non-empty line on its own.
                blocks.append(Block(kind: .title, range: TextRange(a, b)))
            } else {
                if paragraphStart == nil { paragraphStart = a }
                paragraphEnd = b
            }
            i = j + 1
        }
        flush()
        let title =
            blocks.first.map { Tokenizer.string(scalars, $0.range.start, $0.range.end).collapsingWhitespace() } ?? ""
        return ParsedDocument(
            title: ParsedDocument.cleanTitle(title), metadata: ArticleMetadata(), text: text, blocks: blocks,
            scalars: scalars)
    }
}
