import GlossCore

/// The library's full-text search results and its facet panel.
extension AppState {
    /// How many hits the results list shows at once (each takes two rows).
    public var resultsListHeight: Int { max(1, libraryListHeight / 2) }

    /// The facet panel's place on the library screen: a column on the right, the whole width
    /// on a narrow screen; nil when it is closed.
    public var facetPanelArea: Rect? {
        guard library.facets.isOpen else { return nil }
        let body = size.height - 1
        if size.width < 60 { return Rect(x: 0, y: 0, width: size.width, height: body) }
        let w = min(44, max(28, size.width / 3))
        return Rect(x: size.width - w, y: 0, width: w, height: body)
    }

    /// The width the article list (or the results) gets beside the facet panel.
    public var libraryListWidth: Int {
        guard let panel = facetPanelArea else { return size.width }
        return panel.x
    }

    // MARK: Searching

    /// Enter in the library's search prompt (or Tab in the title filter, `fromFilter`, which
    /// the search then replaces): search the whole library for what was typed, among the
    /// articles the chosen facets leave.
    mutating func startLibrarySearch(_ text: String, fromFilter: Bool) -> [Effect] {
        let query = text.trimmingSpaces
        if fromFilter { library.filter = "" }
        guard !query.isEmpty else {
            library.keepSelectionVisible(height: libraryListHeight)
            return []
        }
        guard SearchQuery(query) != nil else {
            message = StatusMessage("Nothing to search for in “\(query)”: type a word", isError: true)
            return []
        }
        library.results = LibrarySearch(query: query)
        return [.searchLibrary(query: query, scope: library.facets.scope)]
    }

    /// Keys while the results list is up; nil for what the library does as usual.
    mutating func applyResults(_ action: Action) -> [Effect]? {
        guard var results = library.results else { return nil }
        let h = resultsListHeight
        if let rows = action.movement(page: h) {
            results.move(by: rows, height: h)
            library.results = results
            return []
        }
        switch action {
        case .activate:
            return openHit(at: results.selected)
        case .cancel, .quit, .back:
            library.results = nil
            library.keepSelectionVisible(height: libraryListHeight)
            return []
        case .pointer(let phase, let x, let y):
            guard phase == .press || phase == .doubleClick, x < libraryListWidth else { return nil }
            let row = y - 2
            guard row >= 0, row < h * 2 else { return [] }
            let i = results.scroll + row / 2
            guard results.hits.indices.contains(i) else { return [] }
            let wasSelected = results.selected == i
            results.selected = i
            library.results = results
            return phase == .doubleClick || wasSelected ? openHit(at: i) : []
        default:
            return nil
        }
    }

    /// Opens the article of a hit; the reader goes to the match when it arrives.
    private mutating func openHit(at i: Int) -> [Effect] {
        guard let hit = library.results?.hits[safe: i] else {
            message = StatusMessage("No result to open", isError: true)
            return []
        }
        library.results?.opening = hit
        return [.open(articleID: hit.articleID)]
    }

    /// The article of the hit being opened has arrived: show its match, with the reader's
    /// search primed so `n` goes on to the next one.
    mutating func revealOpenedHit() {
        guard let r = reader, let hit = library.results?.opening, hit.articleID == r.document.article.id,
            let query = library.results?.query
        else { return }
        library.results?.opening = nil
        switch hit.source {
        case .text, .title:
            let primed = LibrarySearch.readerQuery(query, hit: hit)
            guard !primed.isEmpty else { return }
            // The match the list showed, else the first after it.
            let at = hit.source == .text ? hit.range.start : 0
            let view = geometry.viewHeight
            let shown = withReader { $0.primeSearch(primed, after: at, viewHeight: view) }
            if shown == false, hit.source == .text { reveal(hit.range) }
        case .note, .tag:
            reveal(hit.range)
        }
    }

    /// Takes in what the library search found, when it is still the one shown.
    mutating func takeSearchResults(query: String, results: SearchResults, notes: [SearchHit], failure: String?) {
        guard var shown = library.results, shown.query == query, shown.isSearching else { return }
        shown.take(results, notes: notes, failure: failure)
        library.results = shown
        if let failure { message = StatusMessage(failure, isError: true) }
    }

    // MARK: Facets

    /// Opens the facet panel, asking the index for the facets the first time.
    mutating func openFacets() -> [Effect] {
        library.facets.isOpen = true
        recountFacets()
        guard library.facets.table == nil, library.facets.unavailable == nil, !library.facets.isLoading else {
            return []
        }
        library.facets.isLoading = true
        return [.loadFacets]
    }

    /// Keys while the facet panel is open; nil for what the library does as usual.
    mutating func applyFacets(_ action: Action) -> [Effect]? {
        let h = libraryListHeight
        if let rows = action.movement(page: h) {
            library.facets.move(by: rows, height: h)
            return []
        }
        switch action {
        case .activate:
            guard let value = library.facets.selectedValue else {
                message = StatusMessage("No facet to choose", isError: true)
                return []
            }
            return changeFacets { $0.toggle(FacetTable.Value(kind: value.kind, name: value.name), entries: $1) }
        case .togglePanel, .cancel, .quit:
            library.facets.isOpen = false
            return []
        case .nextTab, .previousTab:
            library.facets.jumpKind(forward: action == .nextTab, height: h)
            return []
        case .pointer(let phase, let x, let y):
            guard let panel = facetPanelArea, x >= panel.x else { return nil }
            guard phase == .press || phase == .doubleClick else { return [] }
            let row = library.facets.scroll + y - 2
            guard y >= 2, library.facets.rows.indices.contains(row), case .value(let i) = library.facets.rows[row]
            else { return [] }
            let wasSelected = library.facets.selected == i
            library.facets.selected = i
            return wasSelected || phase == .doubleClick ? applyFacets(.activate) : []
        default:
            return nil
        }
    }

    /// `c` and Backspace in the library: let the chosen facets go (or the last one).
    mutating func dropFacets(all: Bool) -> [Effect] {
        guard !library.facets.chosen.isEmpty else {
            message = StatusMessage("No facet chosen: Tab opens the facets", isError: true)
            return []
        }
        return changeFacets { $0.clear(lastOnly: !all, entries: $1) }
    }

    /// Changes the chosen facets, narrows the list and counts the facets again; search results
    /// on screen are asked again among the articles left.
    private mutating func changeFacets(_ body: (inout LibraryFacets, [LibraryEntry]) -> Void) -> [Effect] {
        body(&library.facets, library.entries)
        library.scroll = 0
        library.keepSelectionVisible(height: libraryListHeight)
        recountFacets()
        let n = library.visible.count
        let label = library.facets.chosenLabel
        message = StatusMessage(
            label.isEmpty ? "Every article shown" : "\(n) article\(n == 1 ? "" : "s") with \(label)")
        if let query = library.results?.query {
            library.results = LibrarySearch(query: query)
            return [.searchLibrary(query: query, scope: library.facets.scope)]
        }
        return []
    }

    /// Counts the facets of the articles shown again (when the panel is open).
    mutating func recountFacets() {
        guard library.facets.isOpen else { return }
        library.facets.recount(library.visible, height: libraryListHeight)
    }

    /// Takes in the facets the index gave.
    mutating func takeFacets(_ table: FacetTable?, failure: String?) {
        library.facets.isLoading = false
        if library.facets.table == nil {
            // The first facets: the selection starts at the top, not on a tag shown meanwhile.
            library.facets.startAtTop()
        }
        if let table { library.facets.table = table }
        library.facets.unavailable = failure
        if let failure { message = StatusMessage(failure, isError: true) }
        library.facets.narrow(library.entries)
        library.keepSelectionVisible(height: libraryListHeight)
        recountFacets()
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
