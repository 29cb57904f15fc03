import GlossCore

extension AppState {
    /// Rows of a catalog list (below the tab bar and the column titles, above the status bar).
    public var catalogListHeight: Int { max(1, size.height - 3) }

    /// Rows a quote takes in the quote book's second list: the quote, then its article.
    static let quoteRowHeight = 2

    /// Opens the catalog screen on `tab` (from the library, or another tab of it), asking the
    /// index for the tab's data the first time.
    mutating func openCatalog(_ tab: CatalogTab) -> [Effect] {
        var c = catalog ?? CatalogState(tab: tab)
        if c.tab != tab { c.inDetail = false }
        c.tab = tab
        screen = .catalog
        var effects: [Effect] = []
        if !c.isLoaded(tab), !c.loading.contains(tab) {
            c.loading.insert(tab)
            c.failures[tab] = nil
            effects.append(.loadCatalog(tab))
        }
        catalog = c
        return effects
    }

    /// Takes in a tab's data, or why it could not be read.
    mutating func takeCatalog(_ data: CatalogData) {
        guard catalog != nil else { return }
        catalog?.take(data)
        keepCatalogSelectionVisible()
    }

    mutating func catalogFailed(_ tab: CatalogTab, _ text: String) {
        guard catalog != nil else { return }
        catalog?.loading.remove(tab)
        catalog?.failures[tab] = text
        if screen == .catalog { message = StatusMessage(text, isError: true) }
    }

    /// The index was brought up to date: what the catalog held is stale. The tab on screen is
    /// read again; the others when next shown.
    mutating func catalogIndexChanged() -> [Effect] {
        guard var c = catalog else { return [] }
        c.invalidate()
        catalog = c
        guard screen == .catalog, !c.loading.contains(c.tab) else { return [] }
        return openCatalog(c.tab)
    }

    /// Whether the second list (the speaker's quotes, the name's articles) shares the screen
    /// with the first; below this width only the list with the keys shows.
    var catalogSplits: Bool { size.width >= CatalogView.splitWidth }

    mutating func applyCatalog(_ action: Action) -> [Effect] {
        guard var c = catalog else {
            screen = .library
            return []
        }
        let h = catalogListHeight
        let tab = c.tab
        if let rows = action.movement(page: h) {
            if c.inDetail {
                let perRow = tab == .quotes ? Self.quoteRowHeight : 1
                let page = action == .pageDown || action == .pageUp || action == .halfPageDown || action == .halfPageUp
                c.moveDetail(by: page ? rows / perRow : rows, height: h / perRow, count: detailCount(c))
            } else {
                c.moveMain(by: rows, height: h)
            }
            catalog = c
            return []
        }
        switch action {
        case .quit, .back:
            if c.inDetail {
                catalog?.inDetail = false
                return []
            }
            screen = .library
        case .cancel:
            if c.inDetail {
                catalog?.inDetail = false
            } else if !c.filter(tab).isEmpty {
                catalog?.setFilter("", for: tab)
            } else {
                screen = .library
            }
        case .help: help = 0
        case .messages: openMessages()
        case .catalogTab(let t): return openCatalog(t)
        case .nextTab, .previousTab:
            let all = CatalogTab.allCases
            let i = (all.firstIndex(of: tab) ?? 0) + (action == .nextTab ? 1 : -1)
            return openCatalog(all[(i + all.count) % all.count])
        case .filter:
            prompt = PromptState(kind: .filter, text: c.filter(tab))
        case .enterList:
            enterCatalogDetail()
        case .activate: return activateCatalog()
        case .tagQuote:
            guard tab == .quotes else {
                message = StatusMessage("t tags a quote: in the quote book (1), choose one", isError: true)
                return []
            }
            return openCatalogQuote(tag: true)
        case .compareFigures:
            guard tab == .figures else { return [] }
            catalog?.toggleComparing()
            message = StatusMessage(
                catalog?.comparing == true
                    ? "Figures about the same thing in several articles · c shows all" : "Every figure")
        case .cycleSort, .reverseSort:
            guard tab == .figures else {
                message = StatusMessage("s sorts the figure ledger (2)", isError: true)
                return []
            }
            catalog?.sortLedger(by: action == .cycleSort ? c.ledgerSort.next : c.ledgerSort)
            keepCatalogSelectionVisible()
            if let sorted = catalog {
                message = StatusMessage(
                    "Sorted by \(sorted.ledgerSort.rawValue) \(LibraryView.arrow(ascending: sorted.ledgerAscending))")
            }
        case .pointer(let phase, let x, let y):
            return catalogPointer(phase, x: x, y: y)
        default: break
        }
        return []
    }

    /// How many rows the second list has.
    func detailCount(_ c: CatalogState) -> Int {
        switch c.tab {
        case .quotes: c.selectedSpeaker?.quotes.count ?? 0
        case .people, .places: c.selectedName(c.tab)?.articleIDs.count ?? 0
        case .figures: 0
        }
    }

    /// `l` or Enter on a speaker or a name: its quotes or articles take the keys.
    mutating func enterCatalogDetail() {
        guard var c = catalog, c.tab != .figures, !c.inDetail else { return }
        guard detailCount(c) > 0 else { return }
        c.inDetail = true
        c.detail.selected = min(c.detail.selected, detailCount(c) - 1)
        catalog = c
    }

    /// Enter: into a speaker's quotes or a name's articles; on a quote, figure or article, open it.
    mutating func activateCatalog() -> [Effect] {
        guard let c = catalog else { return [] }
        switch c.tab {
        case .figures:
            guard let f = c.selectedFigure else { return [] }
            var detail = "Figure · \(f.text)"
            if let v = f.value { detail += " · value " + FigureText.number(v) + (f.unit.map { " \($0)" } ?? "") }
            return openFromCatalog(CatalogJump(articleID: f.articleID, range: f.range, kind: .figure, detail: detail))
        case .quotes:
            guard c.inDetail else {
                enterCatalogDetail()
                return []
            }
            return openCatalogQuote(tag: false)
        case .people, .places:
            guard c.inDetail else {
                enterCatalogDetail()
                return []
            }
            guard let name = c.selectedName(c.tab), name.articleIDs.indices.contains(c.detail.selected) else {
                return []
            }
            return openFromCatalog(articleID: name.articleIDs[c.detail.selected])
        }
    }

    /// Opens the selected quote's article at the quote (`tag`: with the tag prompt open on it).
    mutating func openCatalogQuote(tag: Bool) -> [Effect] {
        guard let c = catalog else { return [] }
        guard let q = c.inDetail ? c.selectedQuote : c.speakerQuotes.first else {
            message = StatusMessage("No quote here", isError: true)
            return []
        }
        let detail = "Quote · speaker: \(q.speaker ?? "unknown")"
        return openFromCatalog(
            CatalogJump(articleID: q.articleID, range: q.range, kind: .quote, detail: detail, tag: tag))
    }

    /// Opens an article from the catalog; `q` in the reader comes back here.
    mutating func openFromCatalog(_ jump: CatalogJump? = nil, articleID: String? = nil) -> [Effect] {
        guard let id = jump?.articleID ?? articleID else { return [] }
        catalogJump = jump
        return [.open(articleID: id)]
    }

    /// After an article opened from the catalog is shown: focus the quote or figure chosen
    /// there (the analysis's own when it has one at that place, for its detail and speaker),
    /// scroll it into view, and open the tag prompt when `t` asked. An article shown before
    /// its analysis gets the focus again when the analysis arrives.
    mutating func landCatalogJump(openPrompt: Bool) {
        guard let jump = catalogJump, let r = reader, r.document.article.id == jump.articleID else { return }
        let targets = r.document.targets[jump.kind] ?? []
        let target =
            targets.first { $0.range == jump.range }
            ?? targets.first { $0.range.start <= jump.range.start && jump.range.start < $0.range.end }
        let range = target?.range ?? jump.range
        let view = geometry.viewHeight
        withReader { r in
            r.focus = Focus(range: range, kind: jump.kind, detail: target?.detail ?? jump.detail)
            r.reveal(range, viewHeight: view)
        }
        if openPrompt, jump.tag { openQuoteTagPrompt() }
        if r.document.isAnalysed { catalogJump = nil }
    }

    /// Keeps each catalog list's selection on screen (after a resize or new data).
    mutating func keepCatalogSelectionVisible() {
        guard var c = catalog else { return }
        let h = catalogListHeight
        for tab in CatalogTab.allCases {
            var p = c.lists[tab] ?? CatalogState.ListPosition()
            p.scroll = ListScroll.offset(p.scroll, keeping: p.selected, height: h, count: c.count(tab))
            c.lists[tab] = p
        }
        let perRow = c.tab == .quotes ? Self.quoteRowHeight : 1
        c.detail.scroll = ListScroll.offset(
            c.detail.scroll, keeping: c.detail.selected, height: h / perRow, count: detailCount(c))
        catalog = c
    }

    /// The mouse on the catalog screen: the tab bar switches tabs; a press selects a row (in
    /// the list under it), a press on the selected row or a double click opens it.
    mutating func catalogPointer(_ phase: PointerPhase, x: Int, y: Int) -> [Effect] {
        guard phase == .press || phase == .doubleClick, var c = catalog else { return [] }
        if y == 0 {
            guard phase == .press, let tab = CatalogView.tab(at: x, catalog: c) else { return [] }
            return openCatalog(tab)
        }
        let row = y - 2
        guard row >= 0, row < catalogListHeight else { return [] }
        let split = catalogSplits && c.tab == .quotes
        let inRight = split ? x >= CatalogView.leftWidth(size.width) : c.inDetail
        if inRight {
            let perRow = c.tab == .quotes ? Self.quoteRowHeight : 1
            let i = c.detail.scroll + row / perRow
            guard i < detailCount(c) else { return [] }
            let was = c.inDetail && c.detail.selected == i
            c.inDetail = true
            c.detail.selected = i
            catalog = c
            return was || phase == .doubleClick ? activateCatalog() : []
        }
        let p = c.lists[c.tab] ?? CatalogState.ListPosition()
        let i = p.scroll + row
        guard i < c.count(c.tab) else { return [] }
        if c.tab == .figures, c.firstSelectable(from: i, step: 1) != i { return [] }
        let was = !c.inDetail && p.selected == i
        if i != p.selected { c.detail = CatalogState.ListPosition() }
        c.lists[c.tab] = CatalogState.ListPosition(selected: i, scroll: p.scroll)
        c.inDetail = false
        catalog = c
        return was || phase == .doubleClick ? activateCatalog() : []
    }
}
