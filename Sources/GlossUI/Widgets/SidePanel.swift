/// The side panel: a tab bar with counts, then the current tab's list with the selection.
public struct SidePanel: Widget {
    public var reader: ReaderState
    public var theme: Theme
    public var hasFocus: Bool

    public init(reader: ReaderState, theme: Theme, hasFocus: Bool = true) {
        self.reader = reader
        self.theme = theme
        self.hasFocus = hasFocus
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard area.width > 2, area.height > 0 else { return }
        buffer.fill(area)
        // Beside the text, the overview ruler is the panel's left edge; keep a column of air.
        let inner = area.x > 0 ? Rect(x: area.x + 1, y: area.y, width: area.width - 1, height: area.height) : area
        let panel = reader.panel
        var items = reader.document.panelItems
        items[.notes] = reader.notesItems
        // Tab bar: `People 3  Places 2  Figures 5  Quotes 4`.
        func count(_ tab: PanelTab) -> Int {
            // Quotes are counted, not the speaker headings above them.
            (items[tab] ?? []).filter { tab == .quotes ? $0.isNested : true }.count
        }
        // `People 3 Places 2 Figures 5 Quotes 4`, the current tab padded and highlighted.
        func labels(_ title: (PanelTab) -> String) -> [String] {
            PanelTab.allCases.map { tab in
                tab == panel.tab ? " \(title(tab)) \(count(tab)) " : "\(title(tab)) \(count(tab))"
            }
        }
        let full = labels(\.title)
        // Full titles when they fit; else the current tab's in full and the others short.
        let mixed = labels { $0 == panel.tab ? $0.title : $0.shortTitle }
        let chosen =
            [full, mixed].first { DisplayWidth.of($0.joined(separator: " ")) <= inner.width } ?? labels(\.shortTitle)
        var x = inner.x
        for tab in PanelTab.allCases {
            let style = theme.style(tab == panel.tab ? .tabActive : .tabInactive)
            x += buffer.write(chosen[tab.rawValue], x: x, y: inner.y, style: style, maxWidth: inner.maxX - x)
            x += 1
            if x >= inner.maxX { break }
        }
        guard inner.height > 1 else { return }
        let list = items[panel.tab] ?? []
        let hint: String
        if panel.tab == .notes {
            hint =
                list.isEmpty
                ? "No notes yet: v selects, a writes one" : "Enter: jump · e: edit · d: delete · v…r: re-attach"
        } else {
            hint = list.isEmpty ? "No \(panel.tab.title.lowercased()) found" : "Enter: next mention · h/l: tab"
        }
        buffer.writeTruncated(" " + hint, x: inner.x, y: inner.y + 1, style: theme.style(.dim), maxWidth: inner.width)
        var y = inner.y + 2
        var i = panel.scroll[panel.tab] ?? 0
        while i < list.count && y < inner.maxY {
            let item = list[i]
            let selected = i == panel.selected
            let rowStyle = selected ? theme.style(hasFocus ? .selection : .dim) : .plain
            if selected {
                buffer.fill(
                    Rect(x: inner.x, y: y, width: inner.width, height: min(item.height, inner.maxY - y)),
                    style: rowStyle)
            }
            let indent = item.isNested ? 3 : 1
            let badgeWidth = DisplayWidth.of(item.badge)
            let titleWidth = inner.width - indent - (badgeWidth > 0 ? badgeWidth + 2 : 1)
            var titleStyle = rowStyle
            if item.isHeading { titleStyle = titleStyle.merged(with: theme.style(Role.speaker)) }
            buffer.writeTruncated(item.title, x: inner.x + indent, y: y, style: titleStyle, maxWidth: titleWidth)
            if badgeWidth > 0 {
                buffer.write(
                    item.badge, x: inner.maxX - badgeWidth - 1, y: y, style: rowStyle.merged(with: theme.style(.dim)),
                    maxWidth: badgeWidth)
            }
            y += 1
            if let subtitle = item.subtitle, y < inner.maxY {
                buffer.writeTruncated(
                    subtitle, x: inner.x + indent + 2, y: y, style: rowStyle.merged(with: theme.style(.dim)),
                    maxWidth: inner.width - indent - 3)
                y += 1
            }
            i += 1
        }
    }
}
