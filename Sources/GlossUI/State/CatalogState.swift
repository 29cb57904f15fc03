import GlossCore

/// The catalog screen: the library-wide lists (the quote book, the figure ledger, people,
/// places) as the library index gave them, the tab shown, each tab's filter, selection and
/// scroll, and the ledger's order and comparison view.
///
/// What the lists show (speakers grouped, figures sorted or compared, names filtered) is
/// worked out once when the data, the filter or the order changes (`refresh`), not per frame.
public struct CatalogState: Hashable, Sendable {
    public var tab: CatalogTab
    public private(set) var quotes: [QuoteRecord]?
    public private(set) var figures: [FigureRecord]?
    public private(set) var people: [EntityListing]?
    public private(set) var places: [EntityListing]?
    /// Tabs asked of the index and not answered yet.
    public var loading: Set<CatalogTab> = []
    /// Why a tab could not be loaded.
    public var failures: [CatalogTab: String] = [:]
    /// The filter typed on each tab.
    public private(set) var filters: [CatalogTab: String] = [:]
    /// Selection and scroll of each tab's main list (speakers, figures, names).
    public var lists: [CatalogTab: ListPosition] = [:]
    /// Selection and scroll of the second list: the speaker's quotes, the name's articles.
    public var detail = ListPosition()
    /// Whether the second list has the keys (`l` or Enter goes in, `h` or Esc comes out).
    public var inDetail = false
    public private(set) var ledgerSort: LedgerSort = .article
    public private(set) var ledgerAscending = true
    /// The ledger shows only figures about the same thing in several articles, grouped.
    public private(set) var comparing = false

    /// The quote book's speakers, most quoted first (quotes without a speaker last).
    public private(set) var speakers: [SpeakerGroup] = []
    /// The ledger's rows: figures, and in the comparison view a heading before each group.
    public private(set) var ledger: [LedgerRow] = []
    /// The people or places listed on their tab, filtered.
    public private(set) var names: [CatalogTab: [EntityListing]] = [:]

    /// One speaker of the quote book and their quotes (positions in `quotes`).
    public struct SpeakerGroup: Hashable, Sendable {
        /// Nil for the quotes nobody was found to say.
        public var name: String?
        public var quotes: [Int]
        public var articles: Int
    }

    /// One row of the figure ledger.
    public enum LedgerRow: Hashable, Sendable {
        /// A comparison group's heading: what it is about, in how many articles, and whether
        /// its values disagree.
        case heading(String, articles: Int, differ: Bool)
        /// A figure (its position in `figures`); `odd` when its value is not its group's
        /// most common one.
        case figure(Int, odd: Bool)
    }

    /// A list's selected row and first visible row.
    public struct ListPosition: Hashable, Sendable {
        public var selected = 0
        public var scroll = 0

        public init(selected: Int = 0, scroll: Int = 0) {
            self.selected = selected
            self.scroll = scroll
        }
    }

    public init(tab: CatalogTab) {
        self.tab = tab
    }

    /// Whether the tab's data is here.
    public func isLoaded(_ tab: CatalogTab) -> Bool {
        switch tab {
        case .quotes: quotes != nil
        case .figures: figures != nil
        case .people: people != nil
        case .places: places != nil
        }
    }

    /// Takes what the index found for a tab.
    public mutating func take(_ data: CatalogData) {
        loading.remove(data.tab)
        failures[data.tab] = nil
        switch data {
        case .quotes(let q): quotes = q
        case .figures(let f): figures = f
        case .people(let p): people = p
        case .places(let p): places = p
        }
        refresh(data.tab)
    }

    /// Forgets every tab's data (the index changed), keeping filters and positions.
    public mutating func invalidate() {
        quotes = nil
        figures = nil
        people = nil
        places = nil
        failures = [:]
        for tab in CatalogTab.allCases { refresh(tab) }
    }

    public func filter(_ tab: CatalogTab) -> String { filters[tab] ?? "" }

    public mutating func setFilter(_ text: String, for tab: CatalogTab) {
        filters[tab] = text
        lists[tab] = ListPosition()
        if tab == .quotes || tab.isNames { detail = ListPosition() }
        refresh(tab)
    }

    /// Sorts the ledger by `sort`; the same again reverses it.
    public mutating func sortLedger(by sort: LedgerSort) {
        if sort == ledgerSort {
            ledgerAscending.toggle()
        } else {
            ledgerSort = sort
            ledgerAscending = sort.startsAscending
        }
        refresh(.figures)
    }

    public mutating func toggleComparing() {
        comparing.toggle()
        lists[.figures] = ListPosition()
        refresh(.figures)
        // The first row of the comparison view is a heading.
        lists[.figures] = ListPosition(selected: firstSelectable(from: 0, step: 1) ?? 0)
    }

    /// How many quotes, figures, people or places the library has (nil: not read yet).
    public func total(_ tab: CatalogTab) -> Int? {
        switch tab {
        case .quotes: quotes?.count
        case .figures: figures?.count
        case .people: people?.count
        case .places: places?.count
        }
    }

    /// The number of rows in the tab's main list.
    public func count(_ tab: CatalogTab) -> Int {
        switch tab {
        case .quotes: speakers.count
        case .figures: ledger.count
        case .people, .places: names[tab]?.count ?? 0
        }
    }

    /// The selected speaker of the quote book.
    public var selectedSpeaker: SpeakerGroup? {
        let i = lists[.quotes]?.selected ?? 0
        return speakers.indices.contains(i) ? speakers[i] : nil
    }

    /// The selected speaker's quotes.
    public var speakerQuotes: [QuoteRecord] {
        guard let quotes, let s = selectedSpeaker else { return [] }
        return s.quotes.map { quotes[$0] }
    }

    /// The selected quote (in the second list).
    public var selectedQuote: QuoteRecord? {
        let list = speakerQuotes
        return list.indices.contains(detail.selected) ? list[detail.selected] : nil
    }

    /// The selected figure of the ledger.
    public var selectedFigure: FigureRecord? {
        let i = lists[.figures]?.selected ?? 0
        guard let figures, ledger.indices.contains(i), case .figure(let n, _) = ledger[i] else { return nil }
        return figures[n]
    }

    /// The selected person or place.
    public func selectedName(_ tab: CatalogTab) -> EntityListing? {
        let list = names[tab] ?? []
        let i = lists[tab]?.selected ?? 0
        return list.indices.contains(i) ? list[i] : nil
    }

    /// Moves the main list's selection by `delta` rows (`height` rows shown), skipping the
    /// ledger's headings.
    public mutating func moveMain(by delta: Int, height: Int) {
        let n = count(tab)
        guard n > 0 else { return }
        var p = lists[tab] ?? ListPosition()
        var target = max(0, min(n - 1, p.selected + delta))
        if tab == .figures {
            let step = delta >= 0 ? 1 : -1
            target =
                firstSelectable(from: target, step: step) ?? firstSelectable(from: target, step: -step) ?? p.selected
        }
        if target != p.selected, tab == .quotes || tab.isNames { detail = ListPosition() }
        p.selected = target
        p.scroll = ListScroll.offset(p.scroll, keeping: target, height: height, count: n)
        lists[tab] = p
    }

    /// Moves the second list's selection; `rowHeight` rows per item.
    public mutating func moveDetail(by delta: Int, height: Int, count n: Int) {
        guard n > 0 else { return }
        detail.selected = max(0, min(n - 1, detail.selected + delta))
        detail.scroll = ListScroll.offset(detail.scroll, keeping: detail.selected, height: height, count: n)
    }

    /// The first row from `start` in direction `step` that is a figure (the ledger).
    func firstSelectable(from start: Int, step: Int) -> Int? {
        var i = start
        while ledger.indices.contains(i) {
            if case .figure = ledger[i] { return i }
            i += step
        }
        return nil
    }

    /// Works out what a tab lists from its data, filter and order.
    mutating func refresh(_ tab: CatalogTab) {
        let query = Self.Query(filter(tab))
        switch tab {
        case .quotes:
            speakers = Self.group(quotes ?? [], query)
        case .figures:
            ledger = Self.ledgerRows(
                figures ?? [], query, sort: ledgerSort, ascending: ledgerAscending, comparing: comparing)
        case .people:
            names[.people] = (people ?? []).filter { query.matches([$0.name] + $0.aliases) }
        case .places:
            names[.places] = (places ?? []).filter { query.matches([$0.name] + $0.aliases) }
        }
        var p = lists[tab] ?? ListPosition()
        let n = count(tab)
        p.selected = max(0, min(p.selected, n - 1))
        if tab == .figures,
            let s = firstSelectable(from: p.selected, step: 1) ?? firstSelectable(from: p.selected, step: -1)
        {
            p.selected = s
        }
        p.scroll = max(0, min(p.scroll, p.selected))
        lists[tab] = p
    }

    /// A filter as typed: smart case (a capital makes it case-sensitive).
    struct Query {
        var text: String
        var sensitive: Bool

        init(_ typed: String) {
            text = typed.trimmingSpaces
            sensitive = text.contains { $0.isUppercase }
            if !sensitive { text = text.lowercased() }
        }

        func matches(_ fields: [String?]) -> Bool {
            guard !text.isEmpty else { return true }
            return fields.contains { field in
                guard let field else { return false }
                return (sensitive ? field : field.lowercased()).contains(text)
            }
        }
    }

    /// Quotes by speaker: most quotes first, then name; quotes nobody said last.
    static func group(_ quotes: [QuoteRecord], _ query: Query) -> [SpeakerGroup] {
        var bySpeaker: [String: [Int]] = [:]
        var none: [Int] = []
        for (i, q) in quotes.enumerated() where query.matches([q.speaker, q.text, q.title]) {
            if let s = q.speaker { bySpeaker[s, default: []].append(i) } else { none.append(i) }
        }
        func articles(_ list: [Int]) -> Int { Set(list.map { quotes[$0].articleID }).count }
        var out = bySpeaker.map { SpeakerGroup(name: $0.key, quotes: $0.value, articles: articles($0.value)) }
        out.sort { a, b in a.quotes.count != b.quotes.count ? a.quotes.count > b.quotes.count : a.name! < b.name! }
        if !none.isEmpty { out.append(SpeakerGroup(name: nil, quotes: none, articles: articles(none))) }
        return out
    }

    /// The ledger's rows: the figures in order, or the comparison groups with their headings.
    static func ledgerRows(
        _ figures: [FigureRecord], _ query: Query, sort: LedgerSort, ascending: Bool, comparing: Bool
    ) -> [LedgerRow] {
        var position: [FigureRecord: Int] = [:]
        for (i, f) in figures.enumerated() where position[f] == nil { position[f] = i }
        let shown = figures.filter {
            query.matches([$0.text, $0.unit, $0.qualifier, $0.sentence, $0.title, $0.articleID])
        }
        guard comparing else {
            return sort.sorted(shown, ascending: ascending).map { .figure(position[$0]!, odd: false) }
        }
        var rows: [LedgerRow] = []
        for group in FigureComparison.groups(shown) {
            let values = group.figures.compactMap(\.value)
            var tally: [Double: Int] = [:]
            for v in values { tally[v, default: 0] += 1 }
            // The value most of the group gives; with a tie, none (every value stands out).
            let top = tally.values.max() ?? 0
            let leaders = tally.filter { $0.value == top }
            let common = leaders.count == 1 ? leaders.first?.key : nil
            let differ = tally.count > 1
            rows.append(.heading(group.heading, articles: Set(group.figures.map(\.articleID)).count, differ: differ))
            for f in group.figures {
                rows.append(.figure(position[f]!, odd: differ && (common == nil || f.value != common)))
            }
        }
        return rows
    }
}

extension CatalogTab {
    /// The people and places tabs, which list names and their articles.
    var isNames: Bool { self == .people || self == .places }
}
