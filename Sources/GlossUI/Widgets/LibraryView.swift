import Foundation

/// The library screen: a header, column titles and one row per article with its counts,
/// when it was last read and how far.
public struct LibraryView: Widget {
    public var library: LibraryState
    public var theme: Theme

    public init(library: LibraryState, theme: Theme) {
        self.library = library
        self.theme = theme
    }

    /// One column of the list: what it sorts by, its heading, where it is and its width.
    struct Column {
        var sort: LibrarySort
        var heading: String
        var x: Int
        var width: Int
        var alignedRight: Bool
    }

    /// Count columns: what they sort by, heading and width.
    static let countColumns: [(LibrarySort, String, Int)] = [
        (.quotes, "quotes", 6), (.people, "people", 6), (.places, "places", 6), (.figures, "figures", 7),
        (.notes, "notes", 5),
    ]
    /// The last-read and progress columns, shown from this width on.
    static let readingWidth = 110

    /// The columns that fit in `width` cells starting at `x`, left to right.
    static func columns(x: Int, width: Int) -> [Column] {
        let showCounts = width >= 56
        let showOrigin = width >= 76
        let showReading = width >= readingWidth
        let countsWidth = showCounts ? countColumns.reduce(0) { $0 + $1.2 + 1 } : 0
        let wordsWidth = 7
        let readWidth = showReading ? 10 + 1 + 4 + 1 : 0
        let originWidth = showOrigin ? min(18, max(10, width / 6)) : 0
        let titleWidth = max(
            4, width - 2 - wordsWidth - countsWidth - readWidth - (showOrigin ? originWidth + 2 : 0) - 1)
        var out: [Column] = []
        var at = x + 1
        out.append(Column(sort: .title, heading: "title", x: at, width: titleWidth, alignedRight: false))
        at += titleWidth + 1
        if showOrigin {
            out.append(Column(sort: .date, heading: "date/source", x: at, width: originWidth, alignedRight: false))
            at += originWidth + 2
        }
        out.append(Column(sort: .words, heading: "words", x: at, width: wordsWidth, alignedRight: true))
        at += wordsWidth
        if showCounts {
            for (sort, heading, w) in countColumns {
                out.append(Column(sort: sort, heading: heading, x: at + 1, width: w, alignedRight: true))
                at += w + 1
            }
        }
        if showReading {
            out.append(Column(sort: .lastRead, heading: "last read", x: at + 1, width: 10, alignedRight: true))
            out.append(Column(sort: .progress, heading: "read", x: at + 12, width: 4, alignedRight: true))
        }
        return out
    }

    /// The column under cell `x` of the heading row (a click there sorts by it).
    static func column(at x: Int, width: Int) -> LibrarySort? {
        let all = columns(x: 0, width: width)
        // A column's cells, and the gap before it (where its sort arrow goes).
        return all.last { x >= $0.x - 1 }.flatMap { x < $0.x + $0.width ? $0.sort : nil }
    }

    /// The arrow of a sort direction.
    static func arrow(ascending: Bool) -> String { ascending ? "▲" : "▼" }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard area.height > 0 else { return }
        buffer.fill(area)
        let list = library.visible
        var header =
            " Gloss · \(list.count) of \(library.entries.count) article\(library.entries.count == 1 ? "" : "s")"
        // The chosen facets first: the panel beside the list leaves the header little room.
        if !library.facets.chosen.isEmpty { header += " with \(library.facets.chosenLabel) ·" }
        if !library.location.isEmpty { header += " in \(library.location)" }
        header += " · sorted by \(library.sort.rawValue) \(Self.arrow(ascending: library.ascending))"
        if !library.filter.isEmpty { header += " · filter “\(library.filter)”" }
        buffer.writeTruncated(header, x: area.x, y: area.y, style: theme.style(.title), maxWidth: area.width)
        guard area.height > 1 else { return }

        let columns = Self.columns(x: area.x, width: area.width)
        func write(_ cell: (LibrarySort) -> String, y: Int, style: CellStyle, titleStyle: CellStyle) {
            for column in columns {
                let text = cell(column.sort)
                let s = column.sort == .title ? titleStyle : style
                if column.alignedRight {
                    let w = min(column.width, DisplayWidth.of(text))
                    buffer.writeTruncated(text, x: column.x + column.width - w, y: y, style: s, maxWidth: column.width)
                } else {
                    buffer.writeTruncated(text, x: column.x, y: y, style: s, maxWidth: column.width)
                }
            }
        }
        let headerStyle = theme.style(.header)
        let headings = Dictionary(uniqueKeysWithValues: columns.map { ($0.sort, $0.heading) })
        write({ headings[$0] ?? "" }, y: area.y + 1, style: headerStyle, titleStyle: headerStyle)
        // The sorted column's arrow: after a heading on the left, in the gap before one on the right.
        if let sorted = columns.first(where: { $0.sort == library.sort }) {
            let arrow = Self.arrow(ascending: library.ascending)
            let x =
                sorted.alignedRight
                ? sorted.x + sorted.width - DisplayWidth.of(sorted.heading) - 1
                : sorted.x + DisplayWidth.of(sorted.heading) + 1
            if x >= area.x, x < area.x + area.width {
                buffer.writeTruncated(arrow, x: x, y: area.y + 1, style: headerStyle, maxWidth: 1)
            }
        }
        let rows = area.height - 2
        let selected = library.selectedIndex(in: list)
        if list.isEmpty {
            let text =
                library.entries.isEmpty
                ? "No articles here: add .txt, .md or .html files to the library folder."
                : library.filter.isEmpty
                    ? "No article has every facet chosen (c lets them go)."
                    : "No article matches the filter (Esc clears it)."
            buffer.writeTruncated(
                text, x: area.x + 1, y: area.y + 2, style: theme.style(.dim), maxWidth: area.width - 2)
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
            write(
                { Self.cell(entry, $0) }, y: y, style: isSelected ? rowStyle : theme.style(.dim).merged(with: rowStyle),
                titleStyle: rowStyle)
        }
    }

    /// What an entry's row shows in a column.
    static func cell(_ entry: LibraryEntry, _ column: LibrarySort) -> String {
        func count(_ n: KeyPath<ArticleCounts, Int>) -> String { entry.counts.map { String($0[keyPath: n]) } ?? "…" }
        switch column {
        case .title: return entry.title
        case .date: return entry.origin
        case .words: return entry.isIndexed ? String(entry.words) : "…"
        case .quotes: return count(\.quotes)
        case .people: return count(\.people)
        case .places: return count(\.places)
        case .figures: return count(\.figures)
        case .notes: return count(\.notes)
        case .lastRead: return entry.lastRead.map(Self.day) ?? ""
        case .progress: return entry.progress.map { "\($0)%" } ?? ""
        }
    }

    /// A day as `2026-03-04`, in the local time zone.
    static func day(_ date: Date) -> String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: .current, from: date)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "??" }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day))"
    }
}
