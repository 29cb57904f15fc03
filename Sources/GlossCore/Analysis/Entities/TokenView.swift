/// An article's tokens with the folded hash of each, and the small questions the recognizers ask
/// about them, answered without building strings.
final class TokenView {
    let text: TokenizedText
    let c: [Unicode.Scalar]
    let tokens: [Token]
    /// `ScalarHash` of every token (punctuation too).
    let hashes: [UInt64]
    /// The word class of every token, looked up once.
    let classes: [Lexicon.WordClass]
    // The lexicon's tables, held here so that lookups touch no shared object.
    let places: HashTable
    let placeStarts: HashTable
    let demonymRoots: HashTable
    let numbers: NumberWords
    let sameCountry: HashMap<UInt64>

    init(_ text: TokenizedText, lexicon: Lexicon = .shared) {
        self.text = text
        self.c = text.scalars
        self.tokens = text.tokens
        places = lexicon.places
        placeStarts = lexicon.placeStarts
        demonymRoots = lexicon.demonymRoots
        numbers = lexicon.numbers
        sameCountry = lexicon.sameCountry
        let words = lexicon.words
        var hashes = [UInt64](repeating: 0, count: text.tokens.count)
        var classes = [Lexicon.WordClass](repeating: [], count: text.tokens.count)
        let fold = ScalarHash.foldTable
        text.scalars.withUnsafeBufferPointer { c in
            for (i, t) in text.tokens.enumerated() {
                var h = ScalarHash.offset
                for k in t.start..<t.end {
                    let v = c[k].value
                    let f = v < 0x250 ? fold[Int(v)] : (v == 0x2019 || v == 0x2018 ? 0x27 : v)
                    h = (h ^ UInt64(f)) &* ScalarHash.prime
                }
                if h == 0 { h = 1 }
                let caps = t.flags.contains(.allCaps)
                if caps && t.end - t.start <= 5 { h = (h ^ 0x5A5A_A5A5_0F0F_F0F0) | 1 }
                hashes[i] = h
            }
        }
        // The word list is looked up in a loop of its own: each look-up is a likely cache miss,
        // and with nothing else between them the processor has many in flight at once.
        for (i, t) in text.tokens.enumerated() where t.kind != .punctuation {
            let cls = Lexicon.WordClass(rawValue: words.get(hashes[i]))
            // `US` is not `us`, nor `IT` `it`: capitals mark an acronym, not a common word.
            classes[i] = t.flags.contains(.allCaps) ? cls.subtracting(Self.lowerOnly) : cls
        }
        self.hashes = hashes
        self.classes = classes
        self.words = words
    }

    let words: HashTable
    @inline(__always) func lexiconClass(_ h: UInt64) -> Lexicon.WordClass { Lexicon.WordClass(rawValue: words.get(h)) }
    @inline(__always) func placeClass(_ phrase: UInt64) -> Lexicon.PlaceClass {
        Lexicon.PlaceClass(rawValue: places.get(phrase))
    }

    var count: Int { tokens.count }

    @inline(__always) func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
    @inline(__always) func isNumber(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number }
    @inline(__always) func isCapitalized(_ i: Int) -> Bool { isWord(i) && tokens[i].flags.contains(.capitalized) }
    @inline(__always) func isLowerWord(_ i: Int) -> Bool {
        isWord(i) && !tokens[i].flags.contains(.capitalized) && Tokenizer.isLetter(c[tokens[i].start])
    }
    @inline(__always) func isAllCaps(_ i: Int) -> Bool { isWord(i) && tokens[i].flags.contains(.allCaps) }
    @inline(__always) func isPunct(_ i: Int, _ s: Unicode.Scalar) -> Bool { text.isPunct(i, s) }
    /// Token `i` is a dash or hyphen: `-`, `–`, `—`, `‐`.
    @inline(__always) func isDash(_ i: Int) -> Bool {
        guard i >= 0 && i < tokens.count && tokens[i].kind == .punctuation else { return false }
        let v = c[tokens[i].start].value
        return v == 0x2D || (v >= 0x2010 && v <= 0x2014)
    }
    /// Token `i` is glued to the one before it (no white space between).
    @inline(__always) func glued(_ i: Int) -> Bool {
        i > 0 && i < tokens.count && !tokens[i].flags.contains(.spaceBefore)
    }
    @inline(__always) func wordClass(_ i: Int) -> Lexicon.WordClass {
        i >= 0 && i < classes.count ? classes[i] : []
    }
    static let lowerOnly: Lexicon.WordClass = [
        .function, .common, .connector, .article, .placePreposition, .speech, .month, .weekday,
    ]
    @inline(__always) func has(_ i: Int, _ cls: Lexicon.WordClass) -> Bool { wordClass(i).contains(cls) }
    /// Token `i` is the lower-case word whose folded hash is `h`.
    @inline(__always) func isWord(_ i: Int, _ h: UInt64) -> Bool { isWord(i) && hashes[i] == h }
    /// The phrase hash of tokens `a..<b`.
    @inline(__always) func phraseHash(_ a: Int, _ b: Int) -> UInt64 {
        var h = ScalarHash.offset
        for k in a..<b { h = ScalarHash.combine(h, hashes[k]) }
        return h
    }
    func string(_ a: Int, _ b: Int) -> String { text.string(tokens[a].start, tokens[b - 1].end) }
    func range(_ a: Int, _ b: Int) -> TextRange { TextRange(tokens[a].start, tokens[b - 1].end) }
}
