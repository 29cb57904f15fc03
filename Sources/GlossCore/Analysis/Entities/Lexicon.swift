/// The recognizer's word knowledge: gazetteer phrases, personal names and the hand-written
/// word classes, as hash tables built once, lazily, from `GazetteerData` and `Lexicon.Words`.
///
/// Every key is a `ScalarHash` (case- and accent-folded), so an article's tokens are looked up
/// by hashing their scalars in place.
final class Lexicon: Sendable {
    /// Classes of a single word; a word can be in several.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt16
        static let given = WordClass(rawValue: 1)
        static let surname = WordClass(rawValue: 2)
        /// Function words and common capitalised words that are not names: `The`, `However`, `Group`.
        static let common = WordClass(rawValue: 4)
        /// Heads of titles before names: `President`, `Secretary`, `Mr.`.
        static let title = WordClass(rawValue: 8)
        static let organization = WordClass(rawValue: 16)
        static let facility = WordClass(rawValue: 32)
        static let month = WordClass(rawValue: 64)
        static let weekday = WordClass(rawValue: 128)
        /// Lower-case words that may join the parts of a name: `of`, `and`, `de`, `van`.
        static let connector = WordClass(rawValue: 256)
        /// Prepositions that put a place after them: `in`, `from`, `near`.
        static let placePreposition = WordClass(rawValue: 512)
        static let demonym = WordClass(rawValue: 1024)
        /// Verbs of saying, which make a bare name a person: `said`, `told`.
        static let speech = WordClass(rawValue: 2048)
        /// `town`, `city`, `state`: "the town of X" makes X a place.
        static let placeNoun = WordClass(rawValue: 4096)
        /// Articles in other languages that start names of things: `La`, `El`, `Los`.
        static let article = WordClass(rawValue: 8192)
        /// Directions that begin region names: `North`, `Central`.
        static let direction = WordClass(rawValue: 16384)
        /// Articles, pronouns, prepositions and sentence adverbs: `The`, `However`, `They`.
        static let function = WordClass(rawValue: 32768)
    }

    /// Classes of a gazetteer phrase.
    struct PlaceClass: OptionSet, Sendable {
        let rawValue: UInt16
        static let country = PlaceClass(rawValue: 1)
        static let region = PlaceClass(rawValue: 2)
        static let majorCity = PlaceClass(rawValue: 4)
        static let town = PlaceClass(rawValue: 8)
        /// A country or continent: can start a demonym (`Mexic-an`).
        static let demonymRoot = PlaceClass(rawValue: 16)
    }

    let words: HashTable
    let places: HashTable
    /// First token of a gazetteer phrase → the longest phrase length in tokens.
    let placeStarts: HashTable
    /// Four-letter folded prefixes of countries and continents, for demonyms.
    let demonymRoots: HashTable
    let numbers: NumberWords
    /// Phrase hash of a country's other spelling (`U.S.`, `US`, `USA`) → the phrase hash of its
    /// first spelling in `Words.sameCountry`, so that all of them are one place.
    let sameCountry: HashMap<UInt64>

    static let shared = Lexicon()

    private init() {
        var words = HashTable(capacity: 40000)
        var places = HashTable(capacity: 70000)
        var starts = HashTable(capacity: 60000)
        var roots = HashTable(capacity: 1000)
        var continents = HashTable(capacity: 32)
        for w in Words.continents { continents.insert(ScalarHash.hash(w)) }

        Lexicon.eachLine(GazetteerData.givenNames) { c, tokens in
            if tokens.count == 1 { words.insert(Lexicon.hash(c, tokens.first!), WordClass.given.rawValue) }
        }
        Lexicon.eachLine(GazetteerData.surnames) { c, tokens in
            if tokens.count == 1 { words.insert(Lexicon.hash(c, tokens.first!), WordClass.surname.rawValue) }
        }
        for (list, cls) in Words.classes {
            for w in list { words.insert(ScalarHash.hash(w), cls.rawValue) }
        }
        let lists: [(String, PlaceClass)] = [
            (GazetteerData.countries, [.country, .demonymRoot]), (GazetteerData.regions, .region),
            (GazetteerData.majorCities, .majorCity), (GazetteerData.towns, .town),
        ]
        for (data, cls) in lists {
            Lexicon.eachLine(data) { c, tokens in
                var h = ScalarHash.offset
                for t in tokens { h = ScalarHash.combine(h, Lexicon.hash(c, t)) }
                places.insert(h, cls.rawValue)
                starts.insertMax(Lexicon.hash(c, tokens.first!), UInt16(tokens.count))
                if cls.contains(.demonymRoot) || cls == .region && continents.contains(Lexicon.hash(c, tokens.first!)) {
                    for t in tokens where t.end - t.start >= 4 && t.kind == .word {
                        roots.insert(ScalarHash.hash(c, t.start, t.start + 4))
                    }
                }
            }
        }
        for w in Words.demonymRootExtras { roots.insert(ScalarHash.hash(w)) }
        self.words = words
        self.places = places
        self.placeStarts = starts
        self.demonymRoots = roots
        self.numbers = NumberWords()
        var same = HashMap<UInt64>(capacity: 64)
        for group in Words.sameCountry {
            var canonical: UInt64 = 0
            Lexicon.eachLine(group.joined(separator: "\n")) { c, tokens in
                var h = ScalarHash.offset
                for t in tokens { h = ScalarHash.combine(h, Lexicon.hash(c, t)) }
                if canonical == 0 { canonical = h } else { same.insert(h, canonical) }
            }
        }
        self.sameCountry = same
    }

    @inline(__always) static func hash(_ c: [Unicode.Scalar], _ t: Token) -> UInt64 {
        ScalarHash.word(c, t.start, t.end, allCaps: t.flags.contains(.allCaps))
    }

    /// Calls `body` with the tokens of each line of `data` (tokenized as article text is).
    private static func eachLine(
        _ data: String, _ body: (_ scalars: [Unicode.Scalar], _ tokens: ArraySlice<Token>) -> Void
    ) {
        let c = Array(data.unicodeScalars)
        let tokens = Tokenizer.tokenize(c)
        var start = 0
        for i in 1...tokens.count where i == tokens.count || tokens[i].flags.contains(.lineBefore) {
            if i > start { body(c, tokens[start..<i]) }
            start = i
        }
    }

    @inline(__always) func wordClass(_ h: UInt64) -> WordClass { WordClass(rawValue: words.get(h)) }
    @inline(__always) func placeClass(_ h: UInt64) -> PlaceClass { PlaceClass(rawValue: places.get(h)) }
}

extension Lexicon {
    /// The value of a vulgar fraction sign: ½ → 0.5.
    static func vulgarFractionValue(_ s: Unicode.Scalar) -> Double {
        switch s.value {
        case 0xBC: return 0.25
        case 0xBD: return 0.5
        case 0xBE: return 0.75
        case 0x2153: return 1.0 / 3
        case 0x2154: return 2.0 / 3
        case 0x2155: return 0.2
        case 0x215B: return 0.125
        default: return 0
        }
    }
}
