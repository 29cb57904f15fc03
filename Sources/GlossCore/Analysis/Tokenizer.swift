/// A token of article text, in scalar offsets.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        /// Letters (and marks and digits inside them), with inner apostrophes: `don't`, `Vega`.
        case word
        /// Digits with inner separators: `370`, `11,800`, `1.5`, `3½`.
        case number
        /// One punctuation or symbol scalar: `.`, `“`, `$`, `-`, `—`.
        case punctuation
    }

    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// White space comes right before this token.
        public static let spaceBefore = Flags(rawValue: 1)
        /// A line break comes before this token.
        public static let lineBefore = Flags(rawValue: 2)
        /// A blank line (paragraph break) comes before this token.
        public static let paragraphBefore = Flags(rawValue: 4)
        /// The first letter is upper case.
        public static let capitalized = Flags(rawValue: 8)
        /// Every letter is upper case (and there are at least two): `MEOV`, `NASA`.
        public static let allCaps = Flags(rawValue: 16)
        /// The word ends with an abbreviation period kept in the token: `Mr.`, `U.S.`.
        public static let abbreviation = Flags(rawValue: 32)
    }

    public var start: Int
    public var end: Int
    public var kind: Kind
    public var flags: Flags

    public var range: TextRange { TextRange(start, end) }
    public var length: Int { end - start }
}

/// Splits text into tokens and sentences, working on Unicode scalars (no `Character` iteration).
public struct TokenizedText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    /// Sentences as ranges of token indices, in order, never crossing a paragraph break.
    public let sentences: [Range<Int>]

    public init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        let tokens = Tokenizer.tokenize(scalars)
        self.tokens = tokens
        self.sentences = Tokenizer.sentences(tokens, scalars)
    }

    /// The text of token `i`.
    public func text(_ i: Int) -> String { string(tokens[i].start, tokens[i].end) }

    /// The text of a scalar range.
    public func string(_ start: Int, _ end: Int) -> String { Tokenizer.string(scalars, start, end) }

    /// The first scalar of token `i`.
    public func first(_ i: Int) -> Unicode.Scalar { scalars[tokens[i].start] }

    /// True when token `i` is the single scalar `s`.
    public func isPunct(_ i: Int, _ s: Unicode.Scalar) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && scalars[tokens[i].start] == s
    }

    /// Index of the first token whose start is at or after `offset` (binary search).
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Index of the sentence that holds token `i`.
    public func sentenceIndex(ofToken i: Int) -> Int {
        var lo = 0, hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].lowerBound <= i { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}

enum Tokenizer {
    /// The text of `c[start..<end]`, encoded straight to UTF-8 (much faster than appending scalars).
    static func string(_ c: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: (end - start) * 4) { buffer in
            var n = 0
            for k in start..<end {
                let v = c[k].value
                if v < 0x80 {
                    buffer[n] = UInt8(v)
                    n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | (v >> 6))
                    buffer[n + 1] = UInt8(0x80 | (v & 0x3F))
                    n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | (v >> 12))
                    buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F))
                    n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | (v >> 18))
                    buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 3] = UInt8(0x80 | (v & 0x3F))
                    n += 4
                }
            }
            return n
        }
    }

    /// A case-sensitive hash of `c[start..<end]`, to test the word lists below without a `String`.
    @inline(__always) static func exactHash(_ c: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for k in start..<end { h = (h ^ UInt64(c[k].value)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    static func exactHashes(_ words: Set<String>) -> Set<UInt64> {
        Set(
            words.map { w in
                let c = Array(w.unicodeScalars)
                return exactHash(c, 0, c.count)
            })
    }

    static let abbreviationHashes = exactHashes(abbreviations)
    static let sentenceStarterHashes = exactHashes(sentenceStarters)
    /// Titles after which a capital starts a name, not a sentence.
    static let titleHashes = exactHashes([
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Gov", "Sen", "Rep", "Rev", "Capt", "Col", "Lt", "Sgt", "No",
    ])

    /// Words that keep their final period: titles and common abbreviations.
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Gov", "Sen", "Rep", "Rev", "Capt", "Col", "Lt",
        "Sgt", "Cmdr", "Adm", "Maj", "Pres", "Supt", "Insp", "Det", "Hon", "Fr", "Mt", "Ft", "Ave", "Blvd", "Rd",
        "vs", "etc", "Inc", "Ltd", "Co", "Corp", "Bros", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept",
        "Sep", "Oct", "Nov", "Dec", "approx", "est", "Dept", "Univ", "Assn", "e.g", "i.e", "a.m", "p.m", "cf",
        "Ph.D", "U.S", "U.K", "U.N", "E.U", "D.C",
    ]

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if v == 0x2019 || v == 0x2018 || (v >= 0x2000 && v <= 0x206F) { return false }
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// Three digits from `i` and no fourth: the group after a thousands comma.
    static func isThousandsGroup(_ c: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i + 2 < c.count, isDigit(c[i]), isDigit(c[i + 1]), isDigit(c[i + 2]) else { return false }
        return i + 3 == c.count || !isDigit(c[i + 3])
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0x0C || v == 0x0B }
        return s.properties.isWhitespace
    }

    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    @inline(__always) static func isVulgarFraction(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0xBC && s.value <= 0xBE) || (s.value >= 0x2150 && s.value <= 0x215E)
    }

    static func tokenize(_ c: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(c.count / 5)
        let n = c.count
        var i = 0
        var flags: Token.Flags = []
        var newlines = 0
        while i < n {
            let s = c[i]
            if isSpace(s) {
                flags.insert(.spaceBefore)
                if s == "\n" {
                    newlines += 1
                    flags.insert(.lineBefore)
                    if newlines >= 2 { flags.insert(.paragraphBefore) }
                }
                i += 1
                continue
            }
            let start = i
            var kind: Token.Kind
            var f = flags
            if isDigit(s) {
                kind = .number
                i += 1
                while i < n {
                    if isDigit(c[i]) || isVulgarFraction(c[i]) {
                        i += 1
                        continue
                    }
                    // Inner separators: 11,800 and 1.5 (a digit must follow). A comma groups
                    // thousands, so exactly three digits follow it: `[4,5]` and `2,17` are two numbers.
                    if c[i] == "." && i + 1 < n && isDigit(c[i + 1]) {
                        i += 2
                        continue
                    }
                    if c[i] == "," && isThousandsGroup(c, i + 1) {
                        i += 2
                        continue
                    }
                    break
                }
                // Letters glued to a number (5m, 25km, 1990s, 3rd) stay one token.
                if i < n && isLetter(c[i]) {
                    while i < n && (isLetter(c[i]) || isDigit(c[i])) { i += 1 }
                }
            } else if isLetter(s) {
                kind = .word
                var upper = 0, letters = 0
                if isUpper(s) { f.insert(.capitalized) }
                while i < n {
                    let t = c[i]
                    if isLetter(t) || isDigit(t) {
                        letters += 1
                        if isUpper(t) { upper += 1 }
                        i += 1
                        continue
                    }
                    // Inner apostrophe: don't, O'Brien, rock ’n’ roll; but not the possessive 's.
                    if isApostrophe(t) && i + 1 < n && isLetter(c[i + 1]) {
                        let possessive = (c[i + 1] == "s" || c[i + 1] == "S") && (i + 2 >= n || !isLetter(c[i + 2]))
                        if possessive { break }
                        i += 1
                        continue
                    }
                    break
                }
                if letters >= 2 && upper == letters { f.insert(.allCaps) }
                // Abbreviation periods: Mr., U.S., Ph.D.
                if i < n && c[i] == "." {
                    var j = i
                    // Dotted initialisms: U.S., U.N., a.m.
                    while j + 2 < n && c[j] == "." && isLetter(c[j + 1]) && c[j + 2] == "."
                        && (j + 3 >= n || !isLetter(c[j + 3]))
                    {
                        j += 2
                    }
                    if j > i || abbreviationHashes.contains(exactHash(c, start, j)) || (j - start == 1 && isUpper(s)) {
                        i = j + 1
                        f.insert(.abbreviation)
                    }
                }
            } else if isApostrophe(s) && i + 1 < n && (c[i + 1] == "s" || c[i + 1] == "S")
                && (i + 2 >= n || !isLetter(c[i + 2]))
                && i > 0 && (isLetter(c[i - 1]) || isDigit(c[i - 1]))
            {
                // The possessive ’s as a token of its own.
                kind = .word
                i += 2
            } else {
                kind = .punctuation
                i += 1
            }
            tokens.append(Token(start: start, end: i, kind: kind, flags: f))
            flags = []
            newlines = 0
        }
        return tokens
    }

    static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool { s == "." || s == "!" || s == "?" || s == "\u{2026}" }

    static func isClosingQuote(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "\u{201D}" || s == "\u{2019}" || s == "'" || s == "\u{BB}" || s == ")" || s == "\u{203A}"
    }

    static func sentences(_ tokens: [Token], _ c: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            if i > start && tokens[i].flags.contains(.lineBefore) {
                // A blank line always ends a sentence. A single line break ends one in titles,
                // datelines and captions, but not inside a hard-wrapped paragraph, where the
                // line goes on with a lower-case word or follows a comma.
                let prev = tokens[i - 1]
                let wrapped =
                    !tokens[i].flags.contains(.capitalized) || (prev.kind == .punctuation && c[prev.start] == ",")
                if tokens[i].flags.contains(.paragraphBefore) || !wrapped {
                    out.append(start..<i)
                    start = i
                }
            }
            let t = tokens[i]
            var endsHere = false
            if t.kind == .punctuation && isSentenceEnd(c[t.start]) {
                endsHere = true
            } else if t.flags.contains(.abbreviation), i + 1 < tokens.count {
                // "in the U.S. The next…": an abbreviation ends a sentence before a capital
                // that starts a common word (a name after Mr. does not).
                let next = tokens[i + 1]
                let wordEnd = t.end - 1  // without the final period
                var dotted = false
                for k in t.start..<wordEnd where c[k] == "." { dotted = true }
                if next.flags.contains(.capitalized) && !titleHashes.contains(exactHash(c, t.start, wordEnd))
                    && dotted && sentenceStarterHashes.contains(exactHash(c, next.start, next.end))
                {
                    endsHere = true
                }
            }
            if endsHere {
                var j = i + 1
                // Closing quotes and brackets, and further marks (?!), belong to the sentence.
                while j < tokens.count && tokens[j].kind == .punctuation && !tokens[j].flags.contains(.spaceBefore)
                    && (isClosingQuote(c[tokens[j].start]) || isSentenceEnd(c[tokens[j].start]))
                {
                    j += 1
                }
                if j >= tokens.count || tokens[j].flags.contains(.spaceBefore) {
                    out.append(start..<j)
                    start = j
                    i = j
                    continue
                }
            }
            i += 1
        }
        if start < tokens.count { out.append(start..<tokens.count) }
        return out
    }

    /// Capitalised words that commonly start sentences, used to tell `U.S. The` from `U.S. Army`.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "In", "On", "At",
        "But", "And", "However", "According", "After", "Before", "When", "While", "There", "His", "Her", "Their",
        "Its", "Our", "As", "If", "For", "Some", "Many", "Most", "Other", "One", "Two", "Three",
    ]
}
