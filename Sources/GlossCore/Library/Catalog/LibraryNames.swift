/// People and places across articles. Each article's analysis links the names of one person
/// within that article (`Ana Ruiz Prado`, then `Ruiz Prado`, `APR`); this links
/// them between articles, so a library of articles that name one person in different ways lists
/// them once, and a search for any of the names finds all the articles.
///
/// Two articles' entities of one kind are the same when they share a *linking name*: the
/// canonical name, or an alias of two words or more, or an acronym (`AMLO`). A bare surname
/// (`Smith`) does not link across articles, where it could be anyone's. A name of two words
/// or more found inside the longer name of exactly one person (`Ana Ruiz`, `Ruiz Prado` inside
/// `Ana Ruiz Prado`) is that person's too. Names are compared by
/// `key(_:)`: case, accents, dots and apostrophes folded, and for places the spellings of one
/// country (`US`, `U.S.` and the full name) made one.
public enum LibraryNames {
    /// One entity of one article: its kind, canonical name, aliases and how often it is mentioned.
    public struct Occurrence: Sendable, Hashable {
        public var articleID: String
        public var entity: Int
        public var kind: EntityKind
        public var name: String
        public var aliases: [String]
        public var mentions: Int

        public init(articleID: String, entity: Int, kind: EntityKind, name: String, aliases: [String], mentions: Int) {
            self.articleID = articleID
            self.entity = entity
            self.kind = kind
            self.name = name
            self.aliases = aliases
            self.mentions = mentions
        }
    }

    /// Entities merged across the library.
    public struct Group: Sendable, Hashable {
        public var kind: EntityKind
        /// The library-wide name: the longest canonical name, ties to the most mentioned.
        public var name: String
        /// Every other name, canonical or alias, most mentioned first.
        public var aliases: [String]
        public var mentions: Int
        /// Ids of the articles naming it, sorted.
        public var articleIDs: [String]
        public var occurrences: [Occurrence]
        /// Every name's key.
        public var keys: Set<String>
    }

    /// The comparison key of a name.
    public static func key(_ name: String, kind: EntityKind? = nil) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for s in name.unicodeScalars {
            if s == "." { continue }
            let f = SearchFolding.fold(s, caseSensitive: false)
            if f == 0x20 || f == 0x2D {
                space = !out.isEmpty
                continue
            }
            if space {
                out.append(" ")
                space = false
            }
            out.append(Unicode.Scalar(f) ?? s)
        }
        let k = String(out)
        if kind != .person, let country = countryKeys[k] { return country }
        return k
    }

    static let countryKeys: [String: String] = {
        var table: [String: String] = [:]
        for group in Lexicon.Words.sameCountry {
            let first = key(group[0], kind: .person)
            for spelling in group { table[key(spelling, kind: .person)] = first }
        }
        return table
    }()

    /// True for a speaker that is only a pronoun the analysis could not resolve (`he said` with
    /// nobody named before it, a first-person `I said`): it is somebody different in every
    /// article, so the library never treats it as one speaker.
    public static func isPronoun(_ name: String) -> Bool {
        QuoteLexicon.pronouns.contains(name.lowercased())
    }

    /// True for a name that may link entities of different articles.
    public static func links(_ name: String, kind: EntityKind) -> Bool {
        if kind != .person { return true }
        let words = name.split(whereSeparator: { $0 == " " })
        if words.count >= 2 { return true }
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// A name key of one kind (a person and a place may share a name).
    struct KindKey: Hashable {
        var kind: EntityKind
        var key: String
    }

    /// Merges occurrences into groups (one kind never merges with another), largest first
    /// (most articles, then most mentions, then name).
    public static func group(_ occurrences: [Occurrence]) -> [Group] {
        // Names repeat across articles: each is folded once.
        var folded: [EntityKind: [String: (key: String, links: Bool)]] = [:]
        func fold(_ name: String, _ kind: EntityKind) -> (key: String, links: Bool) {
            if let known = folded[kind]?[name] { return known }
            let made = (LibraryNames.key(name, kind: kind), LibraryNames.links(name, kind: kind))
            folded[kind, default: [:]][name] = made
            return made
        }
        func key(_ name: String, kind: EntityKind) -> String { fold(name, kind).key }
        var parent = Array(occurrences.indices)
        func find(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        var owner: [KindKey: Int] = [:]
        for (i, o) in occurrences.enumerated() {
            let linking =
                [key(o.name, kind: o.kind)]
                + o.aliases.compactMap { a in fold(a, o.kind).links ? fold(a, o.kind).key : nil }
            for k in linking {
                let tagged = KindKey(kind: o.kind, key: k)
                if let j = owner[tagged] {
                    let a = find(i), b = find(j)
                    if a != b { parent[max(a, b)] = min(a, b) }
                } else {
                    owner[tagged] = i
                }
            }
        }
        // A name of two words or more inside exactly one longer name is that person's shorter
        // name (`Ana Ruiz` of `Ana Ruiz Prado`, `Ruiz Prado` too): their groups are one.
        var inside: [KindKey: Set<Int>] = [:]
        for (i, o) in occurrences.enumerated() {
            let words = key(o.name, kind: o.kind).split(separator: " ")
            guard words.count >= 3 else { continue }
            for length in 2..<words.count {
                for start in 0...(words.count - length) {
                    inside[
                        KindKey(kind: o.kind, key: words[start..<(start + length)].joined(separator: " ")), default: []
                    ].insert(i)
                }
            }
        }
        // One longer name's members share one root from then on (merges only join roots), so
        // a name found inside one person's is checked once, however many articles carry it.
        var sole: [KindKey: Int] = [:]
        for (i, o) in occurrences.enumerated() {
            let k = key(o.name, kind: o.kind)
            let tagged = KindKey(kind: o.kind, key: k)
            guard k.utf8.contains(0x20), let longer = inside[tagged] else { continue }
            let root: Int
            if let known = sole[tagged] {
                root = find(known)
            } else {
                let roots = Set(longer.map(find))
                guard roots.count == 1, let only = roots.first else { continue }
                sole[tagged] = only
                root = only
            }
            let a = find(i)
            if a != root { parent[max(a, root)] = min(a, root) }
        }
        var members: [Int: [Int]] = [:]
        for i in occurrences.indices { members[find(i), default: []].append(i) }
        var groups: [Group] = []
        groups.reserveCapacity(members.count)
        for (_, list) in members {
            let items = list.map { occurrences[$0] }
            var nameWeight: [String: Int] = [:]
            var canonical: [String: Int] = [:]
            var keys = Set<String>()
            var mentions = 0
            var articles = Set<String>()
            for o in items {
                canonical[o.name, default: 0] += o.mentions
                nameWeight[o.name, default: 0] += o.mentions
                for a in o.aliases { nameWeight[a, default: 0] += 0 }
                keys.insert(key(o.name, kind: o.kind))
                for a in o.aliases { keys.insert(key(a, kind: o.kind)) }
                mentions += o.mentions
                articles.insert(o.articleID)
            }
            let name = canonical.max { a, b in
                let wa = a.key.unicodeScalars.count, wb = b.key.unicodeScalars.count
                if wa != wb { return wa < wb }
                if a.value != b.value { return a.value < b.value }
                return a.key > b.key
            }!.key
            let nameKey = key(name, kind: items[0].kind)
            var seen: Set<String> = [nameKey]
            var aliases: [String] = []
            for (alias, _) in nameWeight.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                if seen.insert(key(alias, kind: items[0].kind)).inserted { aliases.append(alias) }
            }
            groups.append(
                Group(
                    kind: items[0].kind, name: name, aliases: aliases, mentions: mentions,
                    articleIDs: articles.sorted(),
                    occurrences: items, keys: keys))
        }
        groups.sort { a, b in
            if a.articleIDs.count != b.articleIDs.count { return a.articleIDs.count > b.articleIDs.count }
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            return (a.name, a.kind.rawValue) < (b.name, b.kind.rawValue)
        }
        return groups
    }

    /// The groups a name a person typed means: those with a name of that key; else those whose
    /// library-wide name holds its words in a row (`prado` finds `Ana Ruiz Prado`).
    public static func resolve(_ query: String, in groups: [Group], kind: EntityKind? = nil) -> [Group] {
        let k = key(query, kind: kind)
        guard !k.isEmpty else { return [] }
        let candidates = groups.filter { kind == nil || $0.kind == kind }
        let exact = candidates.filter { $0.keys.contains(k) || $0.keys.contains(key(query, kind: .person)) }
        if !exact.isEmpty { return exact }
        let words = k.split(separator: " ")
        return candidates.filter { group in
            group.keys.contains { name in
                let have = name.split(separator: " ")
                guard have.count >= words.count else { return false }
                return (0...(have.count - words.count)).contains { Array(have[$0..<($0 + words.count)]) == words }
            }
        }
    }
}
