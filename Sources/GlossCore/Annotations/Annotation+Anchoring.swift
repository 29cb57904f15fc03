extension Annotation {
    /// Errors an approximate match may have, as a share of the quote's length. A third keeps
    /// a passage with a changed word or two while a passage that was cut away does not latch
    /// onto unrelated text.
    public static let fuzzyErrorRatio = 1.0 / 3.0
    /// No more errors than this however long the quote (the search costs errors × text length).
    public static let fuzzyErrorLimit = 256

    /// Finds the passage in the article's current text.
    ///
    /// In order: the recorded position, accepted only when the text there still equals the
    /// quote (`exact`); else every occurrence of the exact quote, preferring those whose
    /// surrounding text still equals the recorded prefix and suffix, then the one nearest the
    /// old position (`moved`); else the best approximate match, scored on quote, prefix, suffix
    /// and distance (`fuzzy`); else `orphaned`.
    public func reanchor(in article: Article) -> Anchor {
        reanchor(in: article.scalars)
    }

    /// `reanchor(in:)` on bare text.
    public func reanchor(in text: [Unicode.Scalar]) -> Anchor {
        // The common case first, without copying the quote: the recorded range still holds it.
        let recorded = position.end - position.start
        if recorded > 0, position.start >= 0, position.end <= text.count,
            text[position.start..<position.end].elementsEqual(quote.exact.unicodeScalars)
        {
            return Anchor(status: .exact, range: TextRange(position.start, position.end))
        }
        let exact = Array(quote.exact.unicodeScalars)
        guard !exact.isEmpty, !text.isEmpty else { return .orphaned }
        let hint = max(0, min(position.start, text.count))
        if position.start >= 0, position.start + exact.count <= text.count,
            text[position.start..<(position.start + exact.count)].elementsEqual(exact)
        {
            return Anchor(status: .exact, range: TextRange(position.start, position.start + exact.count))
        }
        let prefix = Array(quote.prefix.unicodeScalars)
        let suffix = Array(quote.suffix.unicodeScalars)
        if let moved = Annotation.nearestOccurrence(of: exact, in: text, hint: hint, prefix: prefix, suffix: suffix) {
            return Anchor(status: .moved, range: TextRange(moved, moved + exact.count))
        }
        let budget = min(Annotation.fuzzyErrorLimit, Int(Double(exact.count) * Annotation.fuzzyErrorRatio))
        guard budget > 0 else { return .orphaned }
        let candidates = ApproximateMatcher.search(exact, in: text, maxErrors: budget)
        var best: (score: Double, match: ApproximateMatch)?
        for match in candidates {
            let score = Annotation.score(
                match, quoteLength: exact.count, in: text, hint: hint, prefix: prefix, suffix: suffix)
            if best == nil || score > best!.score { best = (score, match) }
        }
        guard let found = best?.match, found.end > found.start else { return .orphaned }
        return Anchor(status: .fuzzy, range: Annotation.wholeWords(found.range, in: text), errors: found.errors)
    }

    /// A range widened to whole words: a start or end inside a word moves to that word's edge
    /// (an edited passage keeps the words that were edited, not half of one).
    static func wholeWords(_ range: TextRange, in text: [Unicode.Scalar]) -> TextRange {
        func isWord(_ i: Int) -> Bool {
            i >= 0 && i < text.count && (text[i].properties.isAlphabetic || text[i].properties.numericType != nil)
        }
        var start = range.start, end = range.end
        while isWord(start - 1) && isWord(start) { start -= 1 }
        while isWord(end - 1) && isWord(end) { end += 1 }
        return TextRange(start, end)
    }

    /// The start of the best exact occurrence: most context sides agreeing, then nearest `hint`.
    static func nearestOccurrence(
        of needle: [Unicode.Scalar], in text: [Unicode.Scalar], hint: Int, prefix: [Unicode.Scalar],
        suffix: [Unicode.Scalar]
    ) -> Int? {
        guard needle.count <= text.count else { return nil }
        let first = needle[0]
        var best: (agreement: Int, distance: Int, start: Int)?
        var i = 0
        let lastStart = text.count - needle.count
        while i <= lastStart {
            if text[i] == first && text[i..<(i + needle.count)].elementsEqual(needle) {
                // Context cut short by the start or end of the text compares as far as it goes.
                var agreement = 0
                let before = text[max(0, i - prefix.count)..<i]
                if !prefix.isEmpty && before.elementsEqual(prefix.suffix(before.count)) { agreement += 1 }
                let afterEnd = i + needle.count
                let after = text[afterEnd..<min(text.count, afterEnd + suffix.count)]
                if !suffix.isEmpty && after.elementsEqual(suffix.prefix(after.count)) { agreement += 1 }
                let distance = abs(i - hint)
                if best == nil || agreement > best!.agreement
                    || (agreement == best!.agreement && distance < best!.distance)
                {
                    best = (agreement, distance, i)
                }
            }
            i += 1
        }
        return best?.start
    }

    /// A score in 0…1 weighting quote errors, prefix and suffix agreement and distance from
    /// the old position 50 : 20 : 20 : 2, the weights the W3C-selector annotation clients use.
    static func score(
        _ match: ApproximateMatch, quoteLength: Int, in text: [Unicode.Scalar], hint: Int, prefix: [Unicode.Scalar],
        suffix: [Unicode.Scalar]
    ) -> Double {
        let quoteScore = 1 - Double(match.errors) / Double(quoteLength)
        let prefixScore =
            prefix.isEmpty
            ? 1 : ApproximateMatcher.similarity(prefix, text[max(0, match.start - prefix.count)..<match.start])
        let suffixScore =
            suffix.isEmpty
            ? 1 : ApproximateMatcher.similarity(suffix, text[match.end..<min(text.count, match.end + suffix.count)])
        let positionScore = 1 - Double(abs(match.start - hint)) / Double(max(1, text.count))
        return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92
    }
}
