/// Finds a passage someone typed (`gloss annotate --quote TEXT`) in an article's text.
public enum QuoteLocator {
    /// Every occurrence of `quote` in `scalars`, in text order. Exact matches when there are
    /// any; otherwise white space is loose, so a quote typed on one line matches a passage
    /// that wraps across lines (any run of white space matches any other).
    public static func occurrences(of quote: String, in scalars: [Unicode.Scalar]) -> [TextRange] {
        let needle = Array(quote.unicodeScalars)
        guard !needle.isEmpty, needle.count <= scalars.count else { return [] }
        var found: [TextRange] = []
        var i = 0
        while i + needle.count <= scalars.count {
            if scalars[i] == needle[0] && scalars[i..<(i + needle.count)].elementsEqual(needle) {
                found.append(TextRange(i, i + needle.count))
            }
            i += 1
        }
        if !found.isEmpty { return found }
        return looseOccurrences(of: needle, in: scalars)
    }

    /// The range of the chosen occurrence (1-based), or the only one.
    public static func locate(
        _ quote: String, in article: Article, occurrence: Int? = nil
    ) throws(AnnotationError) -> TextRange {
        let found = occurrences(of: quote, in: article.scalars)
        if found.isEmpty { throw .quoteNotFound(quote: quote, articleID: article.id) }
        if let occurrence {
            guard occurrence >= 1 && occurrence <= found.count else {
                throw .occurrenceOutOfRange(quote: quote, occurrence: occurrence, count: found.count)
            }
            return found[occurrence - 1]
        }
        if found.count > 1 { throw .ambiguousQuote(quote: quote, articleID: article.id, offsets: found.map(\.start)) }
        return found[0]
    }

    private static func looseOccurrences(of needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [TextRange] {
        // The needle as words; a match is the words in order with white space between.
        var words: [[Unicode.Scalar]] = [[]]
        for s in needle {
            if s.properties.isWhitespace {
                if !words[words.count - 1].isEmpty { words.append([]) }
            } else {
                words[words.count - 1].append(s)
            }
        }
        words.removeAll { $0.isEmpty }
        guard let head = words.first else { return [] }
        var found: [TextRange] = []
        var i = 0
        while i + head.count <= text.count {
            if text[i..<(i + head.count)].elementsEqual(head) {
                var j = i + head.count
                var ok = true
                for word in words.dropFirst() {
                    let gap = j
                    while j < text.count && text[j].properties.isWhitespace { j += 1 }
                    if j == gap || j + word.count > text.count || !text[j..<(j + word.count)].elementsEqual(word) {
                        ok = false
                        break
                    }
                    j += word.count
                }
                if ok { found.append(TextRange(i, j)) }
            }
            i += 1
        }
        return found
    }
}
