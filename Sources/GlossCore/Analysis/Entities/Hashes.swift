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
    static let identifierNouns: HashTable = HashTable(words: [
        "day", "number", "no.", "nos.", "page", "pages", "chapter", "section", "item", "article", "room",
        "flight", "route", "highway", "game", "episode", "season", "stage", "level", "grade", "class",
        "version", "phase", "round", "week", "term", "line", "gate", "platform", "bus", "interstate",
        "apollo", "sts", "channel", "figure", "table", "step", "act", "scene", "verse", "pad", "building",
        "floor", "suite", "unit", "apartment", "lot", "block", "district", "ward", "precinct", "exit",
        "model", "type", "series", "vol.", "volume", "issue", "part", "paragraph", "rule", "amendment",
        "extract", "example", "appendix", "exhibit", "experiment", "question", "exercise", "lesson", "fig.",
        "eq.", "equation", "footnote", "note", "study", "sample", "plate", "map", "box", "panel",
    ])
    /// Ordinals that end a compound with a tens word: `twenty-first`, `Sixty-Third`.
    static let unitOrdinals: HashTable = HashTable(words: [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ])
    /// `the North`, `the West`: a region named by its direction alone.
    static let compass: HashTable = HashTable(words: ["north", "south", "east", "west"])
    static let earth = ScalarHash.hash("earth")
    /// `the Union`, `our Republic`: a state named by its kind with a capital.
    static let polities: HashTable = HashTable(words: [
        "union", "confederacy", "republic", "empire", "commonwealth", "nation", "kingdom",
    ])
    /// Determiners before a state named by its kind: `the Union`, `our Nation`.
    static let polityDeterminers: HashTable = HashTable(words: ["the", "our", "this", "his", "her", "their"])
    /// Prefixes of ships' names: `USS Halvard`, `HMS Ardent`.
    static let shipPrefixes: HashTable = HashTable(words: [
        "USS", "HMS", "CSS", "RMS", "HMAS", "HMCS", "HMNZS", "MV",
    ])
    static let et = ScalarHash.hash("et")
    static let al = ScalarHash.hash("al")
    /// Eras after a year: `347 AD`, `480 BC`.
    static let eras: HashTable = HashTable(words: ["AD", "BC", "BCE", "CE"])
    /// `c. 347`, `ca. 347`, `circa 347`.
    static let circa: HashTable = HashTable(words: ["c", "ca", "circa"])
    /// `in 373,`, `since 410.`: prepositions of time before a bare year.
    static let sinceWords: HashTable = HashTable(words: ["in", "since", "until", "till"])
    /// Words after a bare `one` that make it the pronoun: `one must`, `one can`.
    static let modals: HashTable = HashTable(words: [
        "must", "can", "could", "should", "would", "might", "may", "will", "cannot",
        "ought", "needs", "shall",
    ])
    /// Words before `one is`, `one has` that make it the pronoun: `when one is`, `if one has`.
    static let subordinators: HashTable = HashTable(words: [
        "when", "if", "as", "because", "unless", "until", "whether", "while",
        "where", "once", "whenever", "so", "than",
    ])
    static let oneVerbs: HashTable = HashTable(words: [
        "is", "was", "has", "had", "does", "did", "gets", "feels", "sees", "knows",
        "finds", "thinks", "wants", "studies", "learns", "reads", "hears",
    ])
    /// Adjectives that may come between a number and its time unit: `twenty working days`.
    static let unitAdjectives: HashTable = HashTable(words: [
        "working", "business", "calendar", "consecutive", "straight", "full", "more", "additional", "extra", "light",
    ])
    /// Words after `one` that make it a pronoun: `one another`.
    static let pronounOne: HashTable = HashTable(words: [
        "no", "any", "every", "each", "the", "this", "that", "which", "someone", "anyone", "no-one",
    ])
    static let another = ScalarHash.hash("another")
    /// Title words that are also verbs or common nouns in lower case: "must judge MEOV", "the head".
    static let verbTitles: HashTable = HashTable(words: [
        "judge", "head", "chief", "lead", "leader", "speaker", "chair", "manager", "coach", "agent", "officer",
        "private", "deputy", "founder", "father", "sister", "brother", "saint", "major", "general", "marshal",
        "dean", "principal", "candidate", "delegate", "nominee", "chef", "justice", "guard", "lady", "lord",
        "miss", "doctor", "director", "referee", "striker", "defender", "trooper", "constable", "pastor",
    ])
    /// Words that put a place's name after them: `Lake Merritt`, `Mount Kenya`.
    static let placeHeads: HashTable = HashTable(words: [
        "Lake", "Mount", "Mt.", "Cape", "Fort", "Ft.", "Port", "Isle", "Gulf", "Lac", "Mont", "Monte", "Puerto",
        "Porto", "Sierra", "Loch", "Camp",
    ])
    /// Generational suffixes after a name: `Jr.`, `III`.
    static let nameSuffixes: HashTable = HashTable(words: ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"])
    static let may = ScalarHash.hash("may")
    static let half = ScalarHash.hash("half")
    static let third = ScalarHash.hash("third")
    static let quarter = ScalarHash.hash("quarter")
    static let from = ScalarHash.hash("from")
    static let near = ScalarHash.hash("near")
    static let outside = ScalarHash.hash("outside")
    /// Words that make a following month name a date: `since May`, `last March`.
    static let beforeMonth: HashTable = HashTable(words: [
        "of", "since", "by", "until", "till", "last", "next", "early", "late", "mid", "this", "every",
    ])
    /// Words before a storm's name: `Hurricane X`, `typhoon X`; `storm` only after `tropical` or `winter`.
    static let stormHeads: HashTable = HashTable(words: ["hurricane", "typhoon", "cyclone"])
    static let storm = ScalarHash.hash("storm")
    static let stormKinds: HashTable = HashTable(words: ["tropical", "subtropical", "winter"])
    /// Lower-case nouns that name the kind of thing whose name follows: `the film X`, `the shuttle X`.
    static let thingKinds: HashTable = HashTable(words: [
        "film", "movie", "series", "sitcom", "novel", "album", "song", "opera", "musical",
        "documentary", "magazine", "titled", "entitled", "shuttle", "orbiter", "spacecraft", "yacht", "tanker",
        "probe", "rover", "episode", "poem", "painting", "videogame", "franchise", "hurricane", "typhoon", "cyclone",
    ])
    /// Lower-case nouns after a product's or vehicle's name: `the X spacecraft`, `the X app`.
    static let productNouns: HashTable = HashTable(words: [
        "spacecraft", "probe", "rover", "satellite", "telescope", "app", "browser", "console",
        "smartphone", "handset", "sedan", "hatchback", "airliner", "rocket", "shuttle", "orbiter", "franchise",
        "software", "brand", "vaccine", "missile", "series",
    ])
    /// What follows the apostrophe of a contraction: I've, I'll, I'm, We're, I'd, Don't.
    static let contractionEnds: HashTable = HashTable(words: ["ve", "ll", "m", "re", "d", "t"])
    static let relative: HashTable = HashTable(words: ["that", "who", "which", "whose", "whom"])
}
