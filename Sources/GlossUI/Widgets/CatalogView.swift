import GlossCore

/// The catalog screen: a tab bar (Quotes, Figures, People, Places), column titles, and the
/// tab's lists. The quote book shows speakers beside the selected speaker's quotes; the figure
/// ledger a table of figures, or groups of figures about the same thing with the values that
/// disagree marked; people and places a table of names, or the articles naming one.
public struct CatalogView: Widget {
    public var catalog: CatalogState
    /// For the titles of the articles a name is in.
    public var library: LibraryState
    public var theme: Theme

    public init(catalog: CatalogState, library: LibraryState, theme: Theme) {
        self.catalog = catalog
        self.library = library
        self.theme = theme
    }

    /// From this width the quote book shows speakers and quotes side by side.
    public static let splitWidth = 60

    /// The width of the speakers' list (with its border) beside the quotes.
    static func leftWidth(_ width: Int) -> Int { min(44, max(32, width * 2 / 5)) }

    /// The tab bar's labels and where each starts.
    static func tabLabels(_ catalog: CatalogState) -> [(tab: CatalogTab, text: String, x: Int)] {
        var x = 0
        var out: [(CatalogTab, String, Int)] = []
        for tab in CatalogTab.allCases {
            let n = catalog.total(tab).map { " \(NumberText.grouped($0))" } ?? ""
            let text = " \(tab.digit) \(tab.title)\(n) "
            out.append((tab, text, x))
            x += DisplayWidth.of(text) + 1
        }
        return out
    }

    /// The tab under cell `x` of the tab bar.
    static func tab(at x: Int, catalog: CatalogState) -> CatalogTab? {
        tabLabels(catalog).last { x >= $0.x }.flatMap { x < $0.x + DisplayWidth.of($0.text) ? $0.tab : nil }
    }

    /// Text for one row: line breaks and tabs as spaces (control characters never reach the
    /// terminal: `CellBuffer` replaces them).
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.isWhitespace ? " " : $0 }))
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard area.height > 0, area.width > 0 else { return }
        buffer.fill(area)
        renderTabs(into: &buffer, area: area)
        guard area.height > 2 else { return }
        let list = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        if let text = emptyText() {
            buffer.writeTruncated(
                text.0, x: list.x + 1, y: list.y + 1, style: theme.style(text.1 ? .error : .dim),
                maxWidth: list.width - 2)
            return
        }
        switch catalog.tab {
        case .quotes: renderQuoteBook(into: &buffer, area: list)
        case .figures: renderLedger(into: &buffer, area: list)
        case .people, .places:
            if catalog.inDetail {
                renderArticles(into: &buffer, area: list)
            } else {
                renderNames(into: &buffer, area: list)
            }
        }
    }

    private func renderTabs(into buffer: inout CellBuffer, area: Rect) {
        var x = area.x
        for (tab, text, _) in Self.tabLabels(catalog) {
            let style = theme.style(tab == catalog.tab ? .tabActive : .tabInactive)
            x += buffer.writeTruncated(text, x: x, y: area.y, style: style, maxWidth: area.maxX - x)
            if x < area.maxX { x += buffer.write(" ", x: x, y: area.y, maxWidth: 1) }
        }
        var info = ""
        if catalog.tab == .figures {
            info += " sorted by \(catalog.ledgerSort.rawValue) \(LibraryView.arrow(ascending: catalog.ledgerAscending))"
            if catalog.comparing { info += " · compared" }
        }
        let filter = catalog.filter(catalog.tab)
        if !filter.isEmpty { info += " · filter “\(filter)”" }
        if x < area.maxX - 4 {
            buffer.writeTruncated(info, x: x, y: area.y, style: theme.style(.title), maxWidth: area.maxX - x)
        }
    }

    /// What the list area says instead of rows (and whether it is an error).
    private func emptyText() -> (String, Bool)? {
        let tab = catalog.tab
        if let failure = catalog.failures[tab] { return (failure, true) }
        if !catalog.isLoaded(tab) { return ("Reading the library index…", false) }
        guard catalog.count(tab) == 0 else { return nil }
        if !catalog.filter(tab).isEmpty { return ("Nothing matches the filter (Esc clears it).", false) }
        switch tab {
        case .quotes: return ("No quotes in the library.", false)
        case .figures:
            return (
                catalog.comparing
                    ? "No figures about the same thing in more than one article (c shows all)."
                    : "No figures in the library.", false
            )
        case .people: return ("No people in the library.", false)
        case .places: return ("No places in the library.", false)
        }
    }

    /// A row's style: the selection where the keys are, bold where they are not.
    private func rowStyle(selected: Bool, active: Bool) -> CellStyle {
        guard selected else { return .plain }
        return active ? theme.style(.selection) : theme.style(.heading)
    }

    private func fillRow(_ buffer: inout CellBuffer, x: Int, y: Int, width: Int, style: CellStyle) {
        if style != .plain { buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: style) }
    }

    /// Writes `text` right-aligned in `width` columns ending at `x + width`.
    private func writeRight(_ buffer: inout CellBuffer, _ text: String, x: Int, y: Int, width: Int, style: CellStyle) {
        let w = min(width, DisplayWidth.of(text))
        buffer.writeTruncated(text, x: x + width - w, y: y, style: style, maxWidth: width)
    }

    // MARK: The quote book

    private func renderQuoteBook(into buffer: inout CellBuffer, area: Rect) {
        if area.width >= Self.splitWidth {
            let left = Self.leftWidth(area.width)
            renderSpeakers(
                into: &buffer, area: Rect(x: area.x, y: area.y, width: left - 1, height: area.height),
                active: !catalog.inDetail)
            for y in area.y..<area.maxY {
                buffer.write("│", x: area.x + left - 1, y: y, style: theme.style(.panelBorder), maxWidth: 1)
            }
            renderQuotes(
                into: &buffer, area: Rect(x: area.x + left, y: area.y, width: area.width - left, height: area.height),
                active: catalog.inDetail)
        } else if catalog.inDetail {
            renderQuotes(into: &buffer, area: area, active: true)
        } else {
            renderSpeakers(into: &buffer, area: area, active: true)
        }
    }

    private func renderSpeakers(into buffer: inout CellBuffer, area: Rect, active: Bool) {
        let header = theme.style(.header)
        let countW = 7, articlesW = 9
        let nameW = max(4, area.width - 1 - countW - articlesW - 1)
        buffer.writeTruncated("speaker", x: area.x + 1, y: area.y, style: header, maxWidth: nameW)
        writeRight(&buffer, "quotes", x: area.x + 1 + nameW, y: area.y, width: countW, style: header)
        writeRight(&buffer, "articles", x: area.x + 1 + nameW + countW, y: area.y, width: articlesW, style: header)
        let p = catalog.lists[.quotes] ?? CatalogState.ListPosition()
        for row in 0..<(area.height - 1) {
            let i = p.scroll + row
            guard i < catalog.speakers.count else { break }
            let s = catalog.speakers[i]
            let y = area.y + 1 + row
            let style = rowStyle(selected: i == p.selected, active: active)
            fillRow(&buffer, x: area.x, y: y, width: area.width, style: style)
            let name = s.name.map(Self.oneLine) ?? "(no speaker found)"
            buffer.writeTruncated(
                name, x: area.x + 1, y: y, style: s.name == nil ? theme.style(.dim).merged(with: style) : style,
                maxWidth: nameW)
            writeRight(&buffer, String(s.quotes.count), x: area.x + 1 + nameW, y: y, width: countW, style: style)
            writeRight(
                &buffer, String(s.articles), x: area.x + 1 + nameW + countW, y: y, width: articlesW, style: style)
        }
    }

    private func renderQuotes(into buffer: inout CellBuffer, area: Rect, active: Bool) {
        let header = theme.style(.header)
        let speaker = catalog.selectedSpeaker
        let title =
            speaker.map { "quotes of " + ($0.name.map(Self.oneLine) ?? "nobody found") + " · article, date" }
            ?? "quotes"
        buffer.writeTruncated(title, x: area.x + 1, y: area.y, style: header, maxWidth: area.width - 2)
        let quotes = catalog.speakerQuotes
        let perRow = AppState.quoteRowHeight
        let p = catalog.detail
        for row in 0..<((area.height - 1) / perRow) {
            let i = p.scroll + row
            guard i < quotes.count else { break }
            let q = quotes[i]
            let y = area.y + 1 + row * perRow
            let style = rowStyle(selected: i == p.selected && active, active: true)
            fillRow(&buffer, x: area.x, y: y, width: area.width, style: style)
            fillRow(&buffer, x: area.x, y: y + 1, width: area.width, style: style)
            buffer.writeTruncated(
                Self.oneLine(q.text), x: area.x + 1, y: y, style: theme.style(Role.quote).merged(with: style),
                maxWidth: area.width - 2)
            let source = "  " + Self.oneLine(q.title) + (q.date.map { " · " + Self.oneLine($0) } ?? "")
            buffer.writeTruncated(
                source, x: area.x + 1, y: y + 1, style: style == .plain ? theme.style(.dim) : style,
                maxWidth: area.width - 2)
        }
    }

    // MARK: The figure ledger

    /// The ledger's columns at a width: value, unit, qualifier, article, figure and sentence.
    struct LedgerColumns {
        var value = 10, unit = 10, qualifier = 0, article = 0
        var text = 0

        init(width: Int) {
            if width >= 70 { qualifier = 9 }
            if width >= 56 { article = min(28, max(12, width / 5)) }
            let used = 1 + value + 1 + unit + 1 + (qualifier > 0 ? qualifier + 1 : 0) + (article > 0 ? article + 1 : 0)
            text = max(4, width - used - 1)
        }
    }

    private func renderLedger(into buffer: inout CellBuffer, area: Rect) {
        let c = LedgerColumns(width: area.width)
        let header = theme.style(.header)
        func cells(
            _ y: Int, value: String, unit: String, qualifier: String, article: String, text: String, style: CellStyle,
            valueStyle: CellStyle
        ) {
            var x = area.x + 1
            writeRight(&buffer, value, x: x, y: y, width: c.value, style: valueStyle)
            x += c.value + 1
            buffer.writeTruncated(unit, x: x, y: y, style: style, maxWidth: c.unit)
            x += c.unit + 1
            if c.qualifier > 0 {
                buffer.writeTruncated(qualifier, x: x, y: y, style: style, maxWidth: c.qualifier)
                x += c.qualifier + 1
            }
            if c.article > 0 {
                buffer.writeTruncated(article, x: x, y: y, style: style, maxWidth: c.article)
                x += c.article + 1
            }
            buffer.writeTruncated(text, x: x, y: y, style: style, maxWidth: area.maxX - x - 1)
        }
        let arrow = " " + LibraryView.arrow(ascending: catalog.ledgerAscending)
        func heading(_ name: String, _ sort: LedgerSort) -> String {
            catalog.ledgerSort == sort && !catalog.comparing ? name + arrow : name
        }
        cells(
            area.y, value: heading("value", .value), unit: heading("unit", .unit), qualifier: "qualifier",
            article: heading("article", .article),
            text: "figure · sentence", style: header, valueStyle: header)
        guard let figures = catalog.figures else { return }
        let p = catalog.lists[.figures] ?? CatalogState.ListPosition()
        for row in 0..<(area.height - 1) {
            let i = p.scroll + row
            guard i < catalog.ledger.count else { break }
            let y = area.y + 1 + row
            switch catalog.ledger[i] {
            case .heading(let text, let articles, let differ):
                var x = area.x + 1
                x += buffer.writeTruncated(
                    Self.oneLine(text) + " · \(articles) articles", x: x, y: y, style: theme.style(.heading),
                    maxWidth: area.maxX - x - 1)
                if differ {
                    buffer.writeTruncated(
                        " · the values differ", x: x, y: y, style: theme.style(.error), maxWidth: area.maxX - x - 1)
                }
            case .figure(let n, let odd):
                let f = figures[n]
                let style = rowStyle(selected: i == p.selected, active: true)
                fillRow(&buffer, x: area.x, y: y, width: area.width, style: style)
                let valueStyle =
                    odd ? theme.style(.error).merged(with: style) : theme.style(Role.figure).merged(with: style)
                cells(
                    y, value: Self.valueText(f), unit: Self.oneLine(f.unit ?? ""),
                    qualifier: Self.oneLine(f.qualifier ?? ""),
                    article: Self.oneLine(f.title), text: Self.oneLine(f.text) + " · " + Self.oneLine(f.sentence),
                    style: style,
                    valueStyle: valueStyle)
            }
        }
    }

    /// A figure's value as the ledger shows it: a percentage as one (`30`, unit `percent`).
    static func valueText(_ f: FigureRecord) -> String {
        guard let v = f.value else { return "—" }
        return FigureText.number(f.unit == "percent" ? v * 100 : v)
    }

    // MARK: People and places

    private func renderNames(into buffer: inout CellBuffer, area: Rect) {
        let tab = catalog.tab
        let people = tab == .people
        let header = theme.style(.header)
        let numW = 9, quotesW = people ? 7 : 0
        let flexible = max(8, area.width - 2 - numW * 2 - quotesW)
        let nameW = max(4, min(32, flexible * 2 / 5))
        let aliasW = max(0, flexible - nameW - 1)
        func cells(
            _ y: Int, _ name: String, _ aliases: String, _ mentions: String, _ articles: String, _ quotes: String,
            _ style: CellStyle
        ) {
            var x = area.x + 1
            buffer.writeTruncated(name, x: x, y: y, style: style, maxWidth: nameW)
            x += nameW + 1
            buffer.writeTruncated(
                aliases, x: x, y: y, style: style == header ? header : theme.style(.dim).merged(with: style),
                maxWidth: aliasW)
            x += aliasW
            writeRight(&buffer, mentions, x: x, y: y, width: numW, style: style)
            x += numW
            writeRight(&buffer, articles, x: x, y: y, width: numW, style: style)
            x += numW
            if people { writeRight(&buffer, quotes, x: x, y: y, width: quotesW, style: style) }
        }
        cells(area.y, people ? "person" : "place", "also called", "mentions", "articles", "quotes", header)
        let list = catalog.names[tab] ?? []
        let p = catalog.lists[tab] ?? CatalogState.ListPosition()
        for row in 0..<(area.height - 1) {
            let i = p.scroll + row
            guard i < list.count else { break }
            let e = list[i]
            let y = area.y + 1 + row
            let style = rowStyle(selected: i == p.selected, active: true)
            fillRow(&buffer, x: area.x, y: y, width: area.width, style: style)
            cells(
                y, Self.oneLine(e.name), Self.oneLine(e.aliases.joined(separator: ", ")), String(e.mentions),
                String(e.articles),
                String(e.quotes), style)
        }
    }

    private func renderArticles(into buffer: inout CellBuffer, area: Rect) {
        guard let e = catalog.selectedName(catalog.tab) else { return }
        let header = theme.style(.header)
        let title = "articles naming \(Self.oneLine(e.name)) (\(e.articleIDs.count)) · Enter opens · h back"
        buffer.writeTruncated(title, x: area.x + 1, y: area.y, style: header, maxWidth: area.width - 2)
        let p = catalog.detail
        let originW = area.width >= 60 ? 18 : 0
        for row in 0..<(area.height - 1) {
            let i = p.scroll + row
            guard i < e.articleIDs.count else { break }
            let id = e.articleIDs[i]
            let entry = library.entry(id)
            let y = area.y + 1 + row
            let style = rowStyle(selected: i == p.selected, active: true)
            fillRow(&buffer, x: area.x, y: y, width: area.width, style: style)
            let titleW = area.width - 2 - (originW > 0 ? originW + 1 : 0)
            buffer.writeTruncated(Self.oneLine(entry?.title ?? id), x: area.x + 1, y: y, style: style, maxWidth: titleW)
            if originW > 0 {
                buffer.writeTruncated(
                    Self.oneLine(entry?.origin ?? ""), x: area.x + 2 + titleW, y: y,
                    style: theme.style(.dim).merged(with: style), maxWidth: originW)
            }
        }
    }
}

extension CatalogState {
    /// Rows of a tab's list that are headings (the ledger's comparison groups), which the tab
    /// bar's count leaves out.
    func headingCount(_ tab: CatalogTab) -> Int {
        guard tab == .figures else { return 0 }
        return ledger.reduce(0) { n, row in if case .heading = row { return n + 1 } else { return n } }
    }
}
