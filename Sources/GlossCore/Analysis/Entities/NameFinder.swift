/// Finds capitalised name runs and classifies them as people, places and organizations by
/// gazetteer, name lists, keywords and context; bare one-word names are left undecided for
/// `EntityLinker`, which sees the whole article.
final class NameFinder {
    let v: TokenView
    let used: [Bool]
    /// Folded hashes of words seen in lower case in this article (so they are common words here).
    let lowerSeen: HashTable
    /// Folded hashes of capitalised words seen other than at a sentence start.
    let capitalSeen: HashTable
    let initial: [Bool]
    /// Tokens in a Title Case Headline, where capitals prove nothing and common words break names.
    let headline: [Bool]
    var candidates: [NameCandidate] = []
    /// The rules a run of capitalised words is classified by, in order (all; tests may leave some out).
    var rules: [NameRule] = NameRule.allCases
    /// Phrase hashes of names the text shows to be things, not people or places: a storm
    /// (`Hurricane X`), a work or a vehicle named after its kind (`the film X`, `the X spacecraft`).
    /// One sense per article: no mention of these is a name.
    private(set) var things = HashTable(capacity: 8)
    private var thingCount = 0

    init(_ v: TokenView, used: [Bool]) {
        self.v = v
        self.used = used
        var lowerSeen = HashTable(capacity: v.count / 2 + 16)
        var capitalSeen = HashTable(capacity: v.count / 8 + 16)
        var initial = [Bool](repeating: false, count: v.count)
        for s in v.text.sentences where !s.isEmpty {
            var k = s.lowerBound
            initial[k] = true
            // Opening quotes and brackets keep the start of the sentence.
            while k < s.upperBound && v.tokens[k].kind == .punctuation {
                k += 1
                if k < s.upperBound { initial[k] = true }
            }
        }
        // Title Case lines: most words capitalised, function words too ("Storm Floods Homes In Oaxaca").
        var headline = [Bool](repeating: false, count: v.count)
        for s in v.text.sentences where s.count >= 4 {
            var words = 0, caps = 0, capitalFunction = 0
            for k in s where v.tokens[k].kind == .word {
                words += 1
                if v.tokens[k].flags.contains(.capitalized) {
                    caps += 1
                    if k > s.lowerBound && v.classes[k].contains(.function) && !v.tokens[k].flags.contains(.allCaps) {
                        capitalFunction += 1
                    }
                }
            }
            if words >= 4 && caps * 10 >= words * 8 && capitalFunction > 0 {
                for k in s {
                    headline[k] = true
                    initial[k] = true
                }
            }
        }
        for i in 0..<v.count where v.tokens[i].kind == .word {
            // After an opening quote, a colon or a dash a capital is also not a sign of a name.
            if i > 0, v.tokens[i - 1].kind == .punctuation {
                let p = v.c[v.tokens[i - 1].start]
                if p == ":" || p == "\u{201C}" || p == "\"" || p == "\u{2014}" || p == "(" || p == "\u{2018}" {
                    initial[i] = true
                }
            }
            if v.isLowerWord(i) {
                // Function words are known to be words already; the rest are learnt from this article.
                if !v.classes[i].contains(.function) { lowerSeen.insert(v.hashes[i]) }
            } else if v.isCapitalized(i) && !initial[i] {
                capitalSeen.insert(v.hashes[i])
            }
        }
        // Lines in capitals ("STORM CLOSES THE HARBOUR"): capitals prove nothing there either.
        var shouted = [Bool](repeating: false, count: v.count)
        for s in v.text.sentences where s.count >= 3 {
            var words = 0, caps = 0
            for k in s where v.tokens[k].kind == .word {
                words += 1
                if v.tokens[k].flags.contains(.allCaps) { caps += 1 }
            }
            if words >= 3 && caps == words { for k in s { shouted[k] = true } }
        }
        self.lowerSeen = lowerSeen
        self.capitalSeen = capitalSeen
        self.initial = initial
        self.headline = headline
        self.shouted = shouted
    }

    /// Tokens of a line written in capitals.
    let shouted: [Bool]

    /// A dateline at the start of a line: a place in capitals, then a dash, or an agency in
    /// parentheses and a dash (`OSLO —`, `SAO PAULO (Wire) -`). The end of the place, or nil.
    func datelineEnd(_ i: Int) -> Int? {
        guard v.isAllCaps(i), i == 0 || v.tokens[i].flags.contains(.lineBefore) else { return nil }
        var j = i
        while j < v.count, j - i < 4, v.isAllCaps(j), !used[j] { j += 1 }
        var k = j
        if v.isPunct(k, ","), v.isAllCaps(k + 1) { k += 2 }  // "SPRINGFIELD, OHIO —"
        if v.isPunct(k, "(") {
            var m = k + 1
            while m < v.count, m - k < 6, !v.isPunct(m, ")") { m += 1 }
            guard v.isPunct(m, ")") else { return nil }
            k = m + 1
        }
        return v.isDash(k) ? j : nil
    }

    func run() {
        var i = 0
        let tokens = v.tokens
        while i < tokens.count {
            // Cheap test first: a name starts with a capital, or with a particle such as `al-`.
            if tokens[i].kind != .word
                || (!tokens[i].flags.contains(.capitalized) && !v.classes[i].contains(.connector))
            {
                i += 1
                continue
            }
            guard startsName(i) else {
                i += 1
                continue
            }
            if let e = datelineEnd(i) {
                add(i, e, .place, nil, nil)
                i = e
                continue
            }
            var units: [Range<Int>] = []
            var j = i
            while true {
                let e = unitEnd(j)
                units.append(j..<e)
                j = e
                if startsName(j) && !v.tokens[j].flags.contains(.lineBefore) && !v.isDash(j - 1) { continue }
                // Connectors: Museum of Rail, North and South America, Aviation & Space, Ana de Souza.
                let k = connectorEnd(j)
                if k > j, startsName(k), !v.tokens[k].flags.contains(.lineBefore) {
                    units.append(j..<k)  // a connector unit, recognised by its lower case or `&`
                    j = k
                    continue
                }
                break
            }
            if !shouted[i], let name = thingName(units) {
                things.insert(v.phraseHash(name.lowerBound, name.upperBound))
                thingCount += 1
                // "Ana Ruiz of the Gazette app": what comes before the thing is read as usual.
                var rest = units.prefix { $0.upperBound <= name.lowerBound }
                while let l = rest.last, isConnector(l) || Hashes.stormKinds.contains(v.hashes[l.lowerBound]) {
                    rest.removeLast()
                }
                if !rest.isEmpty { classify(Array(rest), title: nil) }
                i = j
                continue
            }
            if shouted[i] {
                placesInside(units[...])  // only known places count in a line in capitals
            } else if units.count == 1 && units[0].count == 1 {
                classifyWord(units[0].lowerBound)  // most runs: one word, decided cheaply
            } else {
                classify(units, title: nil)
            }
            i = j
        }
        if thingCount > 0 { candidates.removeAll { things.contains(v.phraseHash($0.a, $0.b)) } }
    }

    /// The tokens of the name in `units` that the words around it show to be a thing: after a
    /// storm word inside the run (`Tropical Storm X`), after a lower-case kind (`the film X`,
    /// `tropical storm X`) or before a product noun (`the X spacecraft`). Not an organisation or
    /// facility by keyword, nor a whole gazetteer place.
    private func thingName(_ units: [Range<Int>]) -> Range<Int>? {
        func plain(_ us: ArraySlice<Range<Int>>) -> Bool {
            !us.isEmpty && us.count <= 6 && !hasKeyword(us) && placePrefix(us) != us.count
                && !us.contains { u in
                    !isConnector(u) && (v.has(u.upperBound - 1, .organization) || v.has(u.upperBound - 1, .facility))
                }
        }
        let a = units[0].lowerBound, b = units[units.count - 1].upperBound
        // `the USS Halvard`, `HMS Ardent`: a ship after its prefix, even one named after a place.
        if units.count >= 2, units[0].count == 1, v.isAllCaps(a), Hashes.shipPrefixes.contains(v.hashes[a]),
            !isConnector(units[1])
        {
            let end = units.firstIndex(where: isConnector) ?? units.count
            return end <= 4 ? a..<units[end - 1].upperBound : nil
        }
        if units.count >= 2 {
            for k in 0..<(units.count - 1) where units[k].count == 1 && !isConnector(units[k + 1]) {
                let h = v.hashes[units[k].lowerBound]
                let storm =
                    Hashes.stormHeads.contains(h)
                    || h == Hashes.storm
                        && (k > 0 && Hashes.stormKinds.contains(v.hashes[units[k - 1].lowerBound])
                            || k == 0 && Hashes.stormKinds.contains(v.hashes[max(a - 1, 0)]))
                guard storm else { continue }
                let end = units[(k + 1)...].firstIndex(where: isConnector) ?? units.count
                let name = units[(k + 1)..<end]
                return plain(name) && name.count <= 2 ? name.first!.lowerBound..<name.last!.upperBound : nil
            }
        }
        if v.isLowerWord(a - 1)
            && (Hashes.thingKinds.contains(v.hashes[a - 1])
                || v.isWord(a - 1, Hashes.storm) && v.isLowerWord(a - 2) && Hashes.stormKinds.contains(v.hashes[a - 2]))
        {
            return plain(units[...]) ? a..<b : nil
        }
        // `in Castor: The Lost Years`, `played Orbitfall: Second Front`: a name with a subtitle in
        // capitals after a colon, in the middle of a sentence, is a work's title.
        if v.isLowerWord(a - 1), v.isPunct(b, ":"), b + 1 < v.count, !v.tokens[b + 1].flags.contains(.lineBefore) {
            var e = b + 1
            var words = 0
            while e < v.count, v.isWord(e), !v.tokens[e].flags.contains(.lineBefore),
                v.isCapitalized(e) || (words > 0 && v.has(e, .connector) && v.isCapitalized(e + 1))
            {
                if v.isCapitalized(e) { words += 1 }
                e += 1
            }
            // Not a list of named places after the colon: `four hotels in Tarvik: Harbour Hotel, …`.
            let facility = v.has(e - 1, .organization) || v.has(e - 1, .facility)
            if words >= 2, !facility, e >= v.count || !v.isWord(e) || v.tokens[e].flags.contains(.lineBefore) {
                return plain(units[...]) ? a..<b : nil
            }
        }
        // Before a product noun only the last part of the run is the product's name.
        guard v.isLowerWord(b) && Hashes.productNouns.contains(v.hashes[b]) else { return nil }
        let last = units[((units.lastIndex(where: isConnector) ?? -1) + 1)...]
        return plain(last) ? last.first!.lowerBound..<b : nil
    }

    /// `I've`, `We're`, `Don't`: a capitalised contraction is a pronoun or a verb, never a name.
    private func isContraction(_ i: Int) -> Bool {
        let t = v.tokens[i]
        var k = t.end - 1
        while k > t.start && !Tokenizer.isApostrophe(v.c[k]) { k -= 1 }
        guard k > t.start, k + 1 < t.end else { return false }
        return Hashes.contractionEnds.contains(ScalarHash.hash(v.c, k + 1, t.end))
    }

    // MARK: building runs

    private func startsName(_ i: Int) -> Bool {
        guard i < v.count, !used[i] else { return false }
        if !v.isCapitalized(i) {
            // "el-Sisi", "al-Assad", "bin-Talal": a particle glued to a capitalised name.
            return v.isLowerWord(i) && v.has(i, .connector) && v.tokens[i].length <= 3 && v.isDash(i + 1)
                && v.glued(i + 1) && v.glued(i + 2) && v.isCapitalized(i + 2)
        }
        if v.tokens[i].length >= 3 && isContraction(i) { return false }
        if headline[i] {
            // In a headline a known word is a word, unless it is also a name or a place.
            let cls = v.classes[i]
            let place = v.placeClass(ScalarHash.combine(ScalarHash.offset, v.hashes[i]))
            if place.contains(.country) || place.contains(.region) { return true }
            if cls.contains(.function) && v.placeStarts.get(v.hashes[i]) == 0 || lowerSeen.contains(v.hashes[i]) {
                return false
            }
            if !place.isEmpty || v.placeStarts.get(v.hashes[i]) != 0 { return true }
            if cls.contains(.common) { return false }
        }
        return true
    }

    /// The end of the name unit at `i`, taking in hyphenated parts: `Kovac-Brenner`, `Min-Jun`.
    private func unitEnd(_ i: Int) -> Int {
        var j = i + 1
        while v.isDash(j), v.glued(j), v.glued(j + 1), v.isWord(j + 1), !used[j + 1], !v.isAllCaps(i) {
            if v.isCapitalized(j + 1) {
                if isBlockingPlace(i) && isBlockingPlace(j + 1) { break }  // US-Mexico, Mexico-Guatemala
            } else {
                // "Jae-in", "Hee-chan": a short lower-case syllable after a short capitalised one.
                let content = v.has(j + 1, .common) && !v.has(j + 1, .function)
                guard v.tokens[j + 1].length <= 4, v.tokens[j - 1].length <= 4, v.isCapitalized(j - 1),
                    !v.has(j - 1, .common), !content
                else { break }
            }
            j += 2
        }
        return j
    }

    /// A country, region or major city: too well known to be read as part of a person's name.
    func isBlockingPlace(_ i: Int) -> Bool {
        let cls = v.placeClass(ScalarHash.combine(ScalarHash.offset, v.hashes[i]))
        if cls.contains(.country) || cls.contains(.region) { return true }
        return cls.contains(.majorCity) && !v.has(i, .surname) && !v.has(i, .given)
    }

    private func isPlaceWord(_ i: Int) -> Bool {
        v.placeClass(ScalarHash.combine(ScalarHash.offset, v.hashes[i])) != []
    }

    /// After a run, the end of a connector (`of`, `of the`, `and`, `&`, `de`), or `j` when there is none.
    private func connectorEnd(_ j: Int) -> Int {
        if v.isPunct(j, "&") { return j + 1 }
        guard v.isLowerWord(j), v.has(j, .connector) else { return j }
        if v.isWord(j, Hashes.of), v.isWord(j + 1, Hashes.the) { return j + 2 }
        // Two-word particles: van der, de la, de los, von der.
        if !v.isWord(j, Hashes.of), !v.isWord(j, Hashes.and), v.isLowerWord(j + 1), v.has(j + 1, .connector),
            !v.isWord(j + 1, Hashes.of), !v.isWord(j + 1, Hashes.and)
        {
            return j + 2
        }
        return j + 1
    }

    private func isConnector(_ u: Range<Int>) -> Bool {
        !v.isCapitalized(u.lowerBound) && !(u.count >= 3 && v.isDash(u.lowerBound + 1))
    }

    /// A connector that belongs inside personal names: `von`, `van der`, `de la`, `bin`, `al`.
    private func isParticle(_ u: Range<Int>) -> Bool {
        u.allSatisfy { k in
            let h = v.hashes[k]
            return v.isLowerWord(k) && h != Hashes.of && h != Hashes.and && h != Hashes.the && h != Hashes.on
                && h != Hashes.upon
        }
    }

    // MARK: classifying runs

    /// The text of units `units[p..<q]`.
    private func text(_ units: ArraySlice<Range<Int>>) -> String {
        v.string(units.first!.lowerBound, units.last!.upperBound)
    }

    /// `classify` for a run of one word, without slices: the same rules, much cheaper.
    private func classifyWord(_ i: Int) {
        let cls = v.classes[i]
        // "the North", "the West": a region; "Earth" with a capital: the planet.
        if v.isCapitalized(i), !v.isAllCaps(i), !v.isCapitalized(i + 1),
            Hashes.compass.contains(v.hashes[i]) && v.isWord(i - 1, Hashes.the) || v.hashes[i] == Hashes.earth
        {
            add(i, i + 1, .place, nil, nil)
            return
        }
        // "left the Union", "our Republic": a state named by its kind, with a capital, inside a
        // sentence, neither before a name nor before `of` (the Union of …).
        if v.isCapitalized(i), !v.isAllCaps(i), Hashes.polities.contains(v.hashes[i]), v.isLowerWord(i - 1),
            Hashes.polityDeterminers.contains(v.hashes[i - 1]), !v.isCapitalized(i + 1), !v.isWord(i + 1, Hashes.of)
        {
            add(i, i + 1, .place, nil, nil)
            return
        }
        if !isPlaceWord(i)
            && (cls.contains(.function) || cls.contains(.demonym) || cls.contains(.month) || cls.contains(.weekday)
                || isDemonym(i))
        {
            return
        }
        var title: String? = nil
        if v.isLowerWord(i - 1), v.has(i - 1, .title), !Hashes.verbTitles.contains(v.hashes[i - 1]) {
            title = v.string(i - 1, i)
        }
        add(i, i + 1, title != nil ? .person : .undecided, title, aliasAfter(i + 1))
    }

    /// More units than any name has (the longest, like "Evergreen Aviation & Space Museum of
    /// McMinnville", have about ten).
    static let longestRun = 40

    /// Classifies one run of capitalised units: each of `NameRule.allCases` in order, until one
    /// has decided (it added the candidates, or found there are none).
    private func classify(_ all: [Range<Int>], title: String?) {
        if all.count > Self.longestRun {
            classifyLongRun(all)
            return
        }
        var run = NameRun(units: all[...], title: title)
        for rule in rules where apply(rule, to: &run) == .done { return }
    }

    /// A run longer than any name (a list, a line in capitals) is read part by part between its
    /// connectors, and a part still that long only for the places in it. The rules of `classify`
    /// look at the whole run and call themselves on its rest: on a run of any length they would
    /// be quadratic, and recurse as deep as the run is long.
    private func classifyLongRun(_ units: [Range<Int>]) {
        var start = 0
        for k in 0...units.count where k == units.count || isConnector(units[k]) {
            if k - start > Self.longestRun {
                placesInside(units[start..<k])
            } else if k > start {
                classify(Array(units[start..<k]), title: nil)
            }
            start = k + 1
        }
    }

    private func classifyMulti(_ units: ArraySlice<Range<Int>>, title: String?, alias: Int?) {
        let a = units.first!.lowerBound, b = units.last!.upperBound
        // Shouting: ARMED SOLDIERS.
        if units.allSatisfy({ $0.count == 1 && v.isAllCaps($0.lowerBound) }) {
            // Two short acronyms side by side ("UN WFP") are names; longer capitals are shouted words.
            if units.count <= 2 && units.allSatisfy({ v.tokens[$0.lowerBound].length <= 4 }) {
                units.forEach { add($0.lowerBound, $0.upperBound, .undecided, nil, nil) }
            }
            return
        }
        // A leading acronym: "UNICEF Tom Reyes", "NATO Summit"; but initials "JK Doran" stay.
        if let f = units.first, f.count == 1, v.isAllCaps(f.lowerBound),
            !(v.tokens[f.lowerBound].length <= 2 && !isPlaceWord(f.lowerBound))
        {
            add(f.lowerBound, f.upperBound, .undecided, nil, nil)
            classify(Array(units.dropFirst()), title: title)
            return
        }
        // A describing word before a full name: "Novelist Jane Marsh", "Affairs Lina Farah".
        if units.count >= 3, let f = units.first, f.count == 1, !v.has(f.lowerBound, .given),
            !v.has(f.lowerBound, .surname),
            v.has(f.lowerBound, .common) || NameFinder.ends(v.c, v.tokens[f.lowerBound], Self.ist)
                || NameFinder.ends(v.c, v.tokens[f.lowerBound], Self.ists),
            v.has(units[units.startIndex + 1].lowerBound, .given), isPersonName(units.dropFirst())
        {
            add(units[units.startIndex + 1].lowerBound, b, .person, title, alias)
            return
        }
        // "Central American", "Latin American": a demonym phrase.
        if isDemonym(units.last!.lowerBound) || v.has(units.last!.lowerBound, .demonym) { return }
        // Direction + place: East Los Angeles, Northern Ontario, South Texas.
        if v.has(a, .direction), units.count >= 2,
            v.placeClass(v.phraseHash(units[units.startIndex + 1].lowerBound, b)) != []
        {
            add(a, b, .place, nil, alias)
            return
        }
        // "North Varrakia", "South Tolmenistan": a compass point before one word that is no
        // common word and no personal name is a region, known or not.
        if units.count == 2, Hashes.compass.contains(v.hashes[a]), let u = units.last, u.count == 1,
            v.classes[u.lowerBound].intersection([
                .common, .function, .given, .surname, .title, .organization, .facility, .month, .weekday,
            ]).isEmpty, !lowerSeen.contains(v.hashes[u.lowerBound]), !v.isAllCaps(u.lowerBound)
        {
            add(a, b, .place, nil, alias)
            return
        }
        // A team named by its city or region and a plural nickname: "Toledo Hornets".
        if title == nil, isTeamName(units) {
            add(a, b, .organization, nil, alias)
            return
        }
        // Context that makes an unknown name a place: "the town of X Y", "X Y, Oaxaca".
        let firstGiven = v.has(a, .given)
        if !firstGiven && title == nil && placeContext(a, b, strong: true) {
            add(a, b, .place, nil, alias)
            return
        }
        if title != nil || isPersonName(units) {
            add(a, b, .person, title, alias)
            return
        }
        placesInside(units)
    }

    /// A city or region (not a country), then one or two capitalised words of which the last is
    /// a plural no name list knows: `Toledo Hornets`, `Leeds Red Sox`, `Ohio Mariners`.
    private func isTeamName(_ units: ArraySlice<Range<Int>>) -> Bool {
        let n = placePrefix(units)
        guard n > 0, units.count - n <= 2, units.count > n else { return false }
        let place = v.placeClass(v.phraseHash(units.first!.lowerBound, units[units.startIndex + n - 1].upperBound))
        guard !place.contains(.country) else { return false }
        let nickname = units[(units.startIndex + n)...]
        guard nickname.allSatisfy({ $0.count == 1 && !isConnector($0) && v.isCapitalized($0.lowerBound) }) else {
            return false
        }
        let l = nickname.last!.lowerBound
        let t = v.tokens[l]
        // Plural, not a name ending like one (`Theodorus`, `Curtis`), nor a word the text uses
        // in lower case (`officials`).
        guard t.length >= 3, v.c[t.end - 1] == "s", !["s", "u", "i"].contains(v.c[t.end - 2]), !v.isAllCaps(l),
            !lowerSeen.contains(v.hashes[l])
        else { return false }
        let cls = v.wordClass(l)
        return !cls.contains(.given) && !cls.contains(.surname) && !cls.contains(.organization)
            && !cls.contains(.facility) && !cls.contains(.demonym) && !isDemonym(l)
    }

    /// The places inside a run that is no name itself: "Book Fair Canada" → Canada.
    private func placesInside(_ units: ArraySlice<Range<Int>>) {
        var k = units.startIndex
        while k < units.endIndex {
            // Only as many units as the longest gazetteer name starting with this word: linear, not cubic.
            let n = placePrefix(units[k...])
            if n > 0 {
                let e = k + n - 1
                let cls = v.placeClass(v.phraseHash(units[k].lowerBound, units[e].upperBound))
                if e > k || cls.contains(.country) || cls.contains(.region)
                    || cls.contains(.majorCity) && k == units.startIndex
                {
                    add(units[k].lowerBound, units[e].upperBound, e > k ? .place : .undecided, nil, nil)
                    k = e + 1
                    continue
                }
            }
            k += 1
        }
    }

    /// The number of leading units that form a gazetteer place (longest match), or 0.
    func placePrefix(_ units: ArraySlice<Range<Int>>) -> Int {
        guard let f = units.first, !isConnector(f) else { return 0 }
        let n = Int(v.placeStarts.get(v.hashes[f.lowerBound]))
        guard n > 0 else { return 0 }
        var best = 0
        var k = 0
        for u in units {
            k += 1
            guard u.upperBound - f.lowerBound <= n + 2 else { break }
            if v.placeClass(v.phraseHash(f.lowerBound, u.upperBound)) != [] { best = k }
        }
        return best
    }

    /// Looks like a person's name: first name known, or every part name-like.
    private func isPersonName(_ units: ArraySlice<Range<Int>>) -> Bool {
        guard units.count <= 5 else { return false }
        let first = units.first!.lowerBound
        let rest = units.dropFirst()
        if v.has(first, .article) && !v.has(first, .given) { return false }  // La Bestia, El Chapo
        // A known first name outweighs a place: "Jordan Smith", "Georgia Davis".
        let firstName = v.has(first, .given) && !v.has(first, .common) && units.count > 1
        // In a short name, a part known as a given name or surname vouches for an English-looking
        // ending on the first or last word: "Walid Mansour" ("-ed"), "Lena Dowling" ("-ing").
        let anchored =
            units.count <= 3
            && units.contains { u in
                u.count == 1 && !v.has(u.lowerBound, .common)
                    && (v.has(u.lowerBound, .given) || v.has(u.lowerBound, .surname))
            }
        let part = { (u: Range<Int>) in
            self.isNamePart(u, anchored: anchored && (u == units.first || u == units.last))
        }
        let last = units.last!.lowerBound
        let lastPlace = v.placeClass(ScalarHash.combine(ScalarHash.offset, v.hashes[last]))
        // "Denzel Washington": a place that is also a surname may end a name of name-like parts.
        // "Daniel Ruse": after a known first name that is no place, a province's name is a surname.
        let regionLast =
            units.count == 2 && firstName && !isPlaceWord(first) && units.last!.count == 1
            && lastPlace.contains(.region) && !lastPlace.contains(.majorCity)
        let surnameLast =
            units.count > 1 && !lastPlace.contains(.country) && (v.has(last, .surname) || regionLast)
            && units.dropLast().allSatisfy { part($0) && !($0.count == 1 && isBlockingPlace($0.lowerBound)) }
        // "Tomas Varna", "Ilse Colombo": a known first name, then one word that is a city (even
        // one that names its province too): the surname, not the city. A country, or a region that
        // is no city, stays a place.
        let cityLast =
            firstName && units.count == 2 && units.last!.count == 1 && !v.has(first, .article)
            && !v.has(first, .connector)
            && (lastPlace.contains(.majorCity) || lastPlace.contains(.town))
            && !lastPlace.contains(.country)
        if units.dropFirst(firstName ? 1 : 0).dropLast(surnameLast || cityLast ? 1 : 0).contains(where: {
            $0.count == 1 && isBlockingPlace($0.lowerBound)
        }) {
            return false
        }
        // Names do not end in an acronym or a lone letter: "Pixel Box VR", "Annex B"; but a known
        // first name may have its surname in capitals: "Laura KORVALA".
        let capitalLast =
            firstName && units.last!.count == 1 && v.isAllCaps(last) && isCapitalSurname(last, last: last)
        if let l = units.last, l.count == 1, units.count > 1,
            v.isAllCaps(l.lowerBound) && !capitalLast || v.tokens[l.lowerBound].length == 1
        {
            return false
        }
        if capitalLast && units.dropFirst().dropLast().allSatisfy(part) { return true }
        // "Nadia Green", "Paul Gold": a surname that is also a common word may end a known first name.
        if firstName && surnameLast && units.count <= 3 { return true }
        if v.has(first, .given) && !v.has(first, .common) && rest.allSatisfy(part) { return true }
        // Korean names: a surname and a hyphenated given name ("Park Joo-ho", "Moon Jae-in").
        if units.count == 2, v.has(first, .surname), let l = units.last, l.count == 3, v.isDash(l.lowerBound + 1),
            v.tokens[l.lowerBound].length <= 4, v.tokens[l.lowerBound + 2].length <= 4
        {
            return true
        }
        // Initials: "JK Doran", "T. Walter Greene".
        if v.tokens[first].length <= 2 && (v.isAllCaps(first) || v.tokens[first].flags.contains(.abbreviation))
            && !isPlaceWord(first) && rest.allSatisfy(part)
        {
            return true
        }
        return units.allSatisfy(part) && units.contains { u in !v.isAllCaps(u.lowerBound) }
    }

    /// Word `i` in capitals is a surname written so, not an acronym: the last word of the name,
    /// five letters or more, no word the lexicon knows in another sense.
    private func isCapitalSurname(_ i: Int, last: Int) -> Bool {
        guard i == last, v.tokens[i].length >= 5, !isPlaceWord(i) else { return false }
        return v.classes[i].intersection([.common, .function, .organization, .facility, .title, .demonym]).isEmpty
    }

    /// A part of a name: not a common word here, not an acronym (initials excepted). `anchored`:
    /// another part of the name is a known name, so an `-ed` or `-ing` ending is no sign of an
    /// English word.
    private func isNamePart(_ u: Range<Int>, anchored: Bool = false) -> Bool {
        let i = u.lowerBound
        if isConnector(u) { return isParticle(u) }
        if u.count > 1 { return v.isCapitalized(i) || v.isDash(i + 1) }
        if u.lowerBound > 0, Hashes.nameSuffixes.contains(v.hashes[i]) { return true }  // Jr., III
        if v.tokens[i].flags.contains(.abbreviation) && v.tokens[i].length <= 2 { return true }  // F.
        let cls = v.wordClass(i)
        if cls.contains(.connector) && !cls.contains(.common) { return true }  // De, Van, Bin
        if cls.contains(.function) || cls.contains(.common) || cls.contains(.title) || cls.contains(.demonym)
            || cls.contains(.organization) || cls.contains(.facility)
        {
            // "Hill", "Park", "Rose": a surname or given name that is also a common word, not first.
            return (cls.contains(.given) || cls.contains(.surname)) && !cls.contains(.function)
                && !cls.contains(.common) && u.lowerBound > 0
        }
        if v.isAllCaps(i) && v.tokens[i].length > 2 { return false }
        if lowerSeen.contains(v.hashes[i]) && !cls.contains(.given) && !cls.contains(.surname) { return false }
        // English word endings that names seldom have: Planned, Parenthood, Lives, Meeting, Darkness.
        if !cls.contains(.given) && !cls.contains(.surname) && NameFinder.wordEnding(v.c, v.tokens[i]) {
            return anchored && NameFinder.nameLikeVerbEnding(v.c, v.tokens[i])
        }
        return true
    }

    /// A person's name that stands on its own before `and`: "President Park Ji-hoon", "Anna Berg".
    private func isCompletePerson(_ units: ArraySlice<Range<Int>>) -> Bool {
        guard units.count >= 2, !units.contains(where: isConnector) else { return false }
        if let k = units.lastIndex(where: { $0.count == 1 && v.has($0.lowerBound, .title) }), k < units.endIndex - 1 {
            return isTitledName(units[(k + 1)...])
        }
        return v.has(units.first!.lowerBound, .given) && isPersonName(units)
    }

    /// After a title, what looks like a name is one: common words are allowed ("President Moon Jae-in"),
    /// but not function words, lone suffixes ("King Jr."), places, or words seen in lower case here.
    private func isTitledName(_ units: ArraySlice<Range<Int>>) -> Bool {
        if units.allSatisfy({ $0.count == 1 && Hashes.nameSuffixes.contains(v.hashes[$0.lowerBound]) }) { return false }
        return units.allSatisfy { u in
            if isConnector(u) { return isParticle(u) }
            if u.count > 1 { return v.isCapitalized(u.lowerBound) || v.isDash(u.lowerBound + 1) }
            let i = u.lowerBound
            let cls = v.classes[i]
            if cls.contains(.function) || cls.contains(.demonym) { return false }
            // "President Park": a keyword that is also a surname, not at the end.
            if cls.contains(.organization) || cls.contains(.facility),
                !cls.contains(.surname) || i == units.last!.lowerBound
            {
                return false
            }
            // A title before a country is part of a name of a thing ("Captain Brazil"), not a person.
            if v.placeClass(ScalarHash.combine(ScalarHash.offset, v.hashes[i])).contains(.country) { return false }
            // A common word may start a name after a title ("President Moon"), not end it ("Image").
            if cls.contains(.common) && i == units.last!.lowerBound && !cls.contains(.surname) { return false }
            // A word in capitals is an acronym, not a name, unless it is a long last word: the
            // surname in capitals of some news styles (`President Ana KORVALA`).
            if v.isAllCaps(i) && v.tokens[i].length > 2 && !isCapitalSurname(i, last: units.last!.lowerBound) {
                return false
            }
            return !lowerSeen.contains(v.hashes[i]) || cls.contains(.given) || cls.contains(.surname)
        }
    }

    /// Every unit could be part of a person's name, and none is only a place.
    private func isNameLike(_ units: ArraySlice<Range<Int>>) -> Bool {
        units.allSatisfy { u in
            isNamePart(u) && !(u.count == 1 && isBlockingPlace(u.lowerBound))
        }
    }

    /// A hyphenated one-unit name whose first part is a name: `Kovac-Brenner` is not known, so it needs a title.
    private func isPersonWord(_ i: Int) -> Bool { v.has(i, .given) && !v.has(i, .common) }

    private func hasKeyword(_ units: ArraySlice<Range<Int>>) -> Bool { keywordKind(units) != nil }

    /// The keyword class of one unit's last word.
    private func keywordOf(_ u: Range<Int>) -> NameCandidate.Kind? {
        let i = u.upperBound - 1
        guard !isConnector(u), v.isCapitalized(i) else { return nil }
        if v.has(i, .facility) { return .place }
        if v.has(i, .organization) { return .organization }
        return nil
    }

    /// Organization or facility by keyword, looking first at the head before any `of`.
    private func keywordKind(_ units: ArraySlice<Range<Int>>) -> NameCandidate.Kind? {
        guard units.count > 1 else { return nil }
        let ofIndex = units.firstIndex { isConnector($0) && v.isWord($0.lowerBound, Hashes.of) } ?? units.endIndex
        func kind(_ u: Range<Int>) -> NameCandidate.Kind? {
            let i = u.upperBound - 1
            guard !isConnector(u), v.isCapitalized(i) || v.isCapitalized(u.lowerBound) else { return nil }
            let cls = v.wordClass(i)
            if cls.contains(.facility) { return .place }
            if cls.contains(.organization) { return .organization }
            return nil
        }
        let head = units[units.startIndex..<ofIndex]
        if let last = head.last, head.count > 1 || ofIndex < units.endIndex, let k = kind(last) { return k }
        // Words that name a place before its name: Lake Merritt, Mount Kenya, Cape Horn, Fort Knox.
        if let f = units.first, f.count == 1, Hashes.placeHeads.contains(v.hashes[f.lowerBound]),
            !isConnector(units[units.startIndex + 1])
        {
            return .place
        }
        if let last = units.last, let k = kind(last) { return k }
        for u in head
        where !isConnector(u) && v.has(u.upperBound - 1, .organization) && v.isCapitalized(u.upperBound - 1) {
            return .organization
        }
        return nil
    }

    /// `Peruvian`, `Chilean`, `Kenyan`: ends like a demonym and starts like a country.
    func isDemonym(_ i: Int) -> Bool {
        guard v.isCapitalized(i), !v.isAllCaps(i) else { return false }
        if v.has(i, .demonym) { return true }
        let t = v.tokens[i]
        guard t.length >= 5, !isPlaceWord(i) else { return false }
        guard NameFinder.demonymEnding(v.c, t.start, t.end) else { return false }
        return v.demonymRoots.contains(ScalarHash.hash(v.c, t.start, t.start + 4))
    }

    /// Ends like an English common word rather than a name: -ed, -ing, -ness, -tion, -hood, -ship, -ment...
    static func wordEnding(_ c: [Unicode.Scalar], _ t: Token) -> Bool {
        let n = t.end - t.start
        guard n >= 5 else { return false }
        if verbEnding(c, t) { return true }
        for suffix in wordEndingScalars where ends(c, t, suffix) { return true }
        return false
    }

    /// `-ed` or `-ing` on a word of six letters or more: English verb forms (`Planned`, `Meeting`),
    /// but also names (`Manfred`, `Dowling`).
    static func verbEnding(_ c: [Unicode.Scalar], _ t: Token) -> Bool {
        t.end - t.start >= 6 && (ends(c, t, Self.ed) || ends(c, t, Self.ing))
    }

    /// `verbEnding`, except the endings only verbs have (`Automated`, `Organized`, `Covered`,
    /// `Blessed`): what a known name beside it may still make a name (`Manfred`, `Dowling`).
    static func nameLikeVerbEnding(_ c: [Unicode.Scalar], _ t: Token) -> Bool {
        verbEnding(c, t) && !participleEndings.contains { ends(c, t, $0) }
    }

    private static let participleEndings = ["ated", "ized", "ised", "ered", "ened", "ssed"].map {
        Array($0.unicodeScalars)
    }

    /// Token `t` ends with `u` (and is longer).
    @inline(__always)
    static func ends(_ c: [Unicode.Scalar], _ t: Token, _ u: [Unicode.Scalar]) -> Bool {
        guard t.end - t.start > u.count else { return false }
        var k = t.end - u.count
        for x in u {
            if c[k] != x { return false }
            k += 1
        }
        return true
    }

    private static let ed = Array("ed".unicodeScalars)
    private static let ist = Array("ist".unicodeScalars)
    private static let ists = Array("ists".unicodeScalars)
    private static let ing = Array("ing".unicodeScalars)
    /// `wordEndings` as scalars, so that testing a token against them counts no string.
    private static let wordEndingScalars = wordEndings.map { Array($0.unicodeScalars) }

    static let wordEndings = [
        "ness", "tion", "sion", "hood", "ship", "ment", "ity", "ism", "ful", "less", "ous",
        "able", "ible", "ives", "ance", "ology", "ical", "phobia",
    ]

    /// Ends in -an, -ans, -ian, -ians, -ese or -ish.
    static func demonymEnding(_ c: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var e = end
        if c[e - 1] == "s" && c[e - 2] == "n" { e -= 1 }  // -ans, -ians
        let a = c[e - 3], b = c[e - 2], l = c[e - 1]
        if b == "a" && l == "n" { return true }
        return (a == "e" && b == "s" && l == "e") || (a == "i" && b == "s" && l == "h")
    }

    /// `(MEOV)` right after a name: the index of the alias token.
    /// An alias is an acronym (`(MEOV)`) or a nickname (a given name): a place in parentheses
    /// says where the person is from (`Marta Solis (Chile)`), a team whom they play for.
    private func aliasAfter(_ b: Int) -> Int? {
        guard v.isPunct(b, "("), v.isWord(b + 1), v.isCapitalized(b + 1), v.isPunct(b + 2, ")") else { return nil }
        if isPlaceWord(b + 1) && !v.has(b + 1, .given) { return nil }
        guard v.isAllCaps(b + 1) || v.has(b + 1, .given) else { return nil }
        return b + 1
    }

    /// Context that makes `a..<b` a place: after "the town of", "in"; before ", Oaxaca".
    func placeContext(_ a: Int, _ b: Int, strong: Bool) -> Bool {
        if v.isWord(a - 1, Hashes.of), v.has(a - 2, .placeNoun) { return true }
        if v.isPunct(b, ","), v.isCapitalized(b + 1) {
            // "X, Oaxaca", "X, Texas", "X, Mexico": a known region or country after the comma.
            let n = Int(v.placeStarts.get(v.hashes[b + 1]))
            if n > 0 {
                for len in stride(from: n, through: 1, by: -1) where b + 1 + len <= v.count {
                    let cls = v.placeClass(v.phraseHash(b + 1, b + 1 + len))
                    // "Tlacolula, Oaxaca," but not "Luis Ortega, Peru coach".
                    let after = b + 1 + len
                    if cls.contains(.region) || cls.contains(.country), !v.isWord(after) || v.has(after, .function) {
                        return true
                    }
                }
            }
        }
        if !strong {
            if v.has(a - 1, .placePreposition) && v.isLowerWord(a - 1) { return true }
            // "Dayton, Ohio": after a place and a comma.
            if v.isPunct(a - 1, ","), a >= 2, v.isCapitalized(a - 2), isPlaceWord(a - 2) { return true }
            if v.isPunct(a - 1, ","), v.has(a - 2, .placeNoun), v.isLowerWord(a - 2) { return true }
        }
        return false
    }

    private func add(_ a: Int, _ b: Int, _ kind: NameCandidate.Kind, _ title: String?, _ alias: Int?) {
        candidates.append(NameCandidate(a: a, b: b, kind: kind, title: title, initial: initial[a], alias: alias))
    }
}

/// A run of capitalised units being classified: what is left of it, and the title read so far.
struct NameRun {
    var units: ArraySlice<Range<Int>>
    var title: String?
}

/// The rules that classify a run of capitalised words, in the order they are tried. Each may
/// trim the run or read its title and go on, or decide it (add candidates, or none) and stop.
enum NameRule: CaseIterable, Sendable {
    /// Leading function words, articles and demonyms go: `The`, `In`, `Peruvian`.
    case leadingWords
    /// A whole place name, even one that starts like a title: `St. Louis`, `Mount Vernon`.
    case wholePlaceName
    /// `Dr. Ngozi Okonjo-Iweala of the World Trade Organization`: a titled person, then where they work.
    case titledPersonOfOrganization
    /// `Finance Minister Lena Ortiz Bravo`, `Mr. Smith`, `Governor of Ohio Dana Price`.
    case title
    /// `president María Elena Ortiz Vega`: a title in lower case before the run.
    case lowerCaseTitle
    /// `the Tenants Council Mira Holt`: a person named right after an organization or facility.
    case personAfterOrganization
    /// `Omar Haddad Photo`: trailing common words after a name go.
    case trailingCommonWords
    /// A whole gazetteer name: `New Zealand`, `Gulf of Mexico`.
    case gazetteerName
    /// `Nora Blake of The Evening Courier`: a person, then where they work.
    case personOfOrganization
    /// `the Institute of X and the University of Y`: names joined by `and`, each complete.
    case joinedNames
    /// Organizations and facilities by their keyword: `Lakeside Rail Museum of Dunmore`.
    case keyword
    /// Name particles: `Ursula von der Leyen`, `Abu Samir al Hadi`.
    case particles
    /// Split at connectors: `North and South America`, `Mexico and Guatemala`.
    case connectors
    /// One unit: a person with a title or a known given name, else undecided.
    case singleUnit
    /// Several units: `classifyMulti`.
    case multiUnit
}

extension NameFinder {
    enum NameStep { case next, done }

    fileprivate func apply(_ rule: NameRule, to r: inout NameRun) -> NameStep {
        switch rule {
        case .leadingWords: return leadingWords(&r)
        case .wholePlaceName: return wholePlaceName(r)
        case .titledPersonOfOrganization: return titledPersonOfOrganization(r)
        case .title: return titleRule(&r)
        case .lowerCaseTitle:
            lowerCaseTitle(&r)
            return .next
        case .personAfterOrganization: return personAfterOrganization(r)
        case .trailingCommonWords:
            trailingCommonWords(&r)
            return .next
        case .gazetteerName: return gazetteerName(r)
        case .personOfOrganization: return personOfOrganization(r)
        case .joinedNames: return joinedNames(r)
        case .keyword: return keyword(r)
        case .particles: return particles(r)
        case .connectors: return connectors(r)
        case .singleUnit: return singleUnit(r)
        case .multiUnit:
            classifyMulti(r.units, title: r.title, alias: aliasAfter(r.units.last!.upperBound))
            return .done
        }
    }

    private func leadingWords(_ r: inout NameRun) -> NameStep {
        while let u = r.units.first, !isConnector(u), u.count == 1, placePrefix(r.units) == 0 {
            let cls = v.wordClass(u.lowerBound)
            // "British Ports Association", "Honduran Foreign Ministry": a nationality word is part
            // of an organization's name.
            if cls.contains(.demonym) || isDemonym(u.lowerBound), keywordKind(r.units) == .organization { break }
            if cls.contains(.function) || cls.contains(.demonym) || cls.contains(.month) || cls.contains(.weekday)
                || (initial[u.lowerBound] && cls.contains(.common) && !cls.contains(.title) && !cls.contains(.given)
                    && r.units.count > 1 && !hasKeyword(r.units)
                    && !r.units.dropFirst().contains { $0.count == 1 && v.has($0.lowerBound, .title) })
                || isDemonym(u.lowerBound)
            {
                r.units.removeFirst()
                while let c = r.units.first, isConnector(c) { r.units.removeFirst() }
                continue
            }
            break
        }
        return r.units.isEmpty ? .done : .next
    }

    private func wholePlaceName(_ r: NameRun) -> NameStep {
        let units = r.units
        guard units.count > 1, placePrefix(units) == units.count else { return .next }
        add(units.first!.lowerBound, units.last!.upperBound, .place, nil, aliasAfter(units.last!.upperBound))
        return .done
    }

    private func titledPersonOfOrganization(_ r: NameRun) -> NameStep {
        let units = r.units
        guard let o = units.firstIndex(where: { isConnector($0) && v.isWord($0.lowerBound, Hashes.of) }),
            o + 1 < units.endIndex,
            let k = units[..<o].lastIndex(where: { !isConnector($0) && $0.count == 1 && v.has($0.lowerBound, .title) }),
            k + 1 < o,
            !units[..<o].contains(where: isConnector), !hasKeyword(units[(k + 1)..<o]), isTitledName(units[(k + 1)..<o])
        else { return .next }
        add(units[k + 1].lowerBound, units[o - 1].upperBound, .person, text(units[...k]), nil)
        classify(Array(units[(o + 1)...]), title: nil)
        return .done
    }

    private func titleRule(_ r: inout NameRun) -> NameStep {
        let units = r.units
        guard units.count > 1,
            let k = units.lastIndex(where: { !isConnector($0) && $0.count == 1 && v.has($0.lowerBound, .title) }),
            k < units.endIndex - 1,
            !units[..<k].contains(where: { isConnector($0) && !v.isWord($0.lowerBound, Hashes.of) })
        else { return .next }
        var nameStart = k + 1
        // "Governor of Ohio Dana Price": the place belongs to the title.
        if isConnector(units[k + 1]), v.isWord(units[k + 1].lowerBound, Hashes.of), k + 2 < units.endIndex {
            let rest = units[(k + 2)...]
            let n = placePrefix(rest)
            // "the Mayor of Boston said": an office and its place, no name.
            if n > 0 && k + 2 + n == units.endIndex && !units[..<k].contains(where: isConnector) {
                add(units[k + 2].lowerBound, units.last!.upperBound, .place, nil, aliasAfter(units.last!.upperBound))
                return .done
            }
            if n > 0 && k + 2 + n < units.endIndex {
                add(units[k + 2].lowerBound, units[k + 2 + n - 1].upperBound, .place, nil, nil)
                nameStart = k + 2 + n
            } else if n == 0 {
                // "Minister of Culture Dana Price", "Minister of Science and Technology Olu Ade": the
                // office's common words belong to the title, and the name starts after them.
                var m = k + 2
                while m < units.endIndex - 1, isOfficeWord(units[m]) { m += 1 }
                if m > k + 2, !isConnector(units[m - 1]) { nameStart = m }
            }
        }
        if nameStart < units.endIndex, !isConnector(units[nameStart]), !hasKeyword(units[nameStart...]),
            isTitledName(units[nameStart...])
        {
            // "U.S. Senator Ruth Calder": a place before the title is still a place.
            let n = placePrefix(units[..<(k + 1)])
            if n > 0 && n <= k {
                add(units.first!.lowerBound, units[units.startIndex + n - 1].upperBound, .place, nil, nil)
            }
            r.title = text(units[..<(nameStart)])
            r.units = units[nameStart...]
        }
        return .next
    }

    /// A word of an office's name after its title and `of`: a common word (`State`, `Foreign`,
    /// `Affairs`) that is no personal name, or the `and` between two of them.
    private func isOfficeWord(_ u: Range<Int>) -> Bool {
        if isConnector(u) { return v.isWord(u.lowerBound, Hashes.and) }
        guard u.count == 1 else { return false }
        let i = u.lowerBound
        return v.has(i, .common) && !v.has(i, .given) && !v.has(i, .surname)
    }

    private func lowerCaseTitle(_ r: inout NameRun) {
        if r.title == nil, let a = r.units.first?.lowerBound, v.isLowerWord(a - 1), v.has(a - 1, .title),
            !Hashes.verbTitles.contains(v.hashes[a - 1])
        {
            r.title = v.string(a - 1, a)
        }
    }

    private func personAfterOrganization(_ r: NameRun) -> NameStep {
        let units = r.units
        guard units.count > 3, !units.contains(where: isConnector),
            let k = units.indices.dropLast(2).first(where: { k in
                !isConnector(units[k]) && k > units.startIndex
                    && (v.has(units[k].upperBound - 1, .organization) || v.has(units[k].upperBound - 1, .facility))
            }),
            units[(k + 1)...].allSatisfy({ isNamePart($0) }), isPersonName(units[(k + 1)...])
        else { return .next }
        classify(Array(units[...k]), title: nil)
        classify(Array(units[(k + 1)...]), title: r.title)
        return .done
    }

    private func trailingCommonWords(_ r: inout NameRun) {
        while r.units.count > 2, let l = r.units.last, l.count == 1, v.has(l.lowerBound, .common),
            !v.has(l.lowerBound, .title),
            !hasKeyword(r.units), isPersonName(r.units.dropLast())
        {
            r.units.removeLast()
        }
    }

    private func gazetteerName(_ r: NameRun) -> NameStep {
        let units = r.units
        let a = units.first!.lowerBound, b = units.last!.upperBound
        let place = v.placeClass(v.phraseHash(a, b))
        guard units.count > 1 || units.first!.count > 1, place != [] else { return .next }
        // After a title, a city's name is a person's: `President Joao Pessoa` (a city named after him).
        if r.title != nil && place.intersection([.country, .region]).isEmpty { return .next }
        add(a, b, .place, nil, aliasAfter(b))
        return .done
    }

    private func personOfOrganization(_ r: NameRun) -> NameStep {
        let units = r.units
        let a = units.first!.lowerBound
        guard let o = units.firstIndex(where: { isConnector($0) && v.isWord($0.lowerBound, Hashes.of) }),
            o - units.startIndex >= 2,
            o + 1 < units.endIndex, !hasKeyword(units[..<o]), v.has(a, .given), isPersonName(units[..<o])
        else { return .next }
        add(a, units[o - 1].upperBound, .person, r.title, nil)
        classify(Array(units[(o + 1)...]), title: nil)
        return .done
    }

    /// `President Park and Dr. Adeyemi`: all `and`s are split at once, so long lists stay linear.
    private func joinedNames(_ r: NameRun) -> NameStep {
        let units = r.units
        let joins = units.indices.filter {
            isConnector(units[$0])
                && (v.isWord(units[$0].lowerBound, Hashes.and) || v.isPunct(units[$0].lowerBound, "&"))
        }
        guard let k = joins.first, k > units.startIndex, k + 1 < units.endIndex else { return .next }
        let left = units[..<k]
        let right = units[(k + 1)..<(joins.count > 1 ? joins[1] : units.endIndex)]
        let keyworded =
            (hasKeyword(left) || left.count == 1 && keywordOf(left.first!) != nil)
            && (hasKeyword(right) || placePrefix(right) == right.count)
        guard keyworded || v.isWord(units[k].lowerBound, Hashes.and) && isCompletePerson(left) else { return .next }
        var start = units.startIndex
        for j in joins + [units.endIndex] where j > start {
            classify(Array(units[start..<j]), title: start == units.startIndex ? r.title : nil)
            start = j + 1
        }
        return .done
    }

    private func keyword(_ r: NameRun) -> NameStep {
        let units = r.units
        let a = units.first!.lowerBound, b = units.last!.upperBound
        // "Omar Lane" is a person even when "Lane" is a keyword: a given name, then a surname.
        let surnameKeyword =
            units.count <= 3 && !units.contains(where: isConnector) && v.has(units.first!.lowerBound, .given)
            && !v.has(units.first!.lowerBound, .common) && v.has(units.last!.lowerBound, .surname)
            && units.last!.count == 1
            && units.dropFirst().dropLast().allSatisfy { isNamePart($0) }
        guard units.count > 1, !surnameKeyword, let kind = keywordKind(units) else { return .next }
        let alias = aliasAfter(b)
        // "Lakeside Rail & Steam Museum of Dunmore", "University of the US": the place after `of` stands alone.
        if kind == .place, let o = units.firstIndex(where: { isConnector($0) && v.isWord($0.lowerBound, Hashes.of) }),
            o > units.startIndex,
            o + 1 < units.endIndex,
            v.has(units[o - 1].upperBound - 1, .facility) || v.has(units[o - 1].upperBound - 1, .organization),
            placePrefix(units[(o + 1)...]) == units.endIndex - o - 1
        {
            add(a, units[o - 1].upperBound, kind, r.title, nil)
            add(units[o + 1].lowerBound, b, .place, nil, alias)
            return .done
        }
        add(a, b, kind, r.title, alias)
        // "University of Toronto", "University of Leeds of the UK": places after `of` are still places.
        let ofs = units.indices.filter { isConnector(units[$0]) && v.isWord(units[$0].lowerBound, Hashes.of) }
        for (n, o) in ofs.enumerated() where o + 1 < units.endIndex {
            let segment = units[(o + 1)..<(n + 1 < ofs.count ? ofs[n + 1] : units.endIndex)]
            if !segment.isEmpty, placePrefix(segment) == segment.count {
                add(segment.first!.lowerBound, segment.last!.upperBound, .place, nil, nil)
            }
        }
        return .done
    }

    private func particles(_ r: NameRun) -> NameStep {
        let units = r.units
        guard units.contains(where: isConnector), units.allSatisfy({ !isConnector($0) || isParticle($0) }),
            !isConnector(units.first!),
            !isConnector(units.last!), isPersonName(units.filter { !isConnector($0) }[...])
        else { return .next }
        let b = units.last!.upperBound
        add(units.first!.lowerBound, b, .person, r.title, aliasAfter(b))
        return .done
    }

    private func connectors(_ r: NameRun) -> NameStep {
        guard r.units.contains(where: isConnector) else { return .next }
        var part: [Range<Int>] = []
        for u in r.units {
            if isConnector(u) {
                if !part.isEmpty { classify(part, title: nil) }
                part = []
            } else {
                part.append(u)
            }
        }
        if !part.isEmpty { classify(part, title: nil) }
        return .done
    }

    private func singleUnit(_ r: NameRun) -> NameStep {
        guard r.units.count == 1, let u = r.units.first else { return .next }
        let a = u.lowerBound, b = u.upperBound
        // A hyphenated single name (Kovac-Brenner, Spider-Gwen) with a known given name is a person.
        let person = r.title != nil || (u.count > 1 && isPersonWord(a))
        add(a, b, person ? .person : .undecided, r.title, aliasAfter(b))
        return .done
    }
}
