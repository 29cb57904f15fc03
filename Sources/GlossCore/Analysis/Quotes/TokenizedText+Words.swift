/// Word tests the quote rules make on tokens, without building strings for punctuation.
extension TokenizedText {
    /// The lower-cased text of word token `i`, or "" for other tokens and indices out of range.
    func lowerWord(_ i: Int) -> String {
        guard i >= 0 && i < tokens.count && tokens[i].kind == .word else { return "" }
        return text(i).lowercased()
    }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

    func isCapitalized(_ i: Int) -> Bool { isWord(i) && tokens[i].flags.contains(.capitalized) }

    /// True when token `i` is a word in `set` (compared lower case).
    func word(_ i: Int, in set: Set<String>) -> Bool {
        guard isWord(i), tokens[i].length <= 14 else { return false }
        return set.contains(lowerWord(i))
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
        return (s == "-" || s == "\u{2010}") && !tokens[i].flags.contains(.spaceBefore) && !tokens[i + 1].flags.contains(.spaceBefore)
    }
}
