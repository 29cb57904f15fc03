/// Turns name candidates into entities: one per person, place or organization per article,
/// linking surname-only mentions (`López Obrador`, `Trump`) and parenthesised aliases (`AMLO`)
/// to the full name, and deciding bare one-word names from what the whole article says.
struct EntityLinker {
    private struct Draft {
        var kind: EntityKind
        var mentions: [TextRange] = []
        var names: [String] = []
        var tokenCounts: [Int] = []
        var titles: [String] = []
        /// Folded hashes of the fullest name's tokens.
        var key: [UInt64] = []
    }

    let v: TokenView
    let finder: NameFinder
    private var drafts: [Draft] = []
    private var byPhrase: [UInt64: Int] = [:]
    private var personTokens: [UInt64: Int] = [:]
    private var aliases: [UInt64: Int] = [:]

    init(_ v: TokenView, finder: NameFinder) {
        self.v = v
        self.finder = finder
    }

    mutating func link() -> [Entity] {
        let candidates = finder.candidates.sorted { $0.a < $1.a }
        // People first, longest names first, so that shorter mentions find their full name.
        let people = candidates.indices.filter { candidates[$0].kind == .person }
            .sorted { (candidates[$0].b - candidates[$0].a, -candidates[$0].a) > (candidates[$1].b - candidates[$1].a, -candidates[$1].a) }
        var assigned = [Int?](repeating: nil, count: candidates.count)
        for ci in people {
            let c = candidates[ci]
            let key = wordHashes(c.a, c.b)
            if let id = drafts.indices.first(where: { drafts[$0].kind == .person && isSubsequence(key, of: drafts[$0].key) }) {
                assigned[ci] = id
            } else {
                drafts.append(Draft(kind: .person, key: key))
                assigned[ci] = drafts.count - 1
            }
        }
        // Surnames first, then given names, so "Mohamed" links to a Mohamed surname before a first name.
        for id in drafts.indices where drafts[id].kind == .person {
            if let last = drafts[id].key.last, personTokens[last] == nil { personTokens[last] = id }
        }
        for id in drafts.indices where drafts[id].kind == .person {
            for h in drafts[id].key where personTokens[h] == nil && !v.lexiconClass(h).contains(.connector) { personTokens[h] = id }
        }
        for (ci, c) in candidates.enumerated() where c.kind == .place || c.kind == .organization {
            let kind: EntityKind = c.kind == .place ? .place : .organization
            assigned[ci] = entity(kind, phrase: v.phraseHash(c.a, c.b))
        }
        for (ci, c) in candidates.enumerated() {
            if let id = assigned[ci], let alias = c.alias { aliases[v.hashes[alias]] = id }
        }
        for (ci, c) in candidates.enumerated() where c.kind == .undecided {
            assigned[ci] = decide(c)
        }
        // Each distinct name is spelled out once, however often it is mentioned.
        var spelled: [UInt64: String] = [:]
        for (ci, c) in candidates.enumerated() {
            guard let id = assigned[ci] else { continue }
            drafts[id].mentions.append(v.range(c.a, c.b))
            let key = v.phraseHash(c.a, c.b) ^ UInt64(c.b - c.a)
            if let s = spelled[key] {
                drafts[id].names.append(s)
            } else {
                let s = v.string(c.a, c.b)
                spelled[key] = s
                drafts[id].names.append(s)
            }
            drafts[id].tokenCounts.append(c.b - c.a)
            if let t = c.title, !drafts[id].titles.contains(t) { drafts[id].titles.append(t) }
        }
        return entities()
    }

    /// A bare name (one word, or a hyphenated one): person, place, organization or nothing.
    private mutating func decide(_ c: NameCandidate) -> Int? {
        let a = c.a, b = c.b
        let h = b - a == 1 ? v.hashes[a] : v.phraseHash(a, b)
        if let id = aliases[h] { return id }
        if b - a == 1, let id = personTokens[h] {
            // "in Chad" is the country even in an article about a Chad.
            let place = v.placeClass(ScalarHash.combine(ScalarHash.offset, h))
            if !(place.contains(.country) || place.contains(.region)) || !(v.isWord(a - 1, Hashes.in) || v.isWord(a - 1, Hashes.to) || v.isWord(a - 1, Hashes.from)) {
                return id
            }
        }
        if finder.isDemonym(a) { return nil }
        let cls = v.wordClass(a)
        let isName = cls.contains(.given) || cls.contains(.surname)
        let lower = finder.lowerSeen.contains(h)
        let speech = v.has(b, .speech) && v.isLowerWord(b) || v.isPunct(b, ",") && v.has(b + 1, .speech) && v.isLowerWord(b + 1)
        let phrase = b - a == 1 ? ScalarHash.combine(ScalarHash.offset, h) : v.phraseHash(a, b)
        let place = v.placeClass(phrase)
        let allCaps = v.isAllCaps(a) && b - a == 1
        if !place.isEmpty {
            if isName && speech { return person(c) }
            if !place.intersection([.country, .region, .majorCity]).isEmpty {
                if c.initial && lower && !allCaps { return nil }
                return entity(.place, phrase: phrase)
            }
            // Towns: only with context, or when nothing else reads the word.
            if finder.placeContext(a, b, strong: false) || (!isName && !lower && !cls.contains(.common) && !cls.contains(.function) && !c.initial) {
                return entity(.place, phrase: phrase)
            }
            return nil
        }
        if allCaps && v.tokens[a].length <= 6 && !cls.contains(.title) {
            return entity(.organization, phrase: phrase)
        }
        if finder.placeContext(a, b, strong: true) { return entity(.place, phrase: phrase) }
        if lower || cls.contains(.common) || cls.contains(.function) || cls.contains(.title) || cls.contains(.organization) || cls.contains(.facility) || cls.contains(.month) {
            return nil
        }
        let seen = !c.initial || finder.capitalSeen.contains(h)
        let afterThe = v.isWord(a - 1, Hashes.the) && !v.isLowerWord(b)
        if speech && seen { return person(c) }
        if isName && seen && !afterThe { return person(c) }
        let into = v.isWord(a - 1, Hashes.in) || v.isWord(a - 1, Hashes.near) || v.isWord(a - 1, Hashes.outside)
        if !isName && !c.initial && into && !v.isLowerWord(b) { return entity(.place, phrase: phrase) }
        return nil
    }

    private mutating func person(_ c: NameCandidate) -> Int {
        let key = wordHashes(c.a, c.b)
        drafts.append(Draft(kind: .person, key: key))
        for h in key where personTokens[h] == nil { personTokens[h] = drafts.count - 1 }
        return drafts.count - 1
    }

    private mutating func entity(_ kind: EntityKind, phrase: UInt64) -> Int {
        let key = phrase ^ UInt64(kind == .place ? 1 : 2)
        if let id = byPhrase[key] { return id }
        drafts.append(Draft(kind: kind))
        byPhrase[key] = drafts.count - 1
        return drafts.count - 1
    }

    private func wordHashes(_ a: Int, _ b: Int) -> [UInt64] {
        (a..<b).filter { v.isWord($0) }.map { v.hashes[$0] }
    }

    private func isSubsequence(_ small: [UInt64], of big: [UInt64]) -> Bool {
        guard !small.isEmpty, small.count <= big.count else { return false }
        for s in 0...(big.count - small.count) where Array(big[s..<(s + small.count)]) == small { return true }
        return false
    }

    private func entities() -> [Entity] {
        let live = drafts.filter { !$0.mentions.isEmpty }.map { ($0.mentions.min()!, $0) }
        let ordered = live.sorted { $0.0 < $1.0 }.map { $0.1 }
        return ordered.enumerated().map { id, d in
            var order = Array(d.mentions.indices)
            order.sort { d.mentions[$0] < d.mentions[$1] }
            let best = d.names.indices.max { (d.tokenCounts[$0], -$0) < (d.tokenCounts[$1], -$1) }!
            let canonical = d.names[best]
            var aliases: [String] = []
            for n in d.names where n != canonical && !aliases.contains(n) { aliases.append(n) }
            return Entity(id: id, kind: d.kind, canonicalName: canonical, aliases: aliases, titles: d.titles, mentions: order.map { d.mentions[$0] })
        }
    }
}
