/// What the figure ledger shows beside a figure: the sentence it is in, and the nouns near it
/// that say what it counts, so that figures of one unit about the same thing in different
/// articles line up (`370 deportations` here, `about 400 deportations` there).
public struct FigureContext: Sendable, Hashable {
    /// The sentence holding the figure, on one line.
    public var sentence: String
    /// Folded nouns (plural `s` dropped): up to three content words after the figure in its
    /// clause (`370 people were deported` → `people`, `deported`), else up to two before it.
    public var subjects: [String]

    public init(sentence: String, subjects: [String]) {
        self.sentence = sentence
        self.subjects = subjects
    }

    /// The context of `range` in `scalars`.
    public init(_ scalars: [Unicode.Scalar], figure range: TextRange) {
        let n = scalars.count
        let start = max(0, min(range.start, n)), end = max(start, min(range.end, n))
        var from = start
        while from > 0, scalars[from - 1] != "\n", !Self.endsSentence(scalars, at: from - 1) { from -= 1 }
        while from < start, scalars[from] == " " { from += 1 }
        var to = end
        while to < n, scalars[to] != "\n" {
            to += 1
            if Self.endsSentence(scalars, at: to - 1) { break }
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(to - from)
        for s in scalars[from..<to] {
            if s.value < 0x80 {
                utf8.append(Self.isControl(s) ? 0x20 : UInt8(s.value))
            } else {
                if Self.isControl(s) { utf8.append(0x20) } else { UTF8.encode(s) { utf8.append($0) } }
            }
        }
        sentence = String(decoding: utf8, as: UTF8.self)
        let after = Self.words(scalars, from: end, to: to, forward: true)
        let picked =
            after.isEmpty
            ? Array(Self.words(scalars, from: from, to: start, forward: false).prefix(2)) : Array(after.prefix(3))
        subjects = picked
    }

    /// True when the mark at `i` ends a sentence: `.`, `!` or `?` before a space or the end,
    /// and not the full stop of an initial (`J.`) or a short title (`Dr.`, `Gov.`).
    static func endsSentence(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        let s = scalars[i]
        guard s == "." || s == "!" || s == "?" else { return false }
        guard i + 1 >= scalars.count || scalars[i + 1] == " " || scalars[i + 1] == "\n" else { return false }
        guard s == "." else { return true }
        var w = i
        while w > 0, Self.isLetter(scalars[w - 1]) { w -= 1 }
        // An initial: one capital letter.
        if i - w == 1, isUpper(scalars[w]) { return false }
        guard i - w <= 6 else { return true }  // longer than any abbreviation
        return !abbreviations.contains(String(String.UnicodeScalarView(scalars[w..<i])))
    }

    // ASCII answered at once: Unicode property lookups were most of the time on long articles.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s.value < 0x20 || s.value == 0x7F : s.properties.generalCategory == .control
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A : s.properties.isAlphabetic
    }

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s.value >= 0x41 && s.value <= 0x5A : s.properties.isUppercase
    }

    static let abbreviations: Set<String> = [
        "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Capt", "Sgt", "Jr", "Sr",
        "Rev",
        "Mt", "No", "vs", "Co", "Inc", "Corp", "Ltd", "approx", "est",
    ]

    /// Content words between `from` and `to` in the figure's clause, nearest first.
    static func words(_ scalars: [Unicode.Scalar], from: Int, to: Int, forward: Bool) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var clauseOver = false
        func finish() {
            guard !current.isEmpty else { return }
            var word = String(forward ? current : String.UnicodeScalarView(current.reversed()))
            current = String.UnicodeScalarView()
            if word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
            if word.count >= 4, !stopWords.contains(word) { words.append(word) }
        }
        // Walked in place: an array of the indices to the sentence's end was made for a word or two.
        var i = forward ? from : to - 1
        while forward ? i < to : i >= from {
            let s = scalars[i]
            i += forward ? 1 : -1
            if Self.isLetter(s) {
                if Self.isUpper(s) {
                    // A capitalised word is a name, not what the figure counts.
                    current = String.UnicodeScalarView()
                    continue
                }
                current.append(Unicode.Scalar(SearchFolding.fold(s, caseSensitive: false)) ?? s)
            } else {
                finish()
                if s == "," || s == ";" || s == ":" || s == "(" || s == ")" || s == "." || s == "—" {
                    clauseOver = true
                }
            }
            if clauseOver || words.count >= 3 { break }
        }
        if !clauseOver { finish() }
        return words
    }

    static let stopWords: Set<String> = [
        "about", "after", "also", "been", "before", "being", "from", "have", "into", "more", "most", "much", "only",
        "over", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "were", "what",
        "when", "where", "which", "while", "with", "would", "could", "should", "will", "some", "such", "each",
        "other", "under", "between", "since", "until", "year", "last", "next", "first", "percent", "cent", "least",
        "almost", "nearly", "around", "just", "said", "says", "according",
    ]
}
