import GlossCore

/// The library's search results: a header with the query, then two rows per hit, best first:
/// the title (with where the hit is when it is a note or tag) and the line of the match, the
/// match highlighted.
public struct SearchResultsView: Widget {
    public var results: LibrarySearch
    public var library: LibraryState
    public var theme: Theme

    public init(results: LibrarySearch, library: LibraryState, theme: Theme) {
        self.results = results
        self.library = library
        self.theme = theme
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard area.height > 0 else { return }
        buffer.fill(area)
        var header = " Gloss · search “\(results.query)”"
        if !results.isSearching, results.failure == nil {
            header +=
                " · \(results.hits.count - results.notes) of \(results.articles) article\(results.articles == 1 ? "" : "s")"
            if results.notes > 0 {
                header +=
                    " · \(results.notes) note\(results.notes == 1 ? "" : "s") or tag\(results.notes == 1 ? "" : "s")"
            }
        }
        if !library.facets.chosen.isEmpty { header += " · with \(library.facets.chosenLabel)" }
        buffer.writeTruncated(
            TerminalSafe.string(header), x: area.x, y: area.y, style: theme.style(.title), maxWidth: area.width)
        guard area.height > 1 else { return }
        buffer.writeTruncated(
            " best first · Enter opens at the match · f edits the query · Esc back to the list", x: area.x,
            y: area.y + 1,
            style: theme.style(.header), maxWidth: area.width)
        let top = area.y + 2
        if results.hits.isEmpty {
            let text: String
            if results.isSearching {
                text = "Searching…"
            } else if let failure = results.failure {
                text = failure
            } else {
                text = "Nothing in the library matches “\(results.query)”."
            }
            buffer.writeTruncated(
                TerminalSafe.string(text), x: area.x + 1, y: top, style: theme.style(.dim), maxWidth: area.width - 2)
            return
        }
        let room = max(0, (area.maxY - top) / 2)
        for k in 0..<room {
            let i = results.scroll + k
            guard i < results.hits.count else { break }
            let hit = results.hits[i]
            let y = top + 2 * k
            let isSelected = i == results.selected
            let rowStyle = isSelected ? theme.style(.selection) : .plain
            if isSelected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 2), style: rowStyle) }
            var x = area.x + 1
            if hit.source == .note || hit.source == .tag {
                x += buffer.write(
                    "\(hit.source.rawValue) · ", x: x, y: y, style: rowStyle.merged(with: theme.style(.dim)),
                    maxWidth: area.maxX - x)
            }
            let origin = hit.date ?? LibraryEntry.folder(of: hit.articleID) ?? ""
            let originWidth = origin.isEmpty || area.width < 60 ? 0 : min(18, DisplayWidth.of(origin))
            x += buffer.writeTruncated(
                TerminalSafe.string(hit.title.isEmpty ? hit.articleID : hit.title), x: x, y: y, style: rowStyle,
                maxWidth: max(0, area.maxX - x - (originWidth > 0 ? originWidth + 2 : 1)))
            if originWidth > 0 {
                buffer.writeTruncated(
                    TerminalSafe.string(origin), x: area.maxX - originWidth - 1, y: y,
                    style: rowStyle.merged(with: theme.style(.dim)),
                    maxWidth: originWidth)
            }
            Self.drawContext(
                hit.context, into: &buffer, x: area.x + 4, y: y + 1, width: area.width - 5,
                style: rowStyle.merged(with: theme.style(.dim)),
                match: rowStyle.merged(with: theme.style(.match)))
        }
    }

    /// Writes a match in its line (`fit`), the match in its own style.
    static func drawContext(
        _ context: SearchContext, into buffer: inout CellBuffer, x: Int, y: Int, width: Int, style: CellStyle,
        match matchStyle: CellStyle
    ) {
        guard width > 0 else { return }
        let (before, match, after) = Self.fit(context, width: width)
        var at = x
        at += buffer.write(before, x: at, y: y, style: style, maxWidth: x + width - at)
        at += buffer.write(match, x: at, y: y, style: matchStyle, maxWidth: x + width - at)
        if x + width - at > 0 { buffer.write(after, x: at, y: y, style: style, maxWidth: x + width - at) }
    }

    /// A match in its line cut to `width` columns, made safe for the terminal: the end of the
    /// text before it (up to a third of the room, from a word, `…` where cut), the match, and
    /// as much after it as fits. `gloss search` prints its lines the same way.
    public static func fit(_ context: SearchContext, width: Int) -> (before: String, match: String, after: String) {
        let match = DisplayWidth.truncated(TerminalSafe.string(context.match), to: width)
        let left = max(0, (width - DisplayWidth.of(match)) / 3)
        var before = TerminalSafe.string(context.before)
        if DisplayWidth.of(before) > left {
            // Keep the end of the text before the match, the part next to it.
            var kept: [Character] = []
            var used = 1
            for c in before.reversed() {
                let w = DisplayWidth.of(String(c))
                if used + w > left { break }
                kept.append(c)
                used += w
            }
            // Start at a word.
            if let space = kept.lastIndex(of: " "), space > 0 { kept.removeSubrange(space...) }
            before = "…" + String(kept.reversed())
        }
        let after = DisplayWidth.truncated(
            TerminalSafe.string(context.after), to: max(0, width - DisplayWidth.of(before) - DisplayWidth.of(match)))
        return (before, match, after)
    }
}
