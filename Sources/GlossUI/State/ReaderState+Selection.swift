import GlossCore

/// Selecting a passage: where a selection starts, how the caret moves, and the annotation
/// under it.
extension ReaderState {
    /// `v`: a selection of one character where the reader's eye is: the focused highlight,
    /// else the current search match, else the first word on screen.
    public mutating func startSelection(viewHeight: Int) {
        let n = document.article.scalars.count
        let caret: Int
        if let f = focus {
            caret = f.range.start
        } else if let s = search, let c = s.current, s.matches.indices.contains(c) {
            caret = s.matches[c].start
        } else {
            caret = firstWordOnScreen()
        }
        let at = max(0, min(caret, n - 1))
        selection = Selection(anchor: at, caret: at)
        if n == 0 { selection = nil } else { reveal(TextRange(at, at + 1), viewHeight: viewHeight) }
        updateCurrentAnnotation()
    }

    /// Starts a selection at a given offset (a mouse click).
    public mutating func startSelection(at offset: Int) {
        guard !document.article.scalars.isEmpty else { return }
        let o = max(0, min(offset, document.article.scalars.count - 1))
        selection = Selection(anchor: o, caret: o)
    }

    /// The first non-space character shown at or below the top of the view.
    func firstWordOnScreen() -> Int {
        let scalars = document.article.scalars
        var line = topLine
        while line < layout.count && (layout.lines[line].range.isEmpty || layout.lines[line].literal != nil) {
            line += 1
        }
        var i = line < layout.count ? layout.lines[line].range.start : 0
        while i < scalars.count && scalars[i].properties.isWhitespace { i += 1 }
        return min(i, max(0, scalars.count - 1))
    }

    /// Moves the caret; the anchor stays.
    public mutating func extendSelection(_ motion: SelectionMotion, viewHeight: Int) {
        guard var s = selection else { return }
        s.caret = caret(after: motion, from: s.caret)
        selection = s
        reveal(TextRange(s.caret, s.caret + 1), viewHeight: viewHeight)
        updateCurrentAnnotation()
    }

    /// Moves the caret to `offset` (a drag).
    public mutating func dragSelection(to offset: Int) {
        guard var s = selection else { return }
        s.caret = offset
        selection = s
        updateCurrentAnnotation()
    }

    /// A double click: the word at `offset`.
    public mutating func selectWord(at offset: Int) {
        startSelection(at: offset)
        let start = caret(after: .wordBackward, from: min(offset + 1, document.article.scalars.count - 1))
        let end = caret(after: .wordEnd, from: max(0, offset - 1))
        if start <= offset && offset <= end { selection = Selection(anchor: start, caret: end) }
        updateCurrentAnnotation()
    }

    /// `V`: the whole sentence around the caret (or the first word on screen).
    public mutating func selectSentence(viewHeight: Int) {
        let at = selection?.caret ?? firstWordOnScreen()
        guard let sentence = sentences.first(where: { $0.contains(at) }) ?? sentences.first(where: { $0.start >= at })
        else { return }
        selection = Selection(anchor: sentence.start, caret: max(sentence.start, sentence.end - 1))
        reveal(sentence, viewHeight: viewHeight)
    }

    /// `vip`: the whole paragraph (block) around the caret.
    public mutating func selectParagraph(viewHeight: Int) {
        guard let s = selection else { return }
        guard let block = document.article.blocks.first(where: { $0.range.contains(s.caret) }) else { return }
        selection = Selection(anchor: block.range.start, caret: max(block.range.start, block.range.end - 1))
        reveal(block.range, viewHeight: viewHeight)
    }

    /// While selecting, the annotation under the caret becomes the current one.
    mutating func updateCurrentAnnotation() {
        guard let s = selection else { return }
        current = anchored.first { $0.anchor.range?.contains(s.caret) ?? false }?.id
    }

    /// Where `motion` takes the caret.
    func caret(after motion: SelectionMotion, from caret: Int) -> Int {
        let scalars = document.article.scalars
        let n = scalars.count
        guard n > 0 else { return 0 }
        func cls(_ i: Int) -> Int {
            let s = scalars[i]
            if s.properties.isWhitespace { return 0 }
            if s.properties.isAlphabetic || s.properties.numericType != nil
                || s.properties.generalCategory == .nonspacingMark
                || s == "'" || s == "\u{2019}" || s == "-"
            {
                return 1
            }
            return 2
        }
        var i = caret
        switch motion {
        case .characterForward:
            i += 1
            while i < n - 1 && scalars[i].properties.generalCategory == .nonspacingMark { i += 1 }
        case .characterBackward:
            i -= 1
            while i > 0 && scalars[i].properties.generalCategory == .nonspacingMark { i -= 1 }
        case .wordForward, .wordEnd:
            // Whole words: the caret lands on the last letter of the next word (`vww` selects
            // two words, never the first letter of a third).
            i += 1
            while i < n && cls(i) == 0 { i += 1 }
            if i < n {
                let c = cls(i)
                while i + 1 < n && cls(i + 1) == c { i += 1 }
            }
        case .wordBackward:
            i -= 1
            while i > 0 && cls(i) == 0 { i -= 1 }
            if i >= 0 {
                let c = cls(i)
                while i > 0 && cls(i - 1) == c { i -= 1 }
            }
        case .lineDown, .lineUp:
            let line = layout.lineIndex(for: caret)
            let column = layout.lines[line].column(ofOffset: caret, scalars) ?? 0
            var target = line + (motion == .lineDown ? 1 : -1)
            while target >= 0 && target < layout.count
                && (layout.lines[target].range.isEmpty || layout.lines[target].literal != nil)
            {
                target += motion == .lineDown ? 1 : -1
            }
            guard target >= 0 && target < layout.count else { return caret }
            let l = layout.lines[target]
            i = l.offset(atColumn: column, scalars) ?? max(l.range.start, l.range.end - 1)
        case .sentenceForward:
            if let k = sentences.firstIndex(where: { $0.end - 1 > caret }) {
                i = sentences[k].end - 1
            } else {
                i = n - 1
            }
        case .sentenceBackward:
            if let k = sentences.lastIndex(where: { $0.start < caret }) { i = sentences[k].start } else { i = 0 }
        case .paragraphForward:
            let blocks = document.article.blocks
            if let b = blocks.first(where: { $0.range.end - 1 > caret }) { i = b.range.end - 1 } else { i = n - 1 }
        case .paragraphBackward:
            let blocks = document.article.blocks
            if let b = blocks.last(where: { $0.range.start < caret }) { i = b.range.start } else { i = 0 }
        }
        return max(0, min(n - 1, i))
    }
}
