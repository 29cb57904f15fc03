/// Turns a speaker mention into a `Speaker`: links it to a person (or organization) entity,
/// resolves `he`/`she` to the person last named in subject position and `it` to the
/// organization, or keeps a descriptive phrase as it is.
struct SpeakerNamer {
    let search: SpeakerSearch
    let entities: [Entity]
    /// Every mention once, so that naming a speaker looks up a few mentions instead of reading
    /// all of them (which made attribution quadratic: quotes × mentions).
    private let mentions: MentionIndex

    init(search: SpeakerSearch, entities: [Entity]) {
        self.search = search
        self.entities = entities
        mentions = MentionIndex(entities)
    }

    var text: TokenizedText { search.text }

    func speaker(for m: SpeakerMention) -> Speaker {
        let tokens = text.tokens
        let range = TextRange(tokens[m.tokens.lowerBound].start, tokens[m.tokens.upperBound - 1].end)
        if m.isPronoun {
            let it = text.isWord(m.tokens.lowerBound, "it")
            if it || text.has(m.tokens.lowerBound, .personPronoun) {
                switch antecedent(before: m.tokens.lowerBound, institution: it) {
                case .entity(let e): return Speaker(name: e.canonicalName, mention: range, entityID: e.id)
                case .name(let name): return Speaker(name: name, mention: range)
                case nil:
                    if !it, let e = lastPerson(before: range.start) {
                        return Speaker(name: e.canonicalName, mention: range, entityID: e.id)
                    }
                }
            }
            return Speaker(name: text.string(range.start, range.end), mention: range)
        }
        // `Tomas Herrera of Lisbon said`: the person named first is the speaker, and the mention.
        if let (e, mention) = personOpening(range) {
            return Speaker(name: e.canonicalName, mention: mention, entityID: e.id)
        }
        if !describesSomeoneElse(m.tokens), let e = entity(headOf: range) {
            return Speaker(name: e.canonicalName, mention: range, entityID: e.id)
        }
        // `Calder's statement added`: the statement's author speaks.
        let last = m.tokens.upperBound - 1
        if m.tokens.count >= 3, text.has(last, .document), search.isPossessive(last - 1) {
            let owner = TextRange(range.start, tokens[last - 2].end)
            if let e = entity(headOf: owner), e.kind == .person || e.kind == .organization {
                return Speaker(name: e.canonicalName, mention: range, entityID: e.id)
            }
        }
        return Speaker(name: collapsed(range), mention: range)
    }

    /// `a spokesman for X`, `a lawyer of X`: a common noun with a preposition makes the name the
    /// complement, not the speaker (`Governor of Washington X` keeps it: the noun is a title).
    private func describesSomeoneElse(_ r: Range<Int>) -> Bool {
        for i in r where i > r.lowerBound && text.has(i, .preposition) {
            if text.isWord(i - 1) && !text.isCapitalized(i - 1) { return true }
        }
        return false
    }

    /// The person or organization whose mention ends the phrase (`Finance Minister Lena Ortiz`):
    /// a person named inside a description (`a spokesman for X`) is not the speaker.
    private func entity(headOf r: TextRange) -> Entity? {
        // `Andrew Opie of the Retail Consortium`, `Jo Lim, head of X`: a person named first and
        // then placed in an organization is the speaker, not the organization at the end.
        if let (first, _) = personOpening(r) { return first }
        // The first person with a mention ending there, else the first organization.
        var best: Entity? = nil
        for m in mentions.ending(at: r.end) where TextRange(m.start, m.end).overlaps(r) {
            let e = entities[m.id]
            if e.kind == .person { return e }
            if e.kind != .place && best == nil { best = e }
        }
        return best
    }

    /// The person whose mention opens the phrase and is followed by `of`, `from`, `at` or a comma.
    private func personOpening(_ r: TextRange) -> (Entity, TextRange)? {
        for m in mentions.starting(from: r.start, before: r.start + 1)
        where entities[m.id].kind == .person && m.end < r.end {
            let k = text.tokenIndex(atOrAfter: m.end)
            guard k < text.tokens.count, text.tokens[k].start < r.end else { continue }
            if text.isPunct(k, ",") || text.isWord(k, "of") || text.isWord(k, "from") || text.isWord(k, "at") {
                return (entities[m.id], TextRange(m.start, m.end))
            }
        }
        return nil
    }

    /// The person entity with the latest mention before `offset`.
    private func lastPerson(before offset: Int) -> Entity? {
        mentions.lastPerson(endingBy: offset).map { entities[$0] }
    }

    /// Who a pronoun stands for.
    private enum Antecedent {
        case entity(Entity)
        case name(String)
    }

    /// The person closest before token `p` in subject position (the subject of a cue verb or of a
    /// sentence), read back over a few sentences: `Jane Roe met Ann. She said…` is Jane Roe, though
    /// Ann was named last. With entities, the subject must hold a person's mention; without, it
    /// must end in a name that is not an institution's (`the City Council`).
    private func antecedent(before p: Int, institution: Bool) -> Antecedent? {
        var s = text.sentenceIndex(ofToken: p)
        var hi = p
        var steps = 0
        while s >= 0 && steps < 8 {
            let lo = text.sentences[s].lowerBound
            // (mention, whether a cue verb backs it: a bare sentence subject needs a fuller name).
            var candidates: [(SpeakerMention, Bool)] = []
            let cs = search.cues(lo, hi)
            for (i, v) in cs.enumerated() {
                if let m = search.subject(of: v, earlier: Array(cs.dropFirst(i + 1)), lo: lo) {
                    candidates.append((m, true))
                }
            }
            if let m = search.mainSubject(lo, hi) { candidates.append((m, false)) }
            candidates.sort { $0.0.tokens.lowerBound > $1.0.tokens.lowerBound }
            for (c, cued) in candidates
            where !c.isPronoun && c.tokens.upperBound <= p && !search.isQuoted(c.tokens.lowerBound) {
                let r = TextRange(text.tokens[c.tokens.lowerBound].start, text.tokens[c.tokens.upperBound - 1].end)
                if institution {
                    // `it` stands for an organization: an entity, or a phrase like `the ministry`.
                    if !entities.isEmpty {
                        if let e = entity(in: r, kind: .organization) { return .entity(e) }
                        continue
                    }
                    if text.has(c.tokens.lowerBound, .determiner) && !text.has(c.tokens.lowerBound, .personPronoun) {
                        return .name(collapsed(r))
                    }
                    continue
                }
                if !entities.isEmpty {
                    if let e = entity(in: r, kind: .person) { return .entity(e) }
                    continue
                }
                guard var name = trailingName(c.tokens) else { continue }
                // Any sentence starts with a capital: one capitalised word there is a name only beside a cue.
                if !cued && name.count < 2 && name.lowerBound == c.tokens.lowerBound && c.tokens.lowerBound == lo {
                    continue
                }
                // `The White House`, `the Home Office`: an institution, not a person a pronoun stands for.
                if name.lowerBound > c.tokens.lowerBound && text.has(name.lowerBound - 1, .determiner) { continue }
                if let t = name.lastIndex(where: { text.has($0, .title) }), t + 1 < name.upperBound {
                    name = (t + 1)..<name.upperBound
                }
                return .name(
                    collapsed(TextRange(text.tokens[name.lowerBound].start, text.tokens[name.upperBound - 1].end)))
            }
            s -= 1
            steps += 1
            if s >= 0 { hi = text.sentences[s].upperBound }
        }
        return nil
    }

    /// The entity of that kind with the last mention inside `r`.
    private func entity(in r: TextRange, kind: EntityKind) -> Entity? {
        // The latest mention inside, the first entity on a tie.
        var best: (start: Int, id: Int)? = nil
        for m in mentions.starting(from: r.start, before: r.end) where m.end <= r.end && entities[m.id].kind == kind {
            if best == nil || m.start > best!.start { best = (m.start, m.id) }
        }
        return best.map { entities[$0.id] }
    }

    /// The name in a phrase: the first run of capitalised words before a preposition (`Jane Roe of
    /// The Daily`), else its longest run (the last, on a tie), without a leading determiner:
    /// `spokeswoman Jane Roe` → `Jane Roe`.
    private func trailingName(_ r: Range<Int>) -> Range<Int>? {
        var best: Range<Int>? = nil
        var i = r.lowerBound
        while i < r.upperBound {
            guard text.isCapitalized(i) else {
                i += 1
                continue
            }
            var s = i
            var e = i
            while e < r.upperBound && (text.isCapitalized(e) || (e > s && text.isInnerHyphen(e))) { e += 1 }
            while s < e && text.has(s, .determiner) { s += 1 }
            // `Priya Nair of Capital Research`: the name comes before the place they work.
            if s < e && e < r.upperBound && text.has(e, .preposition) && !text.has(s, .title) { return s..<e }
            if s < e && (best == nil || e - s >= best!.count) { best = s..<e }
            i = e
        }
        return best
    }

    /// The text of a range with runs of white space made single spaces.
    private func collapsed(_ r: TextRange) -> String {
        var v = String.UnicodeScalarView()
        var space = false
        for s in text.scalars[r.start..<r.end] {
            if Tokenizer.isSpace(s) {
                space = true
                continue
            }
            if space && !v.isEmpty { v.append(" ") }
            space = false
            v.append(s)
        }
        return String(v)
    }
}

/// The mentions of an article's entities, sorted by where they start and by where they end.
private struct MentionIndex {
    typealias Mention = (start: Int, end: Int, id: Int)

    /// Every mention, by start then index in the entities.
    private var byStart: [Mention] = []
    /// Every mention, by end then index in the entities.
    private var byEnd: [Mention] = []
    /// `latestPerson[i]`: among `byEnd[...i]`, the person's mention that starts latest (the
    /// first entity on a tie), if any.
    private var latestPerson: [Mention?] = []

    init(_ entities: [Entity]) {
        for (id, e) in entities.enumerated() {
            for m in e.mentions { byStart.append((m.start, m.end, id)) }
        }
        byStart.sort { ($0.start, $0.id) < ($1.start, $1.id) }
        byEnd = byStart.sorted { ($0.end, $0.id) < ($1.end, $1.id) }
        var latest: Mention? = nil
        for m in byEnd {
            if entities[m.id].kind == .person,
                latest.map({ m.start > $0.start || (m.start == $0.start && m.id < $0.id) }) ?? true
            {
                latest = m
            }
            latestPerson.append(latest)
        }
    }

    /// The mentions that start at or after `start` and before `end`, in entity order for each start.
    func starting(from start: Int, before end: Int) -> ArraySlice<Mention> {
        let lo = Self.firstIndex(in: byStart.count) { byStart[$0].start >= start }
        let hi = Self.firstIndex(in: byStart.count) { byStart[$0].start >= end }
        return byStart[lo..<max(lo, hi)]
    }

    /// The mentions that end at `end`, in entity order.
    func ending(at end: Int) -> ArraySlice<Mention> {
        let lo = Self.firstIndex(in: byEnd.count) { byEnd[$0].end >= end }
        let hi = Self.firstIndex(in: byEnd.count) { byEnd[$0].end > end }
        return byEnd[lo..<max(lo, hi)]
    }

    /// The person whose mention ending at or before `offset` starts latest.
    func lastPerson(endingBy offset: Int) -> Int? {
        let n = Self.firstIndex(in: byEnd.count) { byEnd[$0].end > offset }
        return n > 0 ? latestPerson[n - 1]?.id : nil
    }

    /// The first index below `count` where `after` holds (it must hold from there on), or `count`.
    private static func firstIndex(in count: Int, where after: (Int) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if after(mid) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
