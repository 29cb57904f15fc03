import GlossCore

extension AppState {
    /// Keys while selecting; nil when the action is the reader's (quit, help, redraw).
    mutating func applySelect(_ action: Action) -> [Effect]? {
        switch action {
        case .cancel, .quit:
            // `q` while selecting drops the selection rather than leaving the article with it.
            reader!.selection = nil
            message = StatusMessage("Selection cancelled")
        case .extendSelection(let motion):
            extendSelection(motion)
        case .selectSentence:
            selectSentence()
        case .selectParagraph:
            selectParagraph()
        case .mark, .annotate, .cycleColor, .reattach:
            return applyAnnotating(action)
        case .scroll(let n):
            scroll(by: n)
        default:
            return nil
        }
        return []
    }

    /// `v`: a selection of one character where the reader's eye is: the focused highlight,
    /// else the current search match, else the first word on screen.
    public mutating func startSelection() {
        guard let r = reader else { return }
        let n = r.document.article.scalars.count
        let caret: Int
        if let f = r.focus {
            caret = f.range.start
        } else if let s = r.search, let c = s.current, s.matches.indices.contains(c) {
            caret = s.matches[c].start
        } else {
            caret = firstWordOnScreen()
        }
        let at = max(0, min(caret, n - 1))
        reader!.selection = Selection(anchor: at, caret: at)
        if n == 0 { reader!.selection = nil } else { reveal(TextRange(at, at + 1)) }
        updateCurrentAnnotation()
    }

    /// Starts a selection at a given offset (a mouse click).
    public mutating func startSelection(at offset: Int) {
        guard let r = reader, !r.document.article.scalars.isEmpty else { return }
        let o = max(0, min(offset, r.document.article.scalars.count - 1))
        reader!.selection = Selection(anchor: o, caret: o)
    }

    /// The first non-space character shown at or below the top of the view.
    func firstWordOnScreen() -> Int {
        guard let r = reader else { return 0 }
        let scalars = r.document.article.scalars
        var line = r.topLine
        while line < r.layout.count && (r.layout.lines[line].range.isEmpty || r.layout.lines[line].literal != nil) { line += 1 }
        var i = line < r.layout.count ? r.layout.lines[line].range.start : 0
        while i < scalars.count && scalars[i].properties.isWhitespace { i += 1 }
        return min(i, max(0, scalars.count - 1))
    }

    /// Moves the caret; the anchor stays.
    public mutating func extendSelection(_ motion: SelectionMotion) {
        guard var r = reader, var s = r.selection else { return }
        s.caret = caretAfter(motion, from: s.caret, in: r)
        r.selection = s
        reader = r
        reveal(TextRange(s.caret, s.caret + 1))
        updateCurrentAnnotation()
    }

    /// `V`: the whole sentence around the caret (or the first word on screen).
    public mutating func selectSentence() {
        guard let r = reader else { return }
        let at = r.selection?.caret ?? firstWordOnScreen()
        guard let sentence = r.sentences.first(where: { $0.contains(at) }) ?? r.sentences.first(where: { $0.start >= at }) else { return }
        reader!.selection = Selection(anchor: sentence.start, caret: max(sentence.start, sentence.end - 1))
        reveal(sentence)
    }

    /// `vip`: the whole paragraph (block) around the caret.
    public mutating func selectParagraph() {
        guard let r = reader, let s = r.selection else { return }
        guard let block = r.document.article.blocks.first(where: { $0.range.contains(s.caret) }) else { return }
        reader!.selection = Selection(anchor: block.range.start, caret: max(block.range.start, block.range.end - 1))
        reveal(block.range)
    }

    /// Where `motion` takes the caret.
    func caretAfter(_ motion: SelectionMotion, from caret: Int, in r: ReaderState) -> Int {
        let scalars = r.document.article.scalars
        let n = scalars.count
        guard n > 0 else { return 0 }
        func cls(_ i: Int) -> Int {
            let s = scalars[i]
            if s.properties.isWhitespace { return 0 }
            if s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
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
            let line = r.layout.lineIndex(for: caret)
            let column = r.layout.lines[line].column(ofOffset: caret, scalars) ?? 0
            var target = line + (motion == .lineDown ? 1 : -1)
            while target >= 0 && target < r.layout.count && (r.layout.lines[target].range.isEmpty || r.layout.lines[target].literal != nil) {
                target += motion == .lineDown ? 1 : -1
            }
            guard target >= 0 && target < r.layout.count else { return caret }
            let l = r.layout.lines[target]
            i = l.offset(atColumn: column, scalars) ?? max(l.range.start, l.range.end - 1)
        case .sentenceForward:
            let sentences = r.sentences
            if let k = sentences.firstIndex(where: { $0.end - 1 > caret }) {
                i = sentences[k].end - 1
            } else {
                i = n - 1
            }
        case .sentenceBackward:
            if let k = r.sentences.lastIndex(where: { $0.start < caret }) { i = r.sentences[k].start } else { i = 0 }
        case .paragraphForward:
            let blocks = r.document.article.blocks
            if let b = blocks.first(where: { $0.range.end - 1 > caret }) { i = b.range.end - 1 } else { i = n - 1 }
        case .paragraphBackward:
            let blocks = r.document.article.blocks
            if let b = blocks.last(where: { $0.range.start < caret }) { i = b.range.start } else { i = 0 }
        }
        return max(0, min(n - 1, i))
    }
}

extension AppState {
    /// The scalar offset drawn at a screen cell of the text, nil outside the text.
    public func offset(atX x: Int, y: Int) -> Int? {
        guard let r = reader, !geometry.panelCoversText, x >= geometry.textArea.x, x < geometry.textArea.maxX, y >= geometry.textArea.y, y < geometry.textArea.maxY else { return nil }
        let index = r.topLine + y - geometry.textArea.y
        guard index >= 0, index < r.layout.count else { return nil }
        let line = r.layout.lines[index]
        guard line.literal == nil, !line.range.isEmpty else { return nil }
        let column = x - geometry.textArea.x - geometry.textX - line.indent
        if column < 0 { return line.range.start }
        // Past the end of the line: its last character.
        return line.offset(atColumn: column, r.document.article.scalars) ?? max(line.range.start, line.range.end - 1)
    }

    /// Mouse presses, drags and double clicks in the text.
    mutating func applyPointer(_ phase: PointerPhase, x: Int, y: Int) {
        guard let offset = offset(atX: x, y: y) else { return }
        switch phase {
        case .press:
            startSelection(at: offset)
            updateCurrentAnnotation()
        case .drag, .release:
            guard var s = reader!.selection else { return }
            s.caret = offset
            reader!.selection = s
            updateCurrentAnnotation()
        case .doubleClick:
            startSelection(at: offset)
            guard let r = reader else { return }
            let start = caretAfter(.wordBackward, from: min(offset + 1, r.document.article.scalars.count - 1), in: r)
            let end = caretAfter(.wordEnd, from: max(0, offset - 1), in: r)
            if start <= offset && offset <= end { reader!.selection = Selection(anchor: start, caret: end) }
            updateCurrentAnnotation()
        }
    }
}
