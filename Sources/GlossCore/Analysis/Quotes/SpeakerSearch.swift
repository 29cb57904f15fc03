/// Reads the words around quotes to find who said them.
///
/// Works on tokens and the tokenizer's sentences. Quoted words are skipped when reading the
/// context, so a cue verb inside one quote never attributes another.
struct SpeakerSearch {
    let text: TokenizedText
    let segments: [[SegmentTokens]]
    /// Quotes inside another quote: their words are the outer speaker's, so they get no speaker.
    let nested: [Bool]
    /// Closing-mark token → opening-mark token of the same segment, and back.
    private var back: [Int: Int] = [:]
    private var forward: [Int: Int] = [:]
    /// Token indices where paragraphs start.
    private var paragraphStarts: [Int] = []
    /// Token spans of the outermost quote segments, in order.
    private var quotedSpans: [Range<Int>] = []

    init(text: TokenizedText, quotes: [Quote]) {
        self.text = text
        let tokens = text.tokens
        var segs: [[SegmentTokens]] = []
        segs.reserveCapacity(quotes.count)
        for q in quotes {
            var list: [SegmentTokens] = []
            for r in q.segments {
                let open = min(text.tokenIndex(atOrAfter: r.start), max(0, tokens.count - 1))
                let close = max(open, text.tokenIndex(atOrAfter: r.end) - 1)
                let closed = r.end > r.start && QuoteFamily.of(text.scalars[r.end - 1]) != nil
                list.append(SegmentTokens(open: open, close: close, closed: closed))
            }
            segs.append(list)
        }
        segments = segs
        // Segments are nested or disjoint: one sweep with a stack finds the quotes inside another.
        var nested = [Bool](repeating: false, count: quotes.count)
        var all: [(range: TextRange, quote: Int, first: Bool)] = []
        for (q, quote) in quotes.enumerated() {
            for (k, r) in quote.segments.enumerated() { all.append((r, q, k == 0)) }
        }
        all.sort { $0.range.start != $1.range.start ? $0.range.start < $1.range.start : $0.range.end > $1.range.end }
        var open: [(range: TextRange, quote: Int)] = []
        for seg in all {
            while let top = open.last, top.range.end <= seg.range.start { open.removeLast() }
            if seg.first, let top = open.last, top.quote != seg.quote, top.range.contains(seg.range) {
                nested[seg.quote] = true
            }
            open.append((seg.range, seg.quote))
        }
        self.nested = nested
        for list in segs {
            for s in list where s.open < s.close {
                back[s.close] = s.open
                forward[s.open] = s.close
            }
        }
        for (q, list) in segs.enumerated() where !nested[q] {
            for s in list { quotedSpans.append(s.open..<(s.close + 1)) }
        }
        quotedSpans.sort { $0.lowerBound < $1.lowerBound }
        for i in tokens.indices where i == 0 || tokens[i].flags.contains(.paragraphBefore) {
            paragraphStarts.append(i)
        }
    }

    var count: Int { text.tokens.count }

    /// How many tokens back a cue verb is looked for: attribution is local, and a bound keeps a
    /// pathological sentence with thousands of quotes linear.
    static let reach = 80

    /// True when token `i` lies inside a quote (its marks included).
    func isQuoted(_ i: Int) -> Bool { quotedSpan(at: i) != nil }

    /// The tokens of the outermost quote segment holding token `i`, if any.
    func quotedSpan(at i: Int) -> Range<Int>? {
        var lo = 0, hi = quotedSpans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if quotedSpans[mid].upperBound <= i { lo = mid + 1 } else { hi = mid }
        }
        return lo < quotedSpans.count && quotedSpans[lo].contains(i) ? quotedSpans[lo] : nil
    }

    /// The paragraph number of token `i`.
    func paragraph(of i: Int) -> Int {
        var lo = 0, hi = paragraphStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if paragraphStarts[mid] <= i { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    // MARK: Cue verbs

    /// True when token `i` is a cue verb (lower case, `According to` excepted).
    func isCue(_ i: Int) -> Bool {
        // `as Professor Lind put it: “…”`, `as he puts it, “…”`
        if text.isWord(i, "put") || text.isWord(i, "puts") {
            return text.isWord(i + 1, "it") && (max(0, i - 12)..<i).contains { text.isWord($0, "as") }
        }
        // `she went on`, `X shot back, “…”`, `fired back`: two words for one verb of saying.
        if text.isWord(i, "went") { return text.isWord(i + 1, "on") }
        if text.isWord(i, "shot") || text.isWord(i, "fired") || text.isWord(i, "hit") {
            return text.isWord(i + 1, "back")
        }
        guard text.has(i, .cue) else { return false }
        if text.isWord(i, "according") { return text.isWord(i + 1, "to") }
        // `X called it “a betrayal”` reports words; `a train called “the beast”` names, `called for` asks.
        if text.isWord(i, "called") || text.isWord(i, "calling") || text.isWord(i, "calls") {
            // what he called “…”, what Baxter called “…”
            if forward[i + 1] != nil {
                return text.has(i - 1, .pronoun)
                    || (i > 0 && text.isWord(i - 1) && text.isCapitalized(i - 1) && sentenceStart(i - 1) < i - 1)
            }
            return text.isWord(i + 1) && !text.isWord(i + 1, "for") && !text.isWord(i + 1, "on")
        }
        // `The talks continued for days` is not reported speech; `She continued: “…”` is.
        if text.isWord(i, "continued") {
            return text.isPunct(i + 1, ":") || text.isPunct(i + 1, ",") || forward[i + 1] != nil
        }
        return !text.isCapitalized(i)
    }

    /// Right after a quote, `“…,” he continued.` attributes it as `he said.` does.
    func isCue(_ i: Int, afterQuote: Bool) -> Bool {
        if isCue(i) { return true }
        guard afterQuote else { return false }
        return text.isWord(i, "continued")
            && (i + 1 >= count || text.isPunct(i + 1, ".") || text.startsParagraph(i + 1))
    }

    /// Cue verbs in `lo..<hi`, nearest to `hi` first, skipping quoted words.
    func cues(_ lo: Int, _ hi: Int) -> [Int] {
        var out: [Int] = []
        var i = hi - 1
        let lo = max(lo, hi - Self.reach)
        while i >= lo {
            if let j = back[i] {
                i = j - 1
                continue
            }
            if isCue(i) { out.append(i) }
            i -= 1
        }
        return out
    }

    /// True when a naming word (`known as`, `dubbed`, `the name`) comes between the nearest cue
    /// verb (or the sentence start) and token `o`.
    func titleCue(before o: Int, from lo: Int) -> Bool {
        var i = o - 1
        let lo = max(lo, o - Self.reach)
        while i >= lo {
            if let j = back[i] {
                i = j - 1
                continue
            }
            if isCue(i) { return false }
            if text.has(i, .titleCue) {
                if text.isWord(i, "known") { return text.isWord(i + 1, "as") }
                if text.isWord(i, "name") { return i + 1 == o || text.isWord(i - 1, "the") }
                return true
            }
            i -= 1
        }
        return false
    }

    // MARK: Patterns

    /// `“…,” said the minister`, `“…,” she said`, `“…,” a farmer told the paper`, `“…,” according to X`.
    func after(_ q: Int, last shape: QuoteShape) -> SpeakerMention? {
        guard let seg = segments[q].last, seg.closed else { return nil }
        var j = seg.close + 1
        // `''... 'so it goes,''' said X`: the last mark of a quote inside, left after the close.
        if j < count, !text.startsParagraph(j), text.tokens[j].kind == .punctuation,
            QuoteFamily.of(text.scalars[text.tokens[j].start]) == .single, forward[j] == nil
        {
            j += 1
        }
        guard j < count, !text.startsParagraph(j) else { return nil }
        var comma = false
        if text.isPunct(j, ",") {
            comma = true
            j += 1
        }
        let endsSentence = !comma && (shape.last == "." || shape.last == "\u{2026}")
        guard comma || shape.endsLikeSentence || shape.last == "-" || shape.last == "\u{2014}" else { return nil }
        guard j < count, !text.startsParagraph(j) else { return nil }
        if isCue(j, afterQuote: true) {
            if text.isWord(j, "according") { return phraseForward(j + 2) }
            // `“…,” adding that …`: a participle after the quote has the sentence's subject, not
            // the words after it.
            if text.wordEnds(j, with: "ing") { return nil }
            return endsSentence ? nil : phraseForward(j + 1)
        }
        var m = j
        var commas = 0
        var relative: Int? = nil
        while m < count && m - j <= 24 {
            if isCue(m, afterQuote: true) { break }
            if m > j && text.startsParagraph(m) { return nil }
            // `one resident, who asked not to be named, told`: the relative clause is not the subject.
            if relative == nil && m > j && text.isPunct(m, ",")
                && (text.isWord(m + 1, "who") || text.isWord(m + 1, "which")),
                let close = ((m + 2)..<min(count, m + 16)).first(where: { text.isPunct($0, ",") }),
                isCue(close + 1, afterQuote: true)
            {
                relative = m
                m = close + 1
                break
            }
            if m - j > 12 { return nil }
            // `the boy's mother, Linda Park, told` and `Smith, 45, said`: an apposition inside the subject.
            if m > j && text.isPunct(m, ",") && commas < 2 {
                commas += 1
                m += 1
                continue
            }
            // `Ann Wells (D-Ore.) said`: a party and state, or an age, in brackets inside the subject.
            if m > j && text.isPunct(m, "("),
                let close = ((m + 1)..<min(count, m + 8)).first(where: { text.isPunct($0, ")") })
            {
                m = close + 1
                continue
            }
            if text.tokens[m].kind == .punctuation && !text.isInnerHyphen(m) && !text.isPunct(m, "&") { return nil }
            if text.has(m, .subjectStop) { return nil }
            m += 1
        }
        guard m < count, isCue(m, afterQuote: true), m > j else { return nil }
        if let r = relative { return mention(j..<r) }
        if endsSentence {
            // A new sentence after the quote: only `Smith said.`, `Smith said on Tuesday.` attribute it.
            var e = m + 1
            while e < count && e - m <= 4 && text.tokens[e].kind == .word { e += 1 }
            guard e >= count || text.startsParagraph(e) || text.isPunct(e, ".") || text.isPunct(e, ",") else {
                return nil
            }
        }
        if isPassive(m) { return nil }
        var e = m
        while e > j && text.has(e - 1, .between) { e -= 1 }
        if let p = (j..<e).first(where: { text.isPunct($0, "(") }) { e = p }
        guard e > j else { return nil }
        return mention(j..<e)
    }

    /// `reporters were told`, `she was asked`: the subject is the listener, not the speaker.
    func isPassive(_ v: Int) -> Bool {
        guard text.isWord(v, "told") || text.isWord(v, "asked") else { return false }
        var k = v - 1
        while k >= 0 && k >= v - 3 && text.has(k, .between) {
            if text.isWord(k, "was") || text.isWord(k, "were") || text.isWord(k, "been") || text.isWord(k, "is")
                || text.isWord(k, "are")
            {
                return true
            }
            k -= 1
        }
        return false
    }

    /// An attribution that ends the quote's sentence after a clause: `“…” that could flood the
    /// city, the mayor said.` or `…, said the mayor.`
    func sentenceFinal(_ q: Int) -> SpeakerMention? {
        guard let seg = segments[q].last else { return nil }
        let sentence = text.sentences[text.sentenceIndex(ofToken: seg.close)]
        var e = sentence.upperBound - 1
        while e > seg.close && text.tokens[e].kind == .punctuation && !text.isInnerHyphen(e) {
            if back[e] != nil || sentence.upperBound - e > 8 { return nil }
            e -= 1
        }
        guard e > seg.close + 1 else { return nil }
        var c = e
        while c > seg.close && !text.isPunct(c, ",") {
            if back[c] != nil || forward[c] != nil || e - c > 10 { return nil }
            c -= 1
        }
        guard c > seg.close + 1, c < e else { return nil }
        if isCue(c + 1) {
            // `…, said the mayor.`; after `told` comes who was told, not who spoke.
            guard !text.isWord(c + 1, "told"), !text.isWord(c + 1, "tells"), let m = phraseForward(c + 2),
                m.tokens.upperBound == e + 1
            else { return nil }
            return m
        }
        guard let v = ((c + 1)...e).first(where: { isCue($0) }), v > c + 1, e - v <= 3 else { return nil }
        if ((c + 1)..<v).contains(where: { text.tokens[$0].kind == .punctuation && !text.isInnerHyphen($0) }) {
            return nil
        }
        var end = v
        while end > c + 1 && text.has(end - 1, .between) { end -= 1 }
        return end > c + 1 ? mention((c + 1)..<end) : nil
    }

    /// True when nothing follows the quote in its sentence: the next token starts a sentence or
    /// a paragraph. Words after it (`“…” he began`) attribute it in a way the rules do not know.
    func endsItsSentence(_ q: Int) -> Bool {
        guard let seg = segments[q].last, seg.closed else { return true }
        let next = seg.close + 1
        return next >= count || text.startsParagraph(next) || sentenceStart(next) == next
    }

    /// A source listed under an article: `“Headline” — Publisher, May 2, 2020`.
    func citation(_ q: Int) -> Bool {
        guard let seg = segments[q].last, seg.closed, text.isDash(seg.close + 1) else { return false }
        var e = seg.close + 2
        while e < count && e - seg.close < 16 && !text.startsParagraph(e) {
            if text.tokens[e].kind == .number { return true }
            e += 1
        }
        return false
    }

    /// A pull quote: `“…” – Name` or `“…” Name, Source` ending the paragraph.
    func pullQuote(_ q: Int, last shape: QuoteShape) -> SpeakerMention? {
        guard shape.endsLikeSentence, let seg = segments[q].last, seg.closed else { return nil }
        var s = seg.close + 1
        guard s < count, !text.startsParagraph(s) else { return nil }
        if text.isDash(s) {
            s += 1
        } else if !text.startsParagraph(segments[q][0].open) {
            return nil
        }
        guard s < count, text.isCapitalized(s), !text.startsParagraph(s) else { return nil }
        var e = s
        var phraseEnd: Int? = nil
        var n = 0
        while e < count && (e == s || !text.startsParagraph(e)) {
            if let f = forward[e] {
                phraseEnd = phraseEnd ?? e
                e = f + 1
                continue
            }
            if text.isPunct(e, ".") || text.isPunct(e, "!") || text.isPunct(e, "?") || text.tokens[e].kind == .number {
                return nil
            }
            if phraseEnd == nil && (text.isPunct(e, ",") || text.isPunct(e, "(") || text.isDash(e)) { phraseEnd = e }
            n += 1
            if n > 12 { return nil }
            e += 1
        }
        let pe = phraseEnd ?? e
        guard pe > s, pe - s <= 6 else { return nil }
        return mention(s..<pe)
    }

    /// The subject of the nearest cue verb before the quote in its sentence, or of the clause
    /// before a colon that introduces it. Also returns the cue verb's token.
    func before(_ q: Int) -> (SpeakerMention, cue: Int?)? {
        let o = segments[q][0].open
        let lo = sentenceStart(o)
        let cs = cues(lo, o)
        if let v = cs.first {
            return subject(of: v, earlier: Array(cs.dropFirst()), lo: lo).map { ($0, v) }
        }
        if o - 1 >= lo, text.isPunct(o - 1, ":") {
            if let n = nameBefore(o - 1, lo) { return (n, nil) }
            if let m = mainSubject(lo, o - 1) { return (m, nil) }
        }
        return nil
    }

    /// `… does not surprise the economist Vera Hale: “…”`, `Pollsters agree - Vera Hale: “…”`:
    /// a name right before the colon, after a noun or a dash (not `in Paris:`), says the quote.
    func nameBefore(_ c: Int, _ lo: Int) -> SpeakerMention? {
        var s = c
        while s - 1 >= lo && c - s < 5 && (text.isCapitalized(s - 1) || text.isInnerHyphen(s - 1))
            && !text.tokens[s - 1].flags.contains(.allCaps)
        {
            s -= 1
        }
        guard s < c, s > lo, text.isCapitalized(s), !text.has(s, .determiner) else { return nil }
        let p = s - 1
        let noun =
            text.isWord(p) && !text.isCapitalized(p) && !text.has(p, .phraseStop) && !text.has(p, .noSubject)
            && !text.has(p, .subjectStop)
            && !isCue(p)
        guard noun || text.isDash(p) else { return nil }
        return mention(s..<c)
    }

    /// For a quote that opens its sentence: the speaker of the sentence before (its cue verb's
    /// subject, else its subject when that is a name or a pronoun), or, for a paragraph
    /// introduced by a colon or comma at the end of the previous one, that clause's speaker.
    func previousSentence(_ q: Int) -> SpeakerMention? {
        let o = segments[q][0].open
        guard o > 0, o == sentenceStart(o) else { return nil }
        let prev = text.sentences[text.sentenceIndex(ofToken: o - 1)]
        if text.startsParagraph(o) {
            guard text.isPunct(o - 1, ":") || text.isPunct(o - 1, ",") else { return nil }
            return speaker(of: prev.lowerBound, o - 1, nameOnly: false)
        }
        return speaker(of: prev.lowerBound, prev.upperBound, nameOnly: true)
    }

    private func speaker(of lo: Int, _ hi: Int, nameOnly: Bool) -> SpeakerMention? {
        let cs = cues(lo, hi)
        if let v = cs.first, let m = subject(of: v, earlier: Array(cs.dropFirst()), lo: lo) { return m }
        guard let m = mainSubject(lo, hi) else { return nil }
        if nameOnly && !m.isPronoun && !isNameLike(m.tokens) && !endsInName(m.tokens) { return nil }
        return m
    }

    // MARK: Phrases

    /// `Dana Price: Council Plan Is ‘A Step Back.’`: in a one-line paragraph that opens with a
    /// name and a colon (a headline's way of saying who said it), that name.
    func headline(_ q: Int) -> SpeakerMention? {
        let o = segments[q][0].open
        let p0 = paragraphStarts[paragraph(of: o)]
        guard o > p0, o - p0 <= 40, !((p0 + 1)...o).contains(where: { text.tokens[$0].flags.contains(.lineBefore) })
        else {
            return nil
        }
        var j = p0
        while j < o && j - p0 < 6 && (text.isCapitalized(j) || text.isPunct(j, ".") || text.isInnerHyphen(j)) { j += 1 }
        guard j > p0, j < o, text.isPunct(j, ":"), !text.has(p0, .determiner), isNameLike(p0..<j) else { return nil }
        return mention(p0..<j)
    }

    /// The start of the sentence holding token `i` (the tokenizer may start one inside a quote:
    /// scans from there jump over quoted words as they meet closing marks).
    func sentenceStart(_ i: Int) -> Int {
        text.sentences[text.sentenceIndex(ofToken: i)].lowerBound
    }

    /// The subject of cue verb `v`: the phrase before it, a pronoun, the name before an
    /// apposition (`Gomez, the coach, said`), or, when the verb has none of its own (`and said`,
    /// `by claiming`, `, declaring`), the subject of an earlier cue verb or of the sentence.
    func subject(of v: Int, earlier: [Int], lo: Int) -> SpeakerMention? {
        if text.isWord(v, "according") { return phraseForward(v + 2) }
        if isPassive(v) {
            return earlier.first.flatMap { subject(of: $0, earlier: Array(earlier.dropFirst()), lo: lo) }
        }
        var k = v - 1
        while k >= lo && (text.has(k, .between) || text.wordEnds(k, with: "ly")) { k -= 1 }
        func fallback() -> SpeakerMention? {
            if let e = earlier.first { return subject(of: e, earlier: Array(earlier.dropFirst()), lo: lo) }
            return mainSubject(lo, v)
        }
        guard k >= lo else { return phraseForward(v + 1) }
        // `X was quoted as saying` (X speaks) and `the paper quoted X as saying` (X again).
        if text.isWord(k, "as"), let qd = (max(lo, k - Self.reach)..<k).last(where: { text.isWord($0, "quoted") }) {
            if text.isWord(qd - 1, "was") || text.isWord(qd - 1, "is") || text.isWord(qd - 1, "were")
                || text.isWord(qd - 1, "been")
            {
                return subject(of: qd, earlier: [], lo: lo)
            }
            if let m = phraseForward(qd + 1), m.tokens.upperBound <= k { return m }
        }
        if back[k] != nil { return phraseForward(v + 1) }  // “…,” said X, “…”
        if text.has(k, .pronoun) { return SpeakerMention(tokens: k..<(k + 1), isPronoun: true) }
        if text.isPunct(k, ",") { return appositive(k, lo) ?? fallback() }
        if text.tokens[k].kind == .punctuation || text.has(k, .noSubject) { return fallback() }
        return phraseBackward(k, lo) ?? fallback()
    }

    /// `NAME, a description, said`: the name, when it starts its clause; `a description, NAME, said`: the name.
    private func appositive(_ k: Int, _ lo: Int) -> SpeakerMention? {
        guard let ap = phraseBackward(k - 1, lo), ap.tokens.lowerBound - 1 > lo,
            text.isPunct(ap.tokens.lowerBound - 1, ",")
        else { return nil }
        // `The founder, John Smith, said`: the name is the apposition itself.
        if isNameLike(ap.tokens) { return ap }
        let c = ap.tokens.lowerBound - 1
        var s = c - 1
        guard text.isCapitalized(s) else { return nil }
        while s - 1 >= lo && (text.isCapitalized(s - 1) || text.isInnerHyphen(s - 1)) { s -= 1 }
        guard s == lo || text.isPunct(s - 1, ",") else { return nil }
        return mention(s..<c)
    }

    /// The phrase ending at token `k`, read backwards up to a clause boundary.
    func phraseBackward(_ k: Int, _ lo: Int) -> SpeakerMention? {
        var j = k
        var n = 0
        while j >= lo && n < 10 {
            if back[j] != nil || forward[j] != nil { break }
            if text.tokens[j].kind == .punctuation {
                if text.isInnerHyphen(j) || text.isPunct(j, "&") {
                    j -= 1
                    n += 1
                    continue
                }
                break
            }
            if text.has(j, .subjectStop) || (j < k && isCue(j)) { break }
            if j < k && text.has(j, .pronoun) { break }
            if j < k && text.tokens[j + 1].flags.contains(.paragraphBefore) { break }
            j -= 1
            n += 1
        }
        guard j + 1 <= k else { return nil }
        return mention((j + 1)..<(k + 1))
    }

    /// The phrase starting at token `s`, read forwards up to punctuation or a word that ends it.
    func phraseForward(_ s: Int) -> SpeakerMention? {
        // `said in a statement`, `said that …`: words after the verb that are no subject.
        if s < count && text.has(s, .phraseStop) { return nil }
        var e = s
        while e < count && e - s < 10 {
            if e > s && text.startsParagraph(e) { break }
            if text.tokens[e].kind == .punctuation {
                if text.isInnerHyphen(e) || text.isPunct(e, "&") {
                    e += 1
                    continue
                }
                break
            }
            if e > s && (text.has(e, .phraseStop) || isCue(e)) { break }
            e += 1
        }
        guard e > s else { return nil }
        return mention(s..<e)
    }

    /// The subject at the start of the clause `lo..<hi`, after an introductory phrase and its comma.
    func mainSubject(_ lo: Int, _ hi: Int) -> SpeakerMention? {
        var i = lo
        guard i < hi else { return nil }
        if forward[i] != nil { return nil }
        // A sentence the tokenizer started inside a quote: its own words begin after the quote.
        if let span = quotedSpan(at: i) {
            i = span.upperBound
            while i < hi && text.isPunct(i, ",") { i += 1 }
            guard i < hi else { return nil }
        }
        // A dateline: `PARIS - The minister…`, `NEW ORLEANS (Reuters) — …`.
        var d = i
        while d < hi && d - i < 16
            && (text.tokens[d].flags.contains(.allCaps) || text.isPunct(d, ",") || text.isPunct(d, "(")
                || text.isPunct(d, ")") || (d > i && text.isCapitalized(d) && text.isPunct(d - 1, "(")))
        { d += 1 }
        if d > i && d < hi && text.isDash(d) { i = d + 1 }
        guard i < hi else { return nil }
        let participle = text.isCapitalized(i) && text.wordEnds(i, with: "ing")
        if text.has(i, .intro) || text.tokens[i].kind == .number || participle {
            var j = i
            while j < hi && j - i < 30 && !text.isPunct(j, ",") {
                if let f = forward[j] {
                    j = f + 1
                    continue
                }
                j += 1
            }
            guard j + 1 < hi, text.isPunct(j, ",") else { return nil }
            i = j + 1
        }
        // `Hours later, Smith …`, `Here in Boise, she …`: a phrase with a lower-case word, then a
        // comma and a name or a pronoun, sets the scene; the subject comes after it.
        else if let c = (i..<min(hi, i + 12)).first(where: { text.isPunct($0, ",") || forward[$0] != nil }),
            text.isPunct(c, ","),
            c + 1 < hi, text.isCapitalized(c + 1) || text.has(c + 1, .pronoun),
            (i..<c).contains(where: { text.isWord($0) && !text.isCapitalized($0) && !text.has($0, .connector) })
        {
            i = c + 1
        }
        if text.has(i, .pronoun) { return SpeakerMention(tokens: i..<(i + 1), isPronoun: true) }
        var j = i
        var determiner = false
        if text.has(j, .determiner) {
            determiner = true
            j += 1
        }
        var e = j
        while e < hi && e - i < 10 {
            if text.isCapitalized(e) || text.isInnerHyphen(e) || isPossessive(e) {
                e += 1
                continue
            }
            if e > j && (text.has(e, .connector) || text.isPunct(e, "&")) && text.isCapitalized(e + 1) {
                e += 1
                continue
            }
            if determiner && e < j + 3 && text.isWord(e) && !text.has(e, .verbLike) && !isCue(e) {
                if !text.wordEnds(e, with: "ed") && !text.wordEnds(e, with: "ly") {
                    e += 1
                    continue
                }
            }
            break
        }
        guard e > j else { return nil }
        return mention(i..<e)
    }

    /// `’s` / `'s`, as the tokenizer keeps it.
    func isPossessive(_ i: Int) -> Bool {
        text.isWord(i) && Tokenizer.isApostrophe(text.scalars[text.tokens[i].start])
    }

    /// True when every word is capitalised (connectors aside) and one is not a determiner: a name.
    func isNameLike(_ r: Range<Int>) -> Bool {
        var named = false
        for i in r where text.isWord(i) && !isPossessive(i) {
            if text.has(i, .connector) { continue }
            if !text.isCapitalized(i) { return false }
            if !text.has(i, .determiner) { named = true }
        }
        return named
    }

    /// True when the phrase ends in a capitalised word after its first: `her rival Omar Haddad`.
    func endsInName(_ r: Range<Int>) -> Bool {
        r.count > 1 && text.isCapitalized(r.upperBound - 1) && !text.has(r.upperBound - 1, .determiner)
    }

    /// A mention over tokens `r`, trimmed of a trailing possessive, marked as a pronoun when it is one.
    func mention(_ r: Range<Int>) -> SpeakerMention? {
        var r = r
        while r.count > 1 && (text.tokens[r.upperBound - 1].kind == .punctuation) {
            r = r.lowerBound..<(r.upperBound - 1)
        }
        guard r.contains(where: { text.isWord($0) }) else { return nil }
        let pronoun = r.count == 1 && text.has(r.lowerBound, .pronoun)
        return SpeakerMention(tokens: r, isPronoun: pronoun)
    }
}
