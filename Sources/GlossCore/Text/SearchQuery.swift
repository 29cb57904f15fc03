import Foundation

/// A search as a person types it: words (all must appear), `"phrases"` (words in a row),
/// `prefix*`; smart case (case-sensitive only when the query has a capital letter); accents and
/// apostrophes folded (`SearchFolding`). Words are runs of letters and digits, as the library
/// index's full-text tokenizer cuts them, so `trump's` is the phrase `trump s` and finds
/// `Trump’s`, and what the index finds is what `matches(in:)` then locates in the text.
public struct SearchQuery: Sendable, Hashable {
    /// One thing that must appear: words in a row, the last a prefix when `prefix`.
    public struct Term: Sendable, Hashable {
        public var words: [[UInt32]]
        public var prefix: Bool
    }

    public let text: String
    public let terms: [Term]
    public let caseSensitive: Bool

    /// Nil when the query has no word to look for.
    public init?(_ text: String) {
        self.text = text
        let sensitive = SearchFolding.isCaseSensitive(text)
        caseSensitive = sensitive
        var terms: [Term] = []
        var scalars = Array(text.unicodeScalars)[...]
        func take(_ chunk: ArraySlice<Unicode.Scalar>, phrase: Bool) {
            var prefix = false
            var chunk = chunk
            if !phrase, chunk.last == "*" {
                prefix = true
                while chunk.last == "*" { chunk.removeLast() }
            } else if phrase, chunk.last == "*" {
                prefix = true
                chunk.removeLast()
            }
            let words = Self.words(in: chunk, caseSensitive: sensitive).map(\.word)
            if !words.isEmpty { terms.append(Term(words: words, prefix: prefix)) }
        }
        while let first = scalars.first {
            if first == "\"" || first == "“" || first == "”" {
                scalars.removeFirst()
                let end = scalars.firstIndex { $0 == "\"" || $0 == "”" || $0 == "“" } ?? scalars.endIndex
                var chunk = scalars[..<end]
                scalars = end < scalars.endIndex ? scalars[(end + 1)...] : scalars[end...]
                if scalars.first == "*" {
                    scalars.removeFirst()
                    chunk = chunk + ["*"]
                }
                take(chunk, phrase: true)
            } else if first.properties.isWhitespace {
                scalars.removeFirst()
            } else {
                let end =
                    scalars.firstIndex { $0.properties.isWhitespace || $0 == "\"" || $0 == "“" } ?? scalars.endIndex
                take(scalars[..<end], phrase: false)
                scalars = scalars[end...]
            }
        }
        guard !terms.isEmpty else { return nil }
        self.terms = terms
    }

    /// The query for SQLite's FTS5: each term a quoted phrase (a prefix marked `*`), all required.
    public var fullTextExpression: String {
        terms.map { term in
            let phrase = term.words.map { word in
                String(
                    String.UnicodeScalarView(
                        word.lazy.compactMap { Unicode.Scalar(SearchFolding.lower(Unicode.Scalar($0)!)) }))
            }.joined(separator: " ")
            return "\"" + phrase.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (term.prefix ? " *" : "")
        }.joined(separator: " ")
    }

    /// Every place in `scalars` where a term appears, in text order, as scalar ranges. An
    /// article matches the query when every term appears (`matchesAll(in:)`).
    public func matches(in scalars: [Unicode.Scalar]) -> [TextRange] {
        matchesByTerm(in: scalars).flatMap { $0 }.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// True when every term appears in `scalars` (the check smart case needs after the index,
    /// which ignores case, found the article).
    public func matchesAll(in scalars: [Unicode.Scalar]) -> Bool {
        !matchesByTerm(in: scalars).contains { $0.isEmpty }
    }

    /// True when every term appears in `text`.
    public func matchesAll(_ text: String) -> Bool { matchesAll(in: Array(text.unicodeScalars)) }

    /// For each term, where it appears.
    public func matchesByTerm(in scalars: [Unicode.Scalar]) -> [[TextRange]] {
        let tokens = Self.words(in: scalars[...], caseSensitive: caseSensitive)
        return terms.map { term in
            var out: [TextRange] = []
            let k = term.words.count
            guard tokens.count >= k else { return out }
            var i = 0
            while i + k <= tokens.count {
                var ok = true
                for j in 0..<k {
                    let word = tokens[i + j].word, want = term.words[j]
                    if j == k - 1 && term.prefix {
                        if word.count < want.count || !word.starts(with: want) {
                            ok = false
                            break
                        }
                    } else if word != want {
                        ok = false
                        break
                    }
                }
                if ok {
                    out.append(TextRange(tokens[i].start, tokens[i + k - 1].end))
                    i += k
                } else {
                    i += 1
                }
            }
            return out
        }
    }

    /// The words of some text: runs of letters, digits and marks, folded; offsets are the
    /// scalar positions in the slice's base.
    static func words(in scalars: ArraySlice<Unicode.Scalar>, caseSensitive: Bool) -> [(
        start: Int, end: Int, word: [UInt32]
    )] {
        var out: [(start: Int, end: Int, word: [UInt32])] = []
        var current: [UInt32] = []
        var start = 0
        var i = scalars.startIndex
        for s in scalars {
            if isWordScalar(s) {
                if current.isEmpty { start = i }
                current.append(SearchFolding.fold(s, caseSensitive: caseSensitive))
            } else if !current.isEmpty {
                out.append((start, i, current))
                current.removeAll(keepingCapacity: true)
            }
            i += 1
        }
        if !current.isEmpty { out.append((start, i, current)) }
        return out
    }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark, .privateUse:
            return true
        default:
            return false
        }
    }
}

/// A match shown in its line: the text before it, the match and the text after, cut to fit.
public struct SearchContext: Sendable, Hashable {
    public var before: String
    public var match: String
    public var after: String

    public init(before: String, match: String, after: String) {
        self.before = before
        self.match = match
        self.after = after
    }

    /// The line (paragraph) of `scalars` holding `range`, with at most `lead` scalars before the
    /// match and `tail` after it, cut at spaces, `…` where cut. Controls and line ends become spaces.
    public init(_ scalars: [Unicode.Scalar], around range: TextRange, lead: Int = 40, tail: Int = 80) {
        let n = scalars.count
        let start = max(0, min(range.start, n)), end = max(start, min(range.end, n))
        var lineStart = start
        while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        var lineEnd = end
        while lineEnd < n, scalars[lineEnd] != "\n" { lineEnd += 1 }
        var from = lineStart, cutBefore = false
        if start - lineStart > lead {
            from = start - lead
            while from < start, scalars[from] != " " { from += 1 }
            if from < start { from += 1 }
            cutBefore = true
        }
        var to = lineEnd, cutAfter = false
        if lineEnd - end > tail {
            to = end + tail
            while to > end, scalars[to] != " " { to -= 1 }
            if to == end { to = end + tail }
            cutAfter = true
        }
        func text(_ a: Int, _ b: Int) -> String {
            var view = String.UnicodeScalarView()
            for s in scalars[a..<b] { view.append(s.properties.generalCategory == .control ? " " : s) }
            return String(view)
        }
        self.init(
            before: (cutBefore ? "…" : "") + text(from, start), match: text(start, end),
            after: text(end, to).replacingOccurrences(of: " +$", with: "", options: .regularExpression)
                + (cutAfter ? "…" : ""))
    }

    /// The whole line as one string.
    public var line: String { before + match + after }
}
