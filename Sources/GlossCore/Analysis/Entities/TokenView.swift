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

    init(_ text: TokenizedText, lexicon: Lexicon = .shared) {
        self.text = text
        self.c = text.scalars
        self.tokens = text.tokens
        places = lexicon.places
        placeStarts = lexicon.placeStarts
        demonymRoots = lexicon.demonymRoots
        numbers = lexicon.numbers
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
                if t.kind != .punctuation {
                    let cls = Lexicon.WordClass(rawValue: words.get(h))
                    // `US` is not `us`, nor `IT` `it`: capitals mark an acronym, not a common word.
                    classes[i] = caps ? cls.subtracting(Self.lowerOnly) : cls
                }
            }
        }
        self.hashes = hashes
        self.classes = classes
        self.words = words
    }

    let words: HashTable
    @inline(__always) func lexiconClass(_ h: UInt64) -> Lexicon.WordClass { Lexicon.WordClass(rawValue: words.get(h)) }
    @inline(__always) func placeClass(_ phrase: UInt64) -> Lexicon.PlaceClass { Lexicon.PlaceClass(rawValue: places.get(phrase)) }

    var count: Int { tokens.count }

    @inline(__always) func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
    @inline(__always) func isNumber(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number }
    @inline(__always) func isCapitalized(_ i: Int) -> Bool { isWord(i) && tokens[i].flags.contains(.capitalized) }
    @inline(__always) func isLowerWord(_ i: Int) -> Bool { isWord(i) && !tokens[i].flags.contains(.capitalized) && Tokenizer.isLetter(c[tokens[i].start]) }
    @inline(__always) func isAllCaps(_ i: Int) -> Bool { isWord(i) && tokens[i].flags.contains(.allCaps) }
    @inline(__always) func isPunct(_ i: Int, _ s: Unicode.Scalar) -> Bool { text.isPunct(i, s) }
    /// Token `i` is a dash or hyphen: `-`, `–`, `—`, `‐`.
    @inline(__always) func isDash(_ i: Int) -> Bool {
        guard i >= 0 && i < tokens.count && tokens[i].kind == .punctuation else { return false }
        let v = c[tokens[i].start].value
        return v == 0x2D || (v >= 0x2010 && v <= 0x2014)
    }
    /// Token `i` is glued to the one before it (no white space between).
    @inline(__always) func glued(_ i: Int) -> Bool { i > 0 && i < tokens.count && !tokens[i].flags.contains(.spaceBefore) }
    @inline(__always) func wordClass(_ i: Int) -> Lexicon.WordClass {
        i >= 0 && i < classes.count ? classes[i] : []
    }
    static let lowerOnly: Lexicon.WordClass = [.function, .common, .connector, .article, .placePreposition, .speech, .month, .weekday]
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

/// Folded hashes of words the recognizers test for by identity.
enum Hashes {
    static let a = ScalarHash.hash("a")
    static let an = ScalarHash.hash("an")
    static let the = ScalarHash.hash("the")
    static let of = ScalarHash.hash("of")
    static let on = ScalarHash.hash("on")
    static let upon = ScalarHash.hash("upon")
    static let and = ScalarHash.hash("and")
    static let `in` = ScalarHash.hash("in")
    static let to = ScalarHash.hash("to")
    static let few = ScalarHash.hash("few")
    static let several = ScalarHash.hash("several")
    static let one = ScalarHash.hash("one")
    static let old = ScalarHash.hash("old")
    static let year = ScalarHash.hash("year")
    static let years = ScalarHash.hash("years")
    static let per = ScalarHash.hash("per")
    static let cent = ScalarHash.hash("cent")
    static let square = ScalarHash.hash("square")
    static let cubic = ScalarHash.hash("cubic")
    static let percentage = ScalarHash.hash("percentage")
    static let am = ScalarHash.hash("a.m.")
    static let pm = ScalarHash.hash("p.m.")
    static let s = ScalarHash.hash("’s")
    static let sStraight = ScalarHash.hash("'s")
    static let st = ScalarHash.hash("st")
    static let nd = ScalarHash.hash("nd")
    static let rd = ScalarHash.hash("rd")
    static let th = ScalarHash.hash("th")
    static let sSuffix = ScalarHash.hash("s")
    static let us = ScalarHash.hash("us")
    static let degree = ScalarHash.hash("°")
    /// Words after which a number names something rather than counting: `day five`, `No. 3`, `Group 2`.
    static let identifierNouns: HashTable = {
        var t = HashTable(capacity: 64)
        for w in ["day", "number", "no.", "nos.", "page", "pages", "chapter", "section", "item", "article", "room",
                  "flight", "route", "highway", "game", "episode", "season", "stage", "level", "grade", "class",
                  "version", "phase", "round", "week", "term", "line", "gate", "platform", "bus", "interstate",
                  "apollo", "sts", "channel", "figure", "table", "step", "act", "scene", "verse", "pad", "building",
                  "floor", "suite", "unit", "apartment", "lot", "block", "district", "ward", "precinct", "exit",
                  "model", "type", "series", "vol.", "volume", "issue", "part", "paragraph", "rule", "amendment"] {
            t.insert(ScalarHash.hash(w))
        }
        return t
    }()
    /// Adjectives that may come between a number and its time unit: `twenty working days`.
    static let unitAdjectives: HashTable = {
        var t = HashTable(capacity: 16)
        for w in ["working", "business", "calendar", "consecutive", "straight", "full", "more", "additional", "extra", "light"] {
            t.insert(ScalarHash.hash(w))
        }
        return t
    }()
    /// Words after `one` that make it a pronoun: `one another`.
    static let pronounOne: HashTable = {
        var t = HashTable(capacity: 16)
        for w in ["no", "any", "every", "each", "the", "this", "that", "which", "someone", "anyone", "no-one"] {
            t.insert(ScalarHash.hash(w))
        }
        return t
    }()
    static let another = ScalarHash.hash("another")
    /// Title words that are also verbs or common nouns in lower case: "must judge AMLO", "the head".
    static let verbTitles: HashTable = {
        var t = HashTable(capacity: 64)
        for w in ["judge", "head", "chief", "lead", "leader", "speaker", "chair", "manager", "coach", "agent", "officer",
                  "private", "deputy", "founder", "father", "sister", "brother", "saint", "major", "general", "marshal",
                  "dean", "principal", "candidate", "delegate", "nominee", "chef", "justice", "guard", "lady", "lord",
                  "miss", "head", "doctor", "director", "referee", "striker", "defender", "trooper", "constable", "pastor"] {
            t.insert(ScalarHash.hash(w))
        }
        return t
    }()
    /// Words that put a place's name after them: `Lake Merritt`, `Mount Kenya`.
    static let placeHeads: HashTable = {
        var t = HashTable(capacity: 32)
        for w in ["Lake", "Mount", "Mt.", "Cape", "Fort", "Ft.", "Port", "Isle", "Gulf", "Lac", "Mont", "Monte", "Puerto",
                  "Porto", "Sierra", "Loch", "Camp"] {
            t.insert(ScalarHash.hash(w))
        }
        return t
    }()
    /// Generational suffixes after a name: `Jr.`, `III`.
    static let nameSuffixes: HashTable = {
        var t = HashTable(capacity: 16)
        for w in ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"] { t.insert(ScalarHash.hash(w)) }
        return t
    }()
    static let may = ScalarHash.hash("may")
    static let half = ScalarHash.hash("half")
    static let third = ScalarHash.hash("third")
    static let quarter = ScalarHash.hash("quarter")
    static let from = ScalarHash.hash("from")
    static let near = ScalarHash.hash("near")
    static let outside = ScalarHash.hash("outside")
    /// Words that make a following month name a date: `since May`, `last March`.
    static let beforeMonth: HashTable = {
        var t = HashTable(capacity: 16)
        for w in ["of", "since", "by", "until", "till", "last", "next", "early", "late", "mid", "this", "every"] { t.insert(ScalarHash.hash(w)) }
        return t
    }()
    static let relative: HashTable = {
        var t = HashTable(capacity: 8)
        for w in ["that", "who", "which", "whose", "whom"] { t.insert(ScalarHash.hash(w)) }
        return t
    }()
}
