/// Word tests the quote rules make on tokens, without building strings.
extension TokenizedText {
    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

    func isCapitalized(_ i: Int) -> Bool { isWord(i) && tokens[i].flags.contains(.capitalized) }

    /// The lexicon lists word token `i` is in (empty for other tokens and indices out of range),
    /// looked up by the token's folded hash: `Said`, `SAID` and `said` are one word.
    func wordClass(_ i: Int) -> WordClass {
        guard isWord(i), tokens[i].length <= 16 else { return [] }
        return WordClass(rawValue: QuoteLexicon.classes.get(ScalarHash.hash(scalars, tokens[i].start, tokens[i].end)))
    }

    /// True when word token `i` is in any of the lists `c`.
    func has(_ i: Int, _ c: WordClass) -> Bool { !wordClass(i).isDisjoint(with: c) }

    /// True when word token `i` is `word` (an ASCII lower-case word), ignoring case.
    func isWord(_ i: Int, _ word: String) -> Bool {
        guard isWord(i) else { return false }
        // An ASCII word is compared by its bytes, with no count of its scalars first.
        let t = tokens[i]
        var k = t.start
        for b in word.utf8 {
            guard b < 0x80 else { return isWordByScalars(i, word) }
            guard k < t.end else { return false }
            var v = scalars[k].value
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            if v != UInt32(b) { return false }
            k += 1
        }
        return k == t.end
    }

    private func isWordByScalars(_ i: Int, _ word: String) -> Bool {
        guard tokens[i].length == word.unicodeScalars.count else { return false }
        var k = tokens[i].start
        for w in word.unicodeScalars {
            var v = scalars[k].value
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            if v != w.value { return false }
            k += 1
        }
        return true
    }

    /// True when word token `i` ends with `suffix` (ASCII lower case) and is longer than it.
    func wordEnds(_ i: Int, with suffix: String) -> Bool {
        let utf8 = suffix.utf8
        // An ASCII suffix is compared by its bytes, with no count of its scalars first.
        if utf8.allSatisfy({ $0 < 0x80 }) {
            let n = utf8.count
            guard isWord(i), tokens[i].length > n else { return false }
            var k = tokens[i].end - n
            for b in utf8 {
                if scalars[k].value != UInt32(b) { return false }
                k += 1
            }
            return true
        }
        let n = suffix.unicodeScalars.count
        guard isWord(i), tokens[i].length > n else { return false }
        var k = tokens[i].end - n
        for w in suffix.unicodeScalars {
            if scalars[k].value != w.value { return false }
            k += 1
        }
        return true
    }

    /// True when token `i` starts a paragraph (or the text).
    func startsParagraph(_ i: Int) -> Bool { i <= 0 || tokens[i].flags.contains(.paragraphBefore) }

    /// A dash used as punctuation: `-`, `–`, `—`, standing apart from the words around it.
    func isDash(_ i: Int) -> Bool {
        guard i >= 0 && i < tokens.count && tokens[i].kind == .punctuation else { return false }
        let s = scalars[tokens[i].start]
        if s == "\u{2014}" || s == "\u{2013}" { return true }
        return s == "-" && tokens[i].flags.contains(.spaceBefore)
    }

    /// A hyphen inside a compound (`59-year-old`), with no space on either side.
    func isInnerHyphen(_ i: Int) -> Bool {
        guard i > 0 && i + 1 < tokens.count && tokens[i].kind == .punctuation else { return false }
        let s = scalars[tokens[i].start]
        return (s == "-" || s == "\u{2010}") && !tokens[i].flags.contains(.spaceBefore)
            && !tokens[i + 1].flags.contains(.spaceBefore)
    }
}
