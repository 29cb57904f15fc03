/// Pairs quotation marks into quotes (speaker not yet attributed) and gives each a first kind
/// from its shape; `SpeakerAttributor` settles the kind from the words around it.
enum QuoteFinder {
    static func find(in text: TokenizedText, blocks: [Block]) -> [Quote] {
        var scanner = QuoteScanner(scalars: text.scalars)
        if blocks.isEmpty {
            for p in paragraphs(text.scalars) { scanner.scan(p) }
        } else {
            let n = text.scalars.count
            for b in blocks where b.range.start < n {
                let r = TextRange(b.range.start, min(b.range.end, n))
                scanner.scan(r, continues: b.kind == .paragraph || b.kind == .quote || b.kind == .listItem)
            }
        }
        scanner.finish()
        var quotes = scanner.found.map { Quote(segments: $0, kind: kind(of: $0, in: text.scalars)) }
        quotes.sort { $0.range < $1.range }
        return quotes
    }

    /// The kind a quote's shape suggests: a few words without closing punctuation are held at
    /// arm's length (`scare`), or name something when capitalised (`title`); anything longer, or
    /// ending like a sentence or a clause, is taken for words someone said.
    static func kind(of segments: [TextRange], in scalars: [Unicode.Scalar]) -> QuoteKind {
        if segments.count > 1 { return .speech }
        let shape = QuoteShape(segments[0], scalars)
        if shape.words <= 4 && !shape.endsLikeSentence {
            return shape.capitalized ? .title : .scare
        }
        return .speech
    }

    /// Paragraphs when no blocks are given: runs of lines between blank lines, trimmed.
    static func paragraphs(_ c: [Unicode.Scalar]) -> [TextRange] {
        var out: [TextRange] = []
        var i = 0
        var start: Int? = nil
        var end = 0
        while i < c.count {
            var j = i
            while j < c.count && c[j] != "\n" { j += 1 }
            var a = i, b = j
            while a < b && Tokenizer.isSpace(c[a]) { a += 1 }
            while b > a && Tokenizer.isSpace(c[b - 1]) { b -= 1 }
            if a == b {
                if let s = start { out.append(TextRange(s, end)) }
                start = nil
            } else {
                if start == nil { start = a }
                end = b
            }
            i = j + 1
        }
        if let s = start { out.append(TextRange(s, end)) }
        return out
    }
}
