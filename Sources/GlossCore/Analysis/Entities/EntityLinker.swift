/// Turns name candidates into entities: one per person, place or organization per article,
/// linking surname-only mentions (`Ortiz Vega`, `Calder`) and parenthesised aliases (`MEOV`)
/// to the full name, and deciding bare one-word names from what the whole article says.
struct EntityLinker {
    private struct Draft {
        var kind: EntityKind
        /// Mentions as token ranges, in text order.
        var spans: [Range<Int>] = []
        var titles: [String] = []
        var titleSet: Set<String> = []
        /// Folded hashes of the fullest name's tokens.
        var key: [UInt64] = []
    }

    let v: TokenView
    let finder: NameFinder
    private var drafts: [Draft] = []
    // Hash → entity id (`IDTable`: as many ids as the article has entities).
    private var byPhrase = IDTable(capacity: 64)
    private var personTokens = IDTable(capacity: 64)
    /// Tokens that end a person's name (surnames), as opposed to first and middle names.
    private var surnameTokens = HashTable(capacity: 64)
    private var aliases = IDTable(capacity: 16)
    /// Each run of up to `indexedRun` words of a person's name → the first person whose name
    /// holds it, so a shorter mention finds its full name in one look-up.
    private var personRuns = IDTable(capacity: 64)
    /// Longer runs than this are found only as a whole name: no one's name is that long.
    static let indexedRun = 8

    /// Sees each name before the tagger judges it: mentions, the rules' verdict, features.
    typealias Observer = (TokenView, NameFinder, [NameCandidate], NameTagger.Rule, [Int32]) -> Void
    let useTagger: Bool
    let observe: Observer?

    init(_ v: TokenView, finder: NameFinder, tagger: Bool = false, observe: Observer? = nil) {
        self.v = v
        self.finder = finder
        self.useTagger = tagger
        self.observe = observe
    }

    mutating func link() -> [Entity] {
        let candidates = finder.candidates.sorted { $0.a < $1.a }
        // People first, longest names first, so that shorter mentions find their full name.
        let people = candidates.indices.filter { candidates[$0].kind == .person }
            .sorted {
                (candidates[$0].b - candidates[$0].a, -candidates[$0].a) > (
                    candidates[$1].b - candidates[$1].a, -candidates[$1].a
                )
            }
        var assigned = [Int?](repeating: nil, count: candidates.count)
        // Aliases given in parentheses, and the candidate that gave each: "(MEOV)".
        var aliasOwner = IDTable(capacity: 16)
        for (ci, c) in candidates.enumerated() { if let a = c.alias { aliasOwner.add(v.hashes[a], ci) } }
        for ci in people {
            let c = candidates[ci]
            let key = wordHashes(c.a, c.b)
            if key.count == 1, let owner = aliasOwner.id(key[0]), let id = assigned[owner] {
                assigned[ci] = id  // "judge MEOV": a titled mention of an alias
            } else if let id = person(containing: key) {
                assigned[ci] = id
            } else {
                drafts.append(Draft(kind: .person, key: key))
                indexRuns(of: drafts.count - 1)
                assigned[ci] = drafts.count - 1
            }
        }
        // Surnames first, then given names, so "Haddad" links to a Haddad surname before a first name.
        for id in drafts.indices where drafts[id].kind == .person {
            if let last = drafts[id].key.last, !personTokens.contains(last) {
                personTokens.add(last, id)
                surnameTokens.insert(last)
            }
        }
        for id in drafts.indices where drafts[id].kind == .person {
            for h in drafts[id].key where !v.lexiconClass(h).contains(.connector) { personTokens.add(h, id) }
        }
        for (ci, c) in candidates.enumerated() where c.kind == .place || c.kind == .organization {
            let kind: EntityKind = c.kind == .place ? .place : .organization
            assigned[ci] = entity(kind, phrase: v.phraseHash(c.a, c.b))
        }
        for (ci, c) in candidates.enumerated() {
            if let id = assigned[ci], let alias = c.alias { aliases.add(v.hashes[alias], id) }
        }
        for (ci, c) in candidates.enumerated() where c.kind == .undecided {
            assigned[ci] = decide(c)
        }
        if useTagger || observe != nil { tag(candidates, &assigned) }
        for (ci, c) in candidates.enumerated() {
            guard let id = assigned[ci] else { continue }
            drafts[id].spans.append(c.a..<c.b)
            if let t = c.title, drafts[id].titleSet.insert(t).inserted { drafts[id].titles.append(t) }
        }
        return entities()
    }

    /// A bare name (one word, or a hyphenated one): person, place, organization or nothing.
    private mutating func decide(_ c: NameCandidate) -> Int? {
        let a = c.a, b = c.b
        let h = b - a == 1 ? v.hashes[a] : v.phraseHash(a, b)
        if let id = aliases.id(h) { return id }
        if b - a == 1, let id = personTokens.id(h) {
            let place = v.placeClass(ScalarHash.combine(ScalarHash.offset, h))
            let after = v.isWord(a - 1, Hashes.in) || v.isWord(a - 1, Hashes.to) || v.isWord(a - 1, Hashes.from)
            let speech = v.has(b, .speech) && v.isLowerWord(b)
            if surnameTokens.contains(h) {
                // "in Chad" is the country even in an article about a Chad.
                if !(place.contains(.country) || place.contains(.region)) || !after { return id }
            } else if place.isEmpty || speech {
                return id
            } else if !place.contains(.country) && !finder.placeContext(a, b, strong: false) && !after
                && (!place.contains(.region)
                    || drafts[id].key.count > 1 && drafts[id].key.first == h && !listedAfterPlace(a))
            {
                // A first name alone ("Florence said", "with Victoria" after Victoria Lund) is the
                // person; a known place with context, a country, or a region that is no full
                // name's first name or follows a place in a list, is the place.
                return id
            }
        }
        if finder.isDemonym(a) { return nil }
        // Right after a number a capital names a model or a unit, not a person: "737 Max", "5 Series".
        if v.isNumber(a - 1) && v.tokens[a - 1].length <= 3 && !v.tokens[a].flags.contains(.lineBefore)
            && !v.isAllCaps(a)
        {
            return nil
        }
        let cls = v.wordClass(a)
        let isName = cls.contains(.given) || cls.contains(.surname)
        let lower = finder.lowerSeen.contains(h)
        let speech =
            v.has(b, .speech) && v.isLowerWord(b) || v.isPunct(b, ",") && v.has(b + 1, .speech) && v.isLowerWord(b + 1)
        let phrase = b - a == 1 ? ScalarHash.combine(ScalarHash.offset, h) : v.phraseHash(a, b)
        let place = v.placeClass(phrase)
        let allCaps = v.isAllCaps(a) && b - a == 1
        // `Figure 2`, `Table 3`, `Extract 1`: a label before its number names nothing.
        if v.isNumber(b), Hashes.identifierNouns.contains(h) { return nil }
        // `Lindqvist et al.`: the first author of a cited work.
        if v.isWord(b, Hashes.et), v.isWord(b + 1, Hashes.al), !allCaps, !cls.contains(.function) { return person(c) }
        if !place.isEmpty {
            // `Dana said` is Dana; `China says`, `Georgia said` is the country or state speaking.
            if isName && speech && place.intersection([.country, .region]).isEmpty { return person(c) }
            if !place.intersection([.country, .region, .majorCity]).isEmpty {
                if c.initial && lower && !allCaps { return nil }
                return entity(.place, phrase: phrase)
            }
            // Towns: only with context, or when nothing else reads the word.
            if finder.placeContext(a, b, strong: false)
                || (!isName && !lower && !cls.contains(.common) && !cls.contains(.function) && !c.initial)
            {
                return entity(.place, phrase: phrase)
            }
            return nil
        }
        // Not the last word of a title with its year (`Early Recollections (1806)`).
        if !allCaps, !lower, !cls.contains(.function), !cls.contains(.common), !v.isWord(a - 1, Hashes.the),
            !(v.isWord(a - 1) && v.isCapitalized(a - 1)), citedWithYear(b)
        {
            return person(c)
        }
        if allCaps && v.tokens[a].length <= 6 && !cls.contains(.title) {
            // Shouted words (UNLESS) and Roman numerals (XVII) are not acronyms.
            let t = v.tokens[a]
            let plain = v.lexiconClass(ScalarHash.hash(v.c, t.start, t.end))
            if plain.contains(.function) || plain.contains(.common) { return nil }
            if (t.start..<t.end).allSatisfy({ "IVXLCDM".unicodeScalars.contains(v.c[$0]) }) { return nil }
            return entity(.organization, phrase: phrase)
        }
        if finder.placeContext(a, b, strong: true) { return entity(.place, phrase: phrase) }
        if lower || cls.contains(.common) || cls.contains(.function) || cls.contains(.title)
            || cls.contains(.organization) || cls.contains(.facility) || cls.contains(.month)
        {
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

    /// `in Georgia and Virginia`, `Ohio, Virginia`: the name at `a` follows a known place in a list.
    private func listedAfterPlace(_ a: Int) -> Bool {
        guard v.isWord(a - 1, Hashes.and) || v.isPunct(a - 1, ","), v.isWord(a - 2), v.isCapitalized(a - 2) else {
            return false
        }
        return !v.placeClass(ScalarHash.combine(ScalarHash.offset, v.hashes[a - 2])).isEmpty
    }

    /// `Quilis (1964)`, `Quilis, (2000)`, `(Hein, Marks, & Lund, 2016)`: an author cited with a
    /// year, alone or in a list of names that ends with the year and a closing bracket.
    private func citedWithYear(_ b: Int) -> Bool {
        func year(_ i: Int) -> Bool { v.isNumber(i) && v.tokens[i].length == 4 && v.isPunct(i + 1, ")") }
        var i = b
        if v.isPunct(i, ","), v.isPunct(i + 1, "(") { i += 1 }
        if v.isPunct(i, "("), year(i + 1) { return true }
        while i < v.count && i - b < 16 {
            if v.isPunct(i, ","), year(i + 1) { return true }
            let part =
                v.isPunct(i, ",") || v.isPunct(i, "&") || v.isWord(i, Hashes.and) || v.isWord(i, Hashes.et)
                || v.isWord(i, Hashes.al) || v.isPunct(i, ".") || (v.isWord(i) && v.isCapitalized(i))
            guard part else { return false }
            i += 1
        }
        return false
    }

    /// One sense per article: the candidates of one entity (or, when the rules kept none, of
    /// one spelling) are one name, judged once by `NameTagger`; its verdict moves the entity to
    /// person or place, or drops it (an organisation the rules found by keyword stays one).
    private mutating func tag(_ candidates: [NameCandidate], _ assigned: inout [Int?]) {
        var groupOfDraft = [Int](repeating: -1, count: drafts.count)
        var groupOfPhrase = IDTable(capacity: 64)
        var groupOf = [Int](repeating: -1, count: candidates.count)
        var draftOf: [Int?] = []
        // Kept names first: a spelling the rules dropped somewhere but kept elsewhere joins the
        // name it was kept as (`in Tarvik` … `Tarvik has`: one place).
        for (ci, c) in candidates.enumerated() {
            guard let id = assigned[ci] else { continue }
            if groupOfDraft[id] < 0 {
                groupOfDraft[id] = draftOf.count
                draftOf.append(id)
            }
            groupOf[ci] = groupOfDraft[id]
            groupOfPhrase.add(v.phraseHash(c.a, c.b), groupOfDraft[id])
        }
        for (ci, c) in candidates.enumerated() where assigned[ci] == nil {
            let h = v.phraseHash(c.a, c.b)
            if let known = groupOfPhrase.id(h) {
                groupOf[ci] = known
            } else {
                groupOf[ci] = draftOf.count
                groupOfPhrase.add(h, draftOf.count)
                draftOf.append(nil)
            }
        }
        // The members of each group in text order, in one flat array (a counting sort).
        var start = [Int](repeating: 0, count: draftOf.count + 1)
        for g in groupOf { start[g + 1] += 1 }
        for g in 0..<draftOf.count { start[g + 1] += start[g] }
        var fill = start
        var flat = [Int](repeating: 0, count: candidates.count)
        for (ci, g) in groupOf.enumerated() {
            flat[fill[g]] = ci
            fill[g] += 1
        }
        var features: [Int32] = []
        features.reserveCapacity(256)
        var mentions: [NameCandidate] = []
        mentions.reserveCapacity(NameTagger.mentionsRead)
        for g in 0..<draftOf.count {
            let list = flat[start[g]..<start[g + 1]]
            let rule: NameTagger.Rule
            if let id = draftOf[g] {
                switch drafts[id].kind {
                case .person: rule = .person
                case .place: rule = .place
                case .organization: rule = .organization
                }
            } else {
                rule = .none
            }
            mentions.removeAll(keepingCapacity: true)
            for ci in list.prefix(NameTagger.mentionsRead) { mentions.append(candidates[ci]) }
            NameTagger.features(v, finder: finder, mentions: mentions, rule: rule, into: &features)
            observe?(v, finder, list.map { candidates[$0] }, rule, features)
            guard useTagger else { continue }
            // Every mention of a kept name is kept (one sense per article), unless the tagger says otherwise.
            if let id = draftOf[g] { for ci in list { assigned[ci] = id } }
            guard
                let label = NameTagger.label(
                    features, rule: rule, protected: NameTagger.isProtected(v, finder, mentions[...]))
            else { continue }
            // A brand or a coined word is no place the rules did not know: `ZapTube`, `Glorbology`.
            if label == .place, rule != .place, brandShaped(mentions[0]) { continue }
            switch (label, draftOf[g]) {
            case (.other, _?) where rule != .organization:
                for ci in list { assigned[ci] = nil }
            case (.person, let id?) where rule != .person, (.place, let id?) where rule != .place:
                drafts[id].kind = label == .person ? .person : .place
            case (.person, nil):
                let first = candidates[list.first!]
                drafts.append(Draft(kind: .person, key: wordHashes(first.a, first.b)))
                for ci in list { assigned[ci] = drafts.count - 1 }
            case (.place, nil):
                let first = candidates[list.first!]
                let id = entity(.place, phrase: v.phraseHash(first.a, first.b))
                for ci in list { assigned[ci] = id }
            default:
                break
            }
        }
    }

    /// One word no gazetteer knows, shaped like a brand or a coined word rather than a place:
    /// inner capitals (`ZapTube`), an English word ending (`Glorbology`, `Vexism`), or two common
    /// words hyphenated (`Night-Harbor`).
    private func brandShaped(_ c: NameCandidate) -> Bool {
        let a = c.a, b = c.b
        guard v.placeClass(v.phraseHash(a, b)).isEmpty else { return false }
        if b - a == 3 { return v.isDash(a + 1) && v.has(a, .common) && v.has(a + 2, .common) }
        guard b - a == 1, !v.isAllCaps(a) else { return false }
        let t = v.tokens[a]
        if NameFinder.wordEnding(v.c, t) { return true }
        // A capital right after a small letter: `ZapTube`, not `U.N.`.
        var k = t.start + 1
        while k < t.end {
            if Tokenizer.isUpper(v.c[k]) && Tokenizer.isLetter(v.c[k - 1]) && !Tokenizer.isUpper(v.c[k - 1]) {
                return true
            }
            k += 1
        }
        return false
    }

    private mutating func person(_ c: NameCandidate) -> Int {
        let key = wordHashes(c.a, c.b)
        drafts.append(Draft(kind: .person, key: key))
        for h in key { personTokens.add(h, drafts.count - 1) }
        return drafts.count - 1
    }

    private mutating func entity(_ kind: EntityKind, phrase: UInt64) -> Int {
        // `U.S.`, `US` and `United States` are one place.
        let same = kind == .place ? v.sameCountry.get(phrase) : 0
        let key = (same != 0 ? same : phrase) ^ UInt64(kind == .place ? 1 : 2)
        if let id = byPhrase.id(key) { return id }
        drafts.append(Draft(kind: kind))
        byPhrase.add(key, drafts.count - 1)
        return drafts.count - 1
    }

    private func wordHashes(_ a: Int, _ b: Int) -> [UInt64] {
        (a..<b).filter { v.isWord($0) }.map { v.hashes[$0] }
    }

    /// The hash of a run of name words, as `indexRuns` stores it.
    private static func runHash(_ words: ArraySlice<UInt64>) -> UInt64 {
        words.reduce(ScalarHash.offset) { ScalarHash.combine($0, $1) }
    }

    /// Indexes the runs of words of person `id`'s name (each run keeps the first person found).
    private mutating func indexRuns(of id: Int) {
        let key = drafts[id].key
        for s in key.indices {
            var h = ScalarHash.offset
            for e in s..<min(key.count, s + Self.indexedRun) {
                h = ScalarHash.combine(h, key[e])
                personRuns.add(h, id)
            }
        }
        if key.count > Self.indexedRun { personRuns.add(Self.runHash(key[...]), id) }
    }

    /// The first person whose name holds the words `key` in a row: `Ortiz Vega` in `Andrés
    /// Manuel Ortiz Vega`. (Like every phrase here, a run of words is known by its hash.)
    private func person(containing key: [UInt64]) -> Int? {
        key.isEmpty ? nil : personRuns.id(Self.runHash(key[...]))
    }

    private func entities() -> [Entity] {
        let live = drafts.filter { !$0.spans.isEmpty }.sorted { $0.spans[0].lowerBound < $1.spans[0].lowerBound }
        return live.enumerated().map { id, d in
            // The fullest name (most tokens, first seen) is canonical; each other name is spelled once.
            var best = d.spans[0]
            for s in d.spans where s.count > best.count { best = s }
            let bestHash = v.phraseHash(best.lowerBound, best.upperBound)
            // Most entities have a few distinct names, but an article can give one thousands of aliases.
            var seen: Set<UInt64> = [bestHash]
            var aliases: [String] = []
            for s in d.spans where seen.insert(v.phraseHash(s.lowerBound, s.upperBound)).inserted {
                aliases.append(v.string(s.lowerBound, s.upperBound))
            }
            return Entity(
                id: id, kind: d.kind, canonicalName: v.string(best.lowerBound, best.upperBound), aliases: aliases,
                titles: d.titles,
                mentions: d.spans.map { v.range($0.lowerBound, $0.upperBound) })
        }
    }
}

/// Hashes to entity (or candidate) ids: any number of them, unlike the word lists' 16-bit values.
typealias IDTable = HashMap<Int>

extension HashMap where Value == Int {
    /// The id stored for `key`.
    func id(_ key: UInt64) -> Int? {
        let v = get(key)
        return v == 0 ? nil : v - 1
    }

    /// Stores `id` for `key` unless it already has one (the first id wins).
    mutating func add(_ key: UInt64, _ id: Int) {
        if !contains(key) { insert(key, id + 1) }
    }
}
