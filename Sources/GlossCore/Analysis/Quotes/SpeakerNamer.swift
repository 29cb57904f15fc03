/// Turns a speaker mention into a `Speaker`: links it to a person (or organization) entity,
/// resolves a pronoun to the person last named, or keeps a descriptive phrase as it is.
struct SpeakerNamer {
    let search: SpeakerSearch
    let entities: [Entity]

    var text: TokenizedText { search.text }

    func speaker(for m: SpeakerMention) -> Speaker {
        let tokens = text.tokens
        let range = TextRange(tokens[m.tokens.lowerBound].start, tokens[m.tokens.upperBound - 1].end)
        if m.isPronoun {
            if text.has(m.tokens.lowerBound, .personPronoun) {
                if let e = lastPerson(before: range.start) {
                    return Speaker(name: e.canonicalName, mention: range, entityID: e.id)
                }
                if let name = lastNamed(before: m.tokens.lowerBound) {
                    return Speaker(name: name, mention: range)
                }
            }
            return Speaker(name: text.string(range.start, range.end), mention: range)
        }
        if !describesSomeoneElse(m.tokens), let e = entity(headOf: range) {
            return Speaker(name: e.canonicalName, mention: range, entityID: e.id)
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
        var best: Entity? = nil
        for e in entities where e.kind != .place {
            for m in e.mentions where m.overlaps(r) && m.end == r.end {
                if best == nil || (e.kind == .person && best!.kind != .person) { best = e }
            }
        }
        return best
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

    /// Without entities: the name closest before token `p` in subject position (the subject of a
    /// cue verb or of a sentence), read back over a few sentences.
    private func lastNamed(before p: Int) -> String? {
        var s = text.sentenceIndex(ofToken: p)
        var hi = p
        var steps = 0
        while s >= 0 && steps < 8 {
            let lo = text.sentences[s].lowerBound
            var candidates: [SpeakerMention] = []
            let cs = search.cues(lo, hi)
            for (i, v) in cs.enumerated() {
                if let m = search.subject(of: v, earlier: Array(cs.dropFirst(i + 1)), lo: lo) { candidates.append(m) }
            }
            if let m = search.mainSubject(lo, hi) { candidates.append(m) }
            var best: Range<Int>? = nil
            for c in candidates where !c.isPronoun && c.tokens.upperBound <= p {
                guard let name = trailingName(c.tokens) else { continue }
                // `The White House`, `the Home Office`: an institution, not a person a pronoun stands for.
                let institution = name.lowerBound > c.tokens.lowerBound && text.has(name.lowerBound - 1, .determiner)
                if !institution && (best == nil || name.lowerBound > best!.lowerBound) { best = name }
            }
            if var b = best {
                if let t = b.lastIndex(where: { text.has($0, .title) }), t + 1 < b.upperBound { b = (t + 1)..<b.upperBound }
                return collapsed(TextRange(text.tokens[b.lowerBound].start, text.tokens[b.upperBound - 1].end))
            }
            s -= 1
            steps += 1
            if s >= 0 { hi = text.sentences[s].upperBound }
        }
        return nil
    }

    /// The name in a phrase: its longest run of capitalised words (the last, on a tie), without a
    /// leading determiner: `spokeswoman Jane Roe` → `Jane Roe`, `Jane Roe of The Daily` → `Jane Roe`.
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
