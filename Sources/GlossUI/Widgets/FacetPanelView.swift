import GlossCore

/// The library's facet panel: a title with how many facets are chosen, a line of keys, then the
/// people, places, speakers and tags of the articles shown, a heading per kind, each value with
/// the number of those articles having it; chosen ones are ticked.
public struct FacetPanelView: Widget {
    public var facets: LibraryFacets
    public var theme: Theme

    public init(facets: LibraryFacets, theme: Theme) {
        self.facets = facets
        self.theme = theme
    }

    static func heading(_ kind: FacetKind) -> String {
        switch kind {
        case .person: "People"
        case .place: "Places"
        case .speaker: "Quoted"
        case .tag: "Tags"
        }
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard area.width > 2, area.height > 0 else { return }
        buffer.fill(area)
        // A column of air against the list on the left.
        let inner = area.x > 0 ? Rect(x: area.x + 1, y: area.y, width: area.width - 1, height: area.height) : area
        let n = facets.chosen.count
        let title = n == 0 ? " Facets " : " Facets · \(n) chosen "
        buffer.writeTruncated(title, x: inner.x, y: inner.y, style: theme.style(.tabActive), maxWidth: inner.width)
        guard inner.height > 1 else { return }
        let hint = n == 0 ? " Enter choose · h/l: kind" : " Enter toggle · c clear · ⌫ last"
        buffer.writeTruncated(hint, x: inner.x, y: inner.y + 1, style: theme.style(.dim), maxWidth: inner.width)
        var y = inner.y + 2
        if let why = facets.unavailable, y < inner.maxY {
            y += wrap(why, into: &buffer, x: inner.x + 1, y: y, width: inner.width - 2, maxY: inner.maxY)
        }
        if facets.rows.isEmpty {
            let text =
                facets.isLoading
                ? "Reading the facets…"
                : facets.unavailable == nil ? "No people, places or tags in these articles." : ""
            if !text.isEmpty, y < inner.maxY {
                buffer.writeTruncated(text, x: inner.x + 1, y: y, style: theme.style(.dim), maxWidth: inner.width - 2)
            }
            return
        }
        var row = facets.scroll
        while row < facets.rows.count && y < inner.maxY {
            switch facets.rows[row] {
            case .heading(let kind, let count):
                buffer.writeTruncated(
                    " \(Self.heading(kind)) \(count)", x: inner.x, y: y, style: theme.style(.header),
                    maxWidth: inner.width)
            case .value(let i):
                let value = facets.shown[i]
                let selected = i == facets.selected
                let rowStyle = selected ? theme.style(.selection) : .plain
                if selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: rowStyle) }
                let badge = String(value.count)
                let badgeWidth = DisplayWidth.of(badge)
                let mark = facets.isChosen(value) ? "✓ " : "  "
                let label = (value.kind == .tag ? "#" : "") + value.name
                var x = inner.x + 1
                x += buffer.write(mark, x: x, y: y, style: rowStyle, maxWidth: 2)
                buffer.writeTruncated(
                    TerminalSafe.string(label), x: x, y: y, style: rowStyle,
                    maxWidth: max(0, inner.maxX - x - badgeWidth - 2))
                buffer.write(
                    badge, x: inner.maxX - badgeWidth - 1, y: y, style: rowStyle.merged(with: theme.style(.dim)),
                    maxWidth: badgeWidth)
            }
            y += 1
            row += 1
        }
    }

    /// Writes `text` over as many lines as it needs (at most three); the lines used.
    private func wrap(_ text: String, into buffer: inout CellBuffer, x: Int, y: Int, width: Int, maxY: Int) -> Int {
        guard width > 4 else { return 0 }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let next = line.isEmpty ? String(word) : line + " " + word
            if DisplayWidth.of(next) > width, !line.isEmpty {
                lines.append(line)
                line = String(word)
            } else {
                line = next
            }
        }
        if !line.isEmpty { lines.append(line) }
        var used = 0
        for l in lines.prefix(3) where y + used < maxY {
            buffer.writeTruncated(l, x: x, y: y + used, style: theme.style(.dim), maxWidth: width)
            used += 1
        }
        return used
    }
}
