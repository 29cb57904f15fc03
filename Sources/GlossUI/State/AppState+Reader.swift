import GlossCore

extension AppState {
    mutating func applyReader(_ action: Action) -> [Effect] {
        guard reader != nil else { screen = .library; return [] }
        if case .pointer(let phase, let x, let y) = action {
            applyPointer(phase, x: x, y: y)
            return []
        }
        if keyContext == .select, let effects = applySelect(action) { return effects }
        if keyContext == .panel, let effects = applyPanel(action) { return effects }
        if let effects = applyAnnotating(action) { return effects }
        if let rows = action.movement(page: geometry.viewHeight) {
            scroll(by: rows)
            return []
        }
        switch action {
        case .quit:
            if openedDirectly { return quitOrBack() + [.quit] }
            return quitOrBack()
        case .back:
            openedDirectly = false
            return quitOrBack()
        case .help: help = 0
        case .messages: openMessages()
        case .selectSentence:
            // `V` with no selection: the sentence at the focused highlight, match or screen top.
            startSelection()
            selectSentence()
        case .cancel:
            if reader!.search != nil {
                reader!.search = nil
            } else if reader!.focus != nil {
                reader!.focus = nil
            } else if reader!.current != nil {
                reader!.current = nil
            } else if openedDirectly {
                // Nothing left to cancel: Esc leaves an article opened directly for the library.
                openedDirectly = false
                return quitOrBack()
            }
        case .search:
            prompt = PromptState(kind: .search)
            reader!.search = SearchState(originTopLine: reader!.topLine)
        case .nextMatch: moveMatch(by: 1)
        case .previousMatch: moveMatch(by: -1)
        case .next(let kind): jump(to: kind, forward: true)
        case .previous(let kind): jump(to: kind, forward: false)
        case .toggle(let kind):
            if hiddenKinds.remove(kind) == nil { hiddenKinds.insert(kind) }
            message = StatusMessage("\(kind.name.capitalized) highlights \(hiddenKinds.contains(kind) ? "hidden" : "shown")")
        case .showAll:
            hiddenKinds = hiddenKinds.isEmpty ? Set(HighlightKind.allCases) : []
            message = StatusMessage(hiddenKinds.isEmpty ? "All highlights shown" : "All highlights hidden")
        case .widen, .narrow:
            let before = geometry.measure
            let step = action == .widen ? 4 : -4
            measure = max(Self.measureRange.lowerBound, min(Self.measureRange.upperBound, before + step))
            relayout()
            let now = geometry.measure
            message = StatusMessage(now == before ? "Text column stays at \(now) columns (terminal width)" : "Text column \(now) columns")
        case .togglePanel:
            reader!.panel.isOpen.toggle()
            relayout()
        default: break
        }
        return []
    }

    /// Scrolls the view, clamped to the article.
    public mutating func scroll(by lines: Int) {
        guard var r = reader else { return }
        r.topLine = max(0, min(r.topLine + lines, maxTop(r)))
        reader = r
    }

    /// Scrolls so `range` is on screen; when it is not, puts it a third of the way down.
    public mutating func reveal(_ range: TextRange) {
        guard var r = reader else { return }
        let line = r.layout.lineIndex(for: range.start)
        let lastLine = r.layout.lineIndex(for: max(range.start, range.end - 1))
        let view = geometry.viewHeight
        if line < r.topLine || lastLine >= r.topLine + view {
            r.topLine = max(0, min(line - view / 3, maxTop(r)))
        }
        reader = r
    }

    /// Focuses the next (or previous) quote, person, place or figure after the focus, or
    /// from the top of the view when nothing is focused. Wraps at the ends, and says so.
    public mutating func jump(to kind: HighlightKind, forward: Bool) {
        guard let r = reader else { return }
        let targets = r.document.targets[kind] ?? []
        guard !targets.isEmpty else {
            message = StatusMessage("No \(kind.name)s in this article", isError: true)
            return
        }
        let viewStart = r.topLine == 0 ? 0 : r.topOffset
        let viewEnd = r.layout.lines[min(r.layout.count - 1, r.topLine + geometry.viewHeight - 1)].range.end
        let anchor: Int
        if let focus = r.focus, focus.range.start >= viewStart, focus.range.start < max(viewEnd, viewStart + 1) {
            anchor = focus.range.start
        } else {
            anchor = forward ? viewStart - 1 : viewStart
        }
        var index: Int?
        var wrapped = false
        if forward {
            index = targets.firstIndex { $0.range.start > anchor }
            if index == nil { index = 0; wrapped = true }
        } else {
            index = targets.lastIndex { $0.range.start < anchor }
            if index == nil { index = targets.count - 1; wrapped = true }
        }
        let target = targets[index!]
        reader!.focus = Focus(range: target.range, kind: kind, detail: target.detail + (wrapped ? " (wrapped)" : ""))
        reveal(target.range)
    }

    /// Runs the search for `query` and moves to the first match at or after where the search began.
    mutating func updateSearch(_ query: String) {
        guard var r = reader, var s = r.search else { return }
        s.query = query
        let found = r.document.matches(of: query)
        s.matches = found.matches
        s.caseSensitive = found.caseSensitive
        s.current = nil
        if !s.matches.isEmpty {
            let origin = r.layout.lines[min(s.originTopLine, r.layout.count - 1)].range.start
            s.current = s.matches.firstIndex { $0.start >= origin } ?? 0
            r.topLine = s.originTopLine
        }
        r.search = s
        reader = r
        if let c = s.current { reveal(s.matches[c]) } else { reader!.topLine = s.originTopLine }
    }

    mutating func moveMatch(by delta: Int) {
        guard var r = reader, var s = r.search, !s.query.isEmpty else {
            message = StatusMessage("No search yet: press / to search", isError: true)
            return
        }
        guard !s.matches.isEmpty else {
            message = StatusMessage("No match for “\(s.query)”", isError: true)
            return
        }
        let n = s.matches.count
        let from = s.current ?? (delta > 0 ? -1 : 0)
        let raw = from + delta
        let wrapped = raw < 0 || raw >= n
        s.current = ((raw % n) + n) % n
        r.search = s
        reader = r
        reveal(s.matches[s.current!])
        if wrapped { message = StatusMessage("Search wrapped") }
    }
}
