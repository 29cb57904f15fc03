/// The library screen: a header, column titles and one row per article with its counts.
public struct LibraryView: Widget {
    public var library: LibraryState
    public var theme: Theme

    public init(library: LibraryState, theme: Theme) {
        self.library = library
        self.theme = theme
    }

    /// Count columns: heading and width.
    static let countColumns: [(String, Int)] = [("quotes", 6), ("people", 6), ("places", 6), ("figures", 7), ("notes", 5)]

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard area.height > 0 else { return }
        buffer.fill(area)
        let list = library.visible
        var header = " Gloss · \(list.count) of \(library.entries.count) article\(library.entries.count == 1 ? "" : "s")"
        if !library.location.isEmpty { header += " in \(library.location)" }
        header += " · sorted by \(library.sort.rawValue)"
        if !library.filter.isEmpty { header += " · filter “\(library.filter)”" }
        buffer.writeTruncated(header, x: area.x, y: area.y, style: theme.style(.title), maxWidth: area.width)
        guard area.height > 1 else { return }

        let showCounts = area.width >= 56
        let showOrigin = area.width >= 76
        let countsWidth = showCounts ? Self.countColumns.reduce(0) { $0 + $1.1 + 1 } : 0
        let wordsWidth = 7
        let originWidth = showOrigin ? min(18, max(10, area.width / 6)) : 0
        let titleWidth = max(4, area.width - 2 - wordsWidth - countsWidth - (showOrigin ? originWidth + 2 : 0) - 1)

        func columns(_ title: String, _ origin: String, _ words: String, _ counts: [String], y: Int, style: CellStyle, titleStyle: CellStyle) {
            var x = area.x + 1
            buffer.writeTruncated(title, x: x, y: y, style: titleStyle, maxWidth: titleWidth)
            x += titleWidth + 1
            if showOrigin {
                buffer.writeTruncated(origin, x: x, y: y, style: style, maxWidth: originWidth)
                x += originWidth + 2
            }
            x += writeRight(words, x: x, width: wordsWidth, y: y, style: style, into: &buffer)
            if showCounts {
                for (value, column) in zip(counts, Self.countColumns) {
                    x += 1
                    x += writeRight(value, x: x, width: column.1, y: y, style: style, into: &buffer)
                }
            }
        }
        let headerStyle = theme.style(.header)
        columns("title", "date/source", "words", Self.countColumns.map(\.0), y: area.y + 1, style: headerStyle, titleStyle: headerStyle)
        let rows = area.height - 2
        let selected = library.selectedIndex(in: list)
        if list.isEmpty {
            let text = library.entries.isEmpty ? "No articles here: add .txt, .md or .html files to the library folder." : "No article matches the filter (Esc clears it)."
            buffer.writeTruncated(text, x: area.x + 1, y: area.y + 2, style: theme.style(.dim), maxWidth: area.width - 2)
            return
        }
        for row in 0..<rows {
            let i = library.scroll + row
            guard i < list.count else { break }
            let entry = list[i]
            let y = area.y + 2 + row
            let isSelected = i == selected
            let rowStyle = isSelected ? theme.style(.selection) : .plain
            if isSelected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: rowStyle) }
            let counts = entry.counts.map { [$0.quotes, $0.people, $0.places, $0.figures, $0.notes].map(String.init) }
                ?? ["…", "…", "…", "…", "…"]
            columns(entry.title, entry.origin, String(entry.words), counts, y: y, style: isSelected ? rowStyle : theme.style(.dim).merged(with: rowStyle), titleStyle: rowStyle)
        }
    }

    private func writeRight(_ text: String, x: Int, width: Int, y: Int, style: CellStyle, into buffer: inout CellBuffer) -> Int {
        let w = min(width, DisplayWidth.of(text))
        buffer.writeTruncated(text, x: x + width - w, y: y, style: style, maxWidth: width)
        return width
    }
}
