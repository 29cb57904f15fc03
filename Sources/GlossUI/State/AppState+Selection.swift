import GlossCore

extension AppState {
    /// Keys while selecting; nil when the action is the reader's (quit, help, redraw).
    mutating func applySelect(_ action: Action) -> [Effect]? {
        let view = geometry.viewHeight
        switch action {
        case .cancel, .quit:
            // `q` while selecting drops the selection rather than leaving the article with it.
            withReader { $0.selection = nil }
            message = StatusMessage("Selection cancelled")
        case .extendSelection(let motion):
            withReader { $0.extendSelection(motion, viewHeight: view) }
        case .selectSentence:
            withReader { $0.selectSentence(viewHeight: view) }
        case .selectParagraph:
            withReader { $0.selectParagraph(viewHeight: view) }
        case .mark, .annotate, .cycleColor, .reattach:
            return applyAnnotating(action)
        case .scroll(let n):
            scroll(by: n)
        default:
            return nil
        }
        return []
    }

    /// `v`: a selection of one character where the reader's eye is (`ReaderState.startSelection`).
    mutating func startSelection() {
        let view = geometry.viewHeight
        withReader { $0.startSelection(viewHeight: view) }
    }

    /// `V`: the whole sentence around the caret (or the first word on screen).
    mutating func selectSentence() {
        let view = geometry.viewHeight
        withReader { $0.selectSentence(viewHeight: view) }
    }
}

extension AppState {
    /// The scalar offset drawn at a screen cell of the text, nil outside the text.
    public func offset(atX x: Int, y: Int) -> Int? {
        guard let r = reader, !geometry.panelCoversText, x >= geometry.textArea.x, x < geometry.textArea.maxX,
            y >= geometry.textArea.y, y < geometry.textArea.maxY
        else { return nil }
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
        withReader { r in
            switch phase {
            case .press:
                r.startSelection(at: offset)
                r.updateCurrentAnnotation()
            case .drag, .release:
                r.dragSelection(to: offset)
            case .doubleClick:
                r.selectWord(at: offset)
            }
        }
    }
}
