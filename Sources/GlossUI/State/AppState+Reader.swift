import GlossCore

extension AppState {
    // MARK: Opening and leaving

    mutating func open(_ document: ReaderDocument) {
        // Chosen on the catalog screen (still showing while the article loads): back there on q.
        let fromCatalog = screen == .catalog
        if !fromCatalog { catalogJump = nil }
        let view = geometry.viewHeight
        var r = ReaderState(
            document: document, measure: ReaderGeometry(size: size, measure: measure, panelOpen: false).measure)
        if let offset = positions[document.article.id], offset > 0 {
            r.topLine = min(r.layout.lineIndex(for: offset), r.maxTop(viewHeight: view))
        }
        screen = .reader(r, fromCatalog: fromCatalog)
        prompt = nil
        help = nil
        library.selectedID = document.article.id
        library.keepSelectionVisible(height: libraryListHeight)
    }

    mutating func quitOrBack() -> [Effect] {
        guard case .reader(let r, let fromCatalog) = screen else { return [.quit] }
        let offset = r.topLine == 0 ? 0 : r.topOffset
        let id = r.document.article.id
        let progress = readingProgress(r)
        positions[id] = offset
        // The Notes column follows what was annotated while reading, the progress column how far.
        library.modify(id) {
            $0.counts?.notes = r.annotations.count
            // And the tags facet what was tagged.
            $0.counts?.tags = r.annotations.annotations.reduce(into: Set<String>()) { $0.formUnion($1.tags) }
            $0.progress = progress
        }
        if library.facets.chosen.contains(where: { $0.kind == .tag }) { library.facets.narrow(library.entries) }
        // Opened from the catalog: back to the list it was chosen in.
        screen = fromCatalog && catalog != nil ? .catalog : .library
        catalogJump = nil
        prompt = nil
        help = nil
        recountFacets()
        return [.saveReadingPosition(articleID: id, offset: offset, progress: progress)]
    }

    /// Re-wraps the article when the width it gets has changed, keeping the same text at the top.
    mutating func relayout() {
        let g = geometry
        // A panel that covers the text does not change how the text is wrapped.
        let target =
            g.panelCoversText ? ReaderGeometry(size: size, measure: measure, panelOpen: false).measure : g.measure
        withReader { $0.relayout(measure: target, viewHeight: g.viewHeight) }
    }

    /// How far into the article the reader is, in percent: the status bar's figure.
    func readingProgress(_ r: ReaderState) -> Int { r.progress(viewHeight: geometry.viewHeight) }

    // MARK: Keys

    mutating func applyReader(_ action: Action) -> [Effect] {
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
        let view = geometry.viewHeight
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
            if withReader({ $0.dropSearchFocusOrCurrent() }) == false, openedDirectly {
                // Nothing left to cancel: Esc leaves an article opened directly for the library.
                openedDirectly = false
                return quitOrBack()
            }
        case .search:
            prompt = PromptState(kind: .search)
            withReader { $0.startSearch() }
        case .nextMatch, .previousMatch:
            if let m = withReader({ $0.moveMatch(by: action == .nextMatch ? 1 : -1, viewHeight: view) }) ?? nil {
                message = m
            }
        case .next(let kind): jump(to: kind, forward: true)
        case .previous(let kind): jump(to: kind, forward: false)
        case .toggle(let kind):
            if hiddenKinds.remove(kind) == nil { hiddenKinds.insert(kind) }
            message = StatusMessage(
                "\(kind.name.capitalized) highlights \(hiddenKinds.contains(kind) ? "hidden" : "shown")")
        case .showAll:
            hiddenKinds = hiddenKinds.isEmpty ? Set(HighlightKind.allCases) : []
            message = StatusMessage(hiddenKinds.isEmpty ? "All highlights shown" : "All highlights hidden")
        case .widen, .narrow:
            let before = geometry.measure
            let step = action == .widen ? 4 : -4
            measure = max(Self.measureRange.lowerBound, min(Self.measureRange.upperBound, before + step))
            relayout()
            let now = geometry.measure
            message = StatusMessage(
                now == before ? "Text column stays at \(now) columns (terminal width)" : "Text column \(now) columns")
        case .togglePanel:
            withReader { $0.panel.isOpen.toggle() }
            relayout()
        default: break
        }
        return []
    }

    /// Scrolls the view, clamped to the article.
    public mutating func scroll(by lines: Int) {
        let view = geometry.viewHeight
        withReader { $0.scroll(by: lines, viewHeight: view) }
    }

    /// Scrolls so `range` is on screen; when it is not, puts it a third of the way down.
    public mutating func reveal(_ range: TextRange) {
        let view = geometry.viewHeight
        withReader { $0.reveal(range, viewHeight: view) }
    }

    /// Focuses the next (or previous) quote, person, place or figure (`ReaderState.jump`);
    /// says so when the article has none.
    public mutating func jump(to kind: HighlightKind, forward: Bool) {
        let view = geometry.viewHeight
        if withReader({ $0.jump(to: kind, forward: forward, viewHeight: view) }) == false {
            message = StatusMessage("No \(kind.name)s in this article", isError: true)
        }
    }

    /// Runs the search for `query` and moves to the first match at or after where the search began.
    mutating func updateSearch(_ query: String) {
        let view = geometry.viewHeight
        withReader { $0.updateSearch(query, viewHeight: view) }
    }
}
