/// Pairs quotation marks paragraph by paragraph, working on scalars.
///
/// Why per paragraph: an unbalanced mark can then never run past the end of its paragraph.
/// A quote still open when its paragraph ends continues into the next paragraph only when that
/// paragraph reopens it with a mark of the same family (the news convention: each paragraph of
/// a long quote reopens, only the last closes) or closes it before opening another quote of
/// that family. Otherwise it ends with its paragraph, and is kept only when its opening mark
/// was unmistakable and it holds a few words.
///
/// Quotes nest at most `maxDepth` deep: news text nests two or three levels, and the bound keeps
/// a run of thousands of opening marks linear (each scalar lies inside a bounded number of
/// quotes, so their shapes and texts stay linear too).
struct QuoteScanner {
    /// A mark waiting for its closing mark.
    private struct Open {
        var family: QuoteFamily
        /// Offset of the opening mark, or of the paragraph start for a continuation without a mark.
        var position: Int
        var scalar: Unicode.Scalar
        /// A straight `'` that may still be an apostrophe (`'em`): dropped if never closed.
        var tentative: Bool
        /// No mark: this paragraph continues the previous paragraph's quote without reopening it.
        var virtual: Bool
        /// Whether the opening mark could be nothing else (space before, a word after).
        var clear: Bool
        /// Segments of the same quote in earlier paragraphs.
        var prior: [TextRange]
    }

    /// A quote left open at the end of a paragraph.
    private struct Carry {
        var family: QuoteFamily
        var segments: [TextRange]
        var clear: Bool
    }

    /// The most marks open at once; a deeper mark opens nothing.
    static let maxDepth = 8

    let scalars: [Unicode.Scalar]
    /// Each found quote as its segments, in the order their closing marks were met.
    private(set) var found: [[TextRange]] = []
    private var carry: Carry?

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Scans one paragraph. `continues` is false for titles and headings, which never continue a
    /// quote into or out of them.
    mutating func scan(_ r: TextRange, continues: Bool = true) {
        guard r.start < r.end else { return }
        var stack: [Open] = []
        var reopen: Carry? = nil
        if let c = carry {
            carry = nil
            if !continues {
                emitUnclosed(c.segments, clear: c.clear)
            } else if QuoteFamily.of(scalars[r.start]) == c.family, Self.canOpen(scalars[r.start]) {
                reopen = c
            } else {
                stack.append(
                    Open(
                        family: c.family, position: r.start, scalar: " ", tentative: false, virtual: true,
                        clear: c.clear, prior: c.segments))
            }
        }
        var p = r.start
        while p < r.end {
            let s = scalars[p]
            guard let family = QuoteFamily.of(s) else {
                p += 1
                continue
            }
            let prev: Unicode.Scalar? = p > r.start ? scalars[p - 1] : nil
            let next: Unicode.Scalar? = p + 1 < r.end ? scalars[p + 1] : nil
            let leftOpen = prev.map(Self.opensBefore) ?? true
            let rightWord = next.map { !Tokenizer.isSpace($0) } ?? false
            let rightClose = next.map(Self.closesAfter) ?? true
            var inner = innermost(family, stack)
            if let k = inner, stack[k].virtual, Self.canOpen(s), leftOpen, rightWord, !rightClose {
                // A paragraph that opens a new quote of that family did not continue the previous one.
                let v = stack.remove(at: k)
                emitUnclosed(v.prior, clear: v.clear)
                inner = innermost(family, stack)
            }
            // `''like this''`: two straight apostrophes typed for a double quotation mark.
            if s == "'", p + 1 < r.end, scalars[p + 1] == "'" {
                if let k = innermost(.double, stack) {
                    stack.removeSubrange((k + 1)...)
                    let o = stack.removeLast()
                    found.append(o.prior + [TextRange(o.position, p + 2)])
                } else if leftOpen, p + 2 < r.end, !Tokenizer.isSpace(scalars[p + 2]), stack.count < Self.maxDepth {
                    stack.append(
                        Open(
                            family: .double, position: p, scalar: "\"", tentative: false, virtual: false, clear: true,
                            prior: []))
                }
                p += 2
                continue
            }
            let mark = Mark(
                scalar: s, position: p, prev: prev, next: next, leftOpen: leftOpen, rightWord: rightWord,
                rightClose: rightClose,
                inner: inner.map { stack[$0].scalar })
            let action = decide(mark, in: r)
            switch action {
            case .skip:
                p += 1
            case .skipRockAndRoll:
                p += 3
            case .open, .openTentative:
                if stack.count >= Self.maxDepth {
                    // Full: an apostrophe-like mark still waiting gives way, or the new mark opens nothing.
                    guard let t = stack.firstIndex(where: { $0.tentative }) else {
                        p += 1
                        continue
                    }
                    stack.remove(at: t)
                }
                var o = Open(
                    family: family, position: p, scalar: s, tentative: action == .openTentative, virtual: false,
                    clear: leftOpen && rightWord, prior: [])
                if p == r.start, let c = reopen {
                    o.prior = c.segments
                    o.clear = c.clear
                    reopen = nil
                }
                stack.append(o)
                p += 1
            case .close:
                let k = inner!
                stack.removeSubrange((k + 1)...)
                let o = stack.removeLast()
                found.append(o.prior + [TextRange(o.position, p + 1)])
                p += 1
            }
        }
        if let c = reopen { emitUnclosed(c.segments, clear: c.clear) }
        // The outermost mark still open either continues into the next paragraph or ends here.
        if let k = stack.firstIndex(where: { !$0.tentative }) {
            let (family, position, virtual, clear) = (
                stack[k].family, stack[k].position, stack[k].virtual, stack[k].clear
            )
            // Taken out of the stack, the segments grow in place: a quote reopened in each of
            // thousands of paragraphs is not copied once per paragraph.
            var segments = stack[k].prior
            stack.removeAll()
            if virtual {
                emitUnclosed(segments, clear: clear)
                return
            }
            segments.append(TextRange(position, r.end))
            if !continues {
                emitUnclosed(segments, clear: clear)
            } else {
                carry = Carry(family: family, segments: segments, clear: clear)
            }
        }
    }

    /// Ends the last paragraph's open quote, if any.
    mutating func finish() {
        if let c = carry { emitUnclosed(c.segments, clear: c.clear) }
        carry = nil
    }

    private enum Action { case skip, skipRockAndRoll, open, openTentative, close }

    /// One quotation mark and what is around it, as the rules for marks see it.
    private struct Mark {
        var scalar: Unicode.Scalar
        var position: Int
        var prev: Unicode.Scalar?
        var next: Unicode.Scalar?
        /// Space, an opening bracket or the paragraph's start before it.
        var leftOpen: Bool
        /// Not space after it.
        var rightWord: Bool
        /// Space, punctuation or the paragraph's end after it.
        var rightClose: Bool
        /// The opening mark of the innermost open quote of the same family, if any.
        var inner: Unicode.Scalar?
    }

    /// What one mark does, by its kind: the rules for each quotation mark.
    private func decide(_ m: Mark, in r: TextRange) -> Action {
        switch m.scalar.value {
        case 0x201C:  // “ opens; closes a „ (German), or stands for ” when typed by mistake.
            if let o = m.inner, o == "\u{201E}" || (!m.leftOpen && m.rightClose) {
                return .close
            } else if m.rightWord {
                return .open
            }
        case 0x201D:  // ”
            if m.inner != nil {
                return .close
            } else if m.leftOpen && m.rightWord {
                return .open
            }
        case 0x201E, 0x201F:  // „ ‟
            if m.rightWord { return .open }
        case 0x22:  // " is told apart by what is open and what is around it.
            if m.inner != nil && m.leftOpen && m.rightWord && !m.rightClose {
                return .open  // a space before and a word after: it opens, inside the open quote
            } else if m.inner != nil {
                return .close
            } else if let a = m.prev, Tokenizer.isDigit(a) {
                return .skip  // inches: a 5" screen
            } else if let n = m.next, m.leftOpen || !Self.isClosingPunctuation(n) {
                // Nothing open: it opens, unless it sits glued between a word and punctuation.
                return .open
            }
        case 0x2018:  // ‘ opens, except in ‘90s; closes a ‚.
            if let n = m.next, Tokenizer.isDigit(n) {
                return .skip
            } else if let o = m.inner, o == "\u{201A}" || (!m.leftOpen && m.rightClose) {
                return .close
            } else if m.rightWord {
                return .open
            }
        case 0x2019, 0x27:  // ’ and ': apostrophe or closing mark; ' also opens.
            return apostropheOrMark(
                m.scalar, m.position, r, prev: m.prev, next: m.next, leftOpen: m.leftOpen, rightWord: m.rightWord,
                rightClose: m.rightClose, isOpen: m.inner != nil)
        case 0x201A, 0x201B:  // ‚ ‛ (‚ is also a comma look-alike: only before a word).
            if m.leftOpen && m.rightWord { return .open }
        case 0xAB, 0x2039:  // « ‹ open, or close a quote opened the other way round (»…«, German style).
            if let o = m.inner, o == "\u{BB}" || o == "\u{203A}" {
                return .close
            } else {
                return .open
            }
        default:  // » › close, or open before a word when none is open (»…«).
            if m.inner != nil {
                return .close
            } else if m.leftOpen && m.rightWord {
                return .open
            }
        }
        return .skip
    }

    private func innermost(_ family: QuoteFamily, _ stack: [Open]) -> Int? {
        stack.lastIndex { $0.family == family }
    }

    /// `’` and `'`: inside words (`don't`), before digits (`’90s`), in `rock ’n’ roll` and after a
    /// plural (`mothers’ arms`) they are apostrophes; otherwise `'` may open and both may close.
    private func apostropheOrMark(
        _ s: Unicode.Scalar, _ p: Int, _ r: TextRange, prev: Unicode.Scalar?, next: Unicode.Scalar?,
        leftOpen: Bool, rightWord: Bool, rightClose: Bool, isOpen: Bool
    ) -> Action {
        if let a = prev, let b = next, Self.isWordScalar(a), Self.isWordScalar(b) { return .skip }
        if let n = next, Tokenizer.isDigit(n) { return .skip }
        if leftOpen {
            if next == "n" || next == "N", p + 2 < r.end, Tokenizer.isApostrophe(scalars[p + 2]),
                p + 3 >= r.end || !Self.isWordScalar(scalars[p + 3])
            {
                return .skipRockAndRoll
            }
            // ’ never opens (that is ‘); a straight ' may, if a closing ' follows.
            return s == "'" && rightWord && !rightClose ? .openTentative : .skip
        }
        guard isOpen, rightClose else { return .skip }
        // mothers’ arms: a plural possessive, unless no later mark could close the quote instead.
        if let a = prev, a == "s" || a == "S", let n = next, Tokenizer.isSpace(n), laterSingleCloser(after: p, r) {
            return .skip
        }
        return .close
    }

    /// True when a single closing mark comes later in the paragraph before any single opening mark.
    private func laterSingleCloser(after p: Int, _ r: TextRange) -> Bool {
        var q = p + 1
        // A quote's closing mark is near: looking further would make long paragraphs quadratic.
        let end = min(r.end, p + 600)
        while q < end {
            let s = scalars[q]
            if s == "\u{2018}" { return false }
            if Tokenizer.isApostrophe(s) {
                let prev = scalars[q - 1]
                let next: Unicode.Scalar? = q + 1 < r.end ? scalars[q + 1] : nil
                let wordAfter = next.map(Self.isWordScalar) ?? false
                let digitAfter = next.map(Tokenizer.isDigit) ?? false
                if (Self.isWordScalar(prev) && wordAfter) || digitAfter {
                    q += 1
                    continue
                }
                if Self.opensBefore(prev) {
                    // A straight ' before a word may open a quote; ’ there is an elision (’em, ’n’).
                    if s == "'" && wordAfter { return false }
                    q += 1
                    continue
                }
                if !wordAfter { return true }
            }
            q += 1
        }
        return false
    }

    /// Records a quote that was never closed, when it is plainly a quote.
    private mutating func emitUnclosed(_ segments: [TextRange], clear: Bool) {
        guard clear, !segments.isEmpty else { return }
        var words = 0
        for seg in segments {
            var inWord = false
            for i in seg.start..<seg.end {
                let w = Self.isWordScalar(scalars[i])
                if w && !inWord { words += 1 }
                inWord = w
            }
        }
        if words >= 3 { found.append(segments) }
    }

    static func canOpen(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0x201C, 0x201E, 0x2018, 0x201A, 0xAB, 0x2039: return true
        default: return false
        }
    }

    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        Tokenizer.isLetter(s) || Tokenizer.isDigit(s)
    }

    /// What may stand before an opening mark: nothing, space, an opening bracket, a dash, another mark.
    @inline(__always) static func opensBefore(_ s: Unicode.Scalar) -> Bool {
        if Tokenizer.isSpace(s) || QuoteFamily.of(s) != nil { return true }
        switch s.value {
        case 0x28, 0x5B, 0x7B, 0x2F, 0x2D, 0x2013, 0x2014: return true  // ( [ { / - – —
        default: return false
        }
    }

    /// What may follow a closing mark: nothing, space, punctuation, another mark.
    @inline(__always) static func closesAfter(_ s: Unicode.Scalar) -> Bool {
        Tokenizer.isSpace(s) || QuoteFamily.of(s) != nil || isClosingPunctuation(s) || s == "-" || s == "\u{2013}"
            || s == "\u{2014}"
    }

    @inline(__always) static func isClosingPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x2026: return true  // . , ; : ! ? ) ] } …
        default: return false
        }
    }
}
