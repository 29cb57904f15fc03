/// Turns a speaker mention into a `Speaker`: links it to a person (or organization) entity,
/// resolves `he`/`she` to the person last named in subject position and `it` to the
/// organization, or keeps a descriptive phrase as it is.
struct SpeakerNamer {
    let search: SpeakerSearch
    let entities: [Entity]

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
        if !describesSomeoneElse(m.tokens), let e = entity(headOf: range) {
            return Speaker(name: e.canonicalName, mention: range, entityID: e.id)
        }
        // `Cornyn's statement added`: the statement's author speaks.
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

    /// The person or organization whose mention ends the phrase (`Interior Secretary Olga Sánchez`):
    /// a person named inside a description (`a spokesman for X`) is not the speaker.
    private func entity(headOf r: TextRange) -> Entity? {
        // `Andrew Opie of the Retail Consortium`, `Jo Lim, head of X`: a person named first and
        // then placed in an organization is the speaker, not the organization at the end.
        if let first = personOpening(r) { return first }
        var best: Entity? = nil
        for e in entities where e.kind != .place {
            for m in e.mentions where m.overlaps(r) && m.end == r.end {
                if best == nil || (e.kind == .person && best!.kind != .person) { best = e }
            }
        }
        return best
    }

    /// The person whose mention opens the phrase and is followed by `of`, `from`, `at` or a comma.
    private func personOpening(_ r: TextRange) -> Entity? {
        for e in entities where e.kind == .person {
            for m in e.mentions where m.start == r.start && m.end < r.end {
                let k = text.tokenIndex(atOrAfter: m.end)
                guard k < text.tokens.count, text.tokens[k].start < r.end else { continue }
                if text.isPunct(k, ",") || text.isWord(k, "of") || text.isWord(k, "from") || text.isWord(k, "at") {
                    return e
                }
            }
        }
        return nil
    }

    /// The person entity with the latest mention before `offset`.
    private func lastPerson(before offset: Int) -> Entity? {
        var best: (Int, Entity)? = nil
        for e in entities where e.kind == .person {
            for m in e.mentions where m.end <= offset {
                if best == nil || m.start > best!.0 { best = (m.start, e) }
            }
        }
        return best?.1
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
                if let m = search.subject(of: v, earlier: Array(cs.dropFirst(i + 1)), lo: lo) { candidates.append((m, true)) }
            }
            if let m = search.mainSubject(lo, hi) { candidates.append((m, false)) }
            candidates.sort { $0.0.tokens.lowerBound > $1.0.tokens.lowerBound }
            for (c, cued) in candidates where !c.isPronoun && c.tokens.upperBound <= p && !search.isQuoted(c.tokens.lowerBound) {
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
                if !cued && name.count < 2 && name.lowerBound == c.tokens.lowerBound && c.tokens.lowerBound == lo { continue }
                // `The White House`, `the Home Office`: an institution, not a person a pronoun stands for.
                if name.lowerBound > c.tokens.lowerBound && text.has(name.lowerBound - 1, .determiner) { continue }
                if let t = name.lastIndex(where: { text.has($0, .title) }), t + 1 < name.upperBound { name = (t + 1)..<name.upperBound }
                return .name(collapsed(TextRange(text.tokens[name.lowerBound].start, text.tokens[name.upperBound - 1].end)))
            }
            s -= 1
            steps += 1
            if s >= 0 { hi = text.sentences[s].upperBound }
        }
        return nil
    }

    /// The entity of that kind with the last mention inside `r`.
    private func entity(in r: TextRange, kind: EntityKind) -> Entity? {
        var best: (Int, Entity)? = nil
        for e in entities where e.kind == kind {
            for m in e.mentions where r.contains(m) {
                if best == nil || m.start > best!.0 { best = (m.start, e) }
            }
        }
        return best?.1
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
