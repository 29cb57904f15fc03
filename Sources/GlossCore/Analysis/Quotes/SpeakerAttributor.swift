/// Gives each speech quote its speaker, and settles each quote's kind from the words around it.
///
/// The rules, tried in order for a quote that reads like speech: a cue verb right after it
/// (`“…,” said X`, `“…,” X said`, `according to X`), a pull-quote credit (`“…” – X`), the nearest
/// cue verb before it in its sentence (`X said that … “…”`, `X told the paper: “…”`), an
/// attribution ending its sentence (`“…” that …, X said.`); then, for a quote that ends its
/// sentence (not `“…,” he began`, whose attribution was not recognised), the previous speaker when their quote ends
/// just before, the sentence before (`X denounced it. “…”`), and for a paragraph that is only a
/// quote, the last speaker one or two paragraphs up. A few words in quotes inside reported speech
/// (`X claimed they behaved “aggressively”`) get X as speaker but stay `scare` or `title`. Quotes inside another quote get no speaker.
enum SpeakerAttributor {
    static func attribute(_ quotes: inout [Quote], in text: TokenizedText, entities: [Entity]) {
        guard !quotes.isEmpty, !text.tokens.isEmpty else { return }
        let search = SpeakerSearch(text: text, quotes: quotes)
        let namer = SpeakerNamer(search: search, entities: entities)
        var lastSpoken: Int? = nil
        // Whole sentences inside a quote are its speaker's report of someone's words, not a
        // statement of their own; a few words there keep their shape's kind (a scare quote).
        for q in quotes.indices where search.nested[q] && quotes[q].kind == .speech { quotes[q].kind = .nested }
        for q in quotes.indices where !search.nested[q] {
            let first = QuoteShape(quotes[q].segments[0], text.scalars)
            let last =
                quotes[q].segments.count == 1
                ? first : QuoteShape(quotes[q].segments[quotes[q].segments.count - 1], text.scalars)
            let o = search.segments[q][0].open
            let lo = search.sentenceStart(o)
            // (“ecstasy”): a gloss in brackets is a name or a term, never someone's words.
            if text.isPunct(o - 1, "(") && text.isPunct(search.segments[q][0].close + 1, ")")
                && quotes[q].segments.count == 1
            {
                if quotes[q].kind == .speech && !last.endsLikeSentence {
                    quotes[q].kind = first.capitalized ? .title : .scare
                }
                continue
            }
            // “the words …”: words mentioned, not said.
            if o > lo && text.has(o - 1, .mentionNoun) {
                if quotes[q].kind == .speech && last.endsLikeSentence == false { quotes[q].kind = .scare }
                continue
            }
            if first.capitalized
                && (search.citation(q) || (!last.endsLikeSentence && search.titleCue(before: o, from: lo)))
            {
                quotes[q].kind = .title
                continue
            }
            var found: SpeakerMention? = nil
            var copied: Speaker? = nil
            switch quotes[q].kind {
            case .nested:
                continue
            case .scare, .title:
                // A few words inside reported speech: `X said the idea had “strong support”`. They
                // are X's words, so X is their speaker, but they stay a fragment, not a statement
                // of X's (most such fragments are not quotations of their own: only whole clauses are).
                if let (m, cue) = search.before(q), let v = cue, !text.has(v, .asking),
                    quotes[q].kind == .scare || o - v <= 3
                {
                    quotes[q].speaker = namer.speaker(for: m)
                    lastSpoken = q
                    continue
                }
            case .speech:
                found =
                    search.after(q, last: last) ?? search.pullQuote(q, last: last) ?? search.before(q)?.0
                    ?? search.sentenceFinal(q) ?? search.headline(q)
                if found == nil && !last.endsLikeSentence && first.capitalized && quotes[q].segments.count == 1
                    && first.words <= QuoteShape.maxWords
                {
                    // A capitalised quote with no one saying it and no closing punctuation: a headline or a name.
                    quotes[q].kind = .title
                    continue
                }
                // `the “enemy,” the press`: a few words whose comma sits inside the marks (as
                // American style puts it) in the middle of a sentence, with nobody said to have
                // said them, are held at arm's length, not quoted.
                if found == nil && last.last == "," && quotes[q].segments.count == 1 && first.words <= 4 && o > lo
                    && !text.isPunct(o - 1, ":") && !text.isDash(o - 1)
                {
                    quotes[q].kind = first.capitalized ? .title : .scare
                    continue
                }
                // A quote ending in a comma waits for an attribution we did not recognise: no guessing.
                if found == nil && last.last != "," && search.endsItsSentence(q) {
                    let paragraph = search.paragraph(of: o)
                    let lastClose = lastSpoken.map { search.segments[$0][search.segments[$0].count - 1].close }
                    let previous = lastClose.map { search.paragraph(of: $0) }
                    // The last speaker goes on when their quote ends in the sentence just before;
                    // a whole sentence in between may name someone else (`“…,” said X. Y disagreed. “…”`).
                    let adjacent = lastClose.map { o > 0 && $0 >= search.sentenceStart(o - 1) } ?? false
                    if let p = lastSpoken, previous == paragraph, adjacent {
                        copied = quotes[p].speaker
                    } else if let m = search.previousSentence(q) {
                        found = m
                    } else if let p = lastSpoken, previous == paragraph {
                        copied = quotes[p].speaker
                    } else if let p = lastSpoken, let pp = previous, text.startsParagraph(o), paragraph - pp <= 2 {
                        copied = quotes[p].speaker
                    }
                }
            }
            if let m = found {
                quotes[q].kind = .speech
                quotes[q].speaker = namer.speaker(for: m)
                lastSpoken = q
            } else if let s = copied {
                quotes[q].speaker = s
                lastSpoken = q
            }
        }
    }
}
