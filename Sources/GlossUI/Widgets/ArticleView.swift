import GlossCore

/// The reflowed article: only the visible rows are drawn, each from its precomputed line,
/// with highlights, search matches and the focus laid over the text.
public struct ArticleView: Widget {
    public var reader: ReaderState
    public var geometry: ReaderGeometry
    public var hiddenKinds: Set<HighlightKind>
    public var theme: Theme

    public init(reader: ReaderState, geometry: ReaderGeometry, hiddenKinds: Set<HighlightKind>, theme: Theme) {
        self.reader = reader
        self.geometry = geometry
        self.hiddenKinds = hiddenKinds
        self.theme = theme
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        let scalars = reader.document.article.scalars
        let lines = reader.layout.lines
        let kindStyles = HighlightKind.allCases.map { hiddenKinds.contains($0) ? nil : theme.style($0) }
        let matchStyle = theme.style(.match), currentStyle = theme.style(.currentMatch),
            focusStyle = theme.style(.focus)
        let matches = reader.search?.matches ?? []
        let current = reader.search?.current
        let focus = reader.focus?.range
        let textStyle = theme.style(.text)
        let limit = area.maxX
        // Annotations in text order with their look; a frame only checks those on each row.
        let shown =
            lines.indices.contains(reader.topLine)
            ? TextRange(
                lines[reader.topLine].range.start, lines[min(lines.count, reader.topLine + area.height) - 1].range.end)
            : TextRange(0, 0)
        let marks: [(range: TextRange, style: CellStyle, hasNote: Bool)] = reader.anchored(overlapping: shown)
            .compactMap { item in
                item.anchor.range.map {
                    ($0, theme.annotationStyle(item.annotation.color), !item.annotation.note.isEmpty)
                }
            }
        let selection = reader.selection?.range
        let caret = reader.selection?.caret
        let selectionStyle = theme.selectionStyle, caretStyle = theme.caretStyle
        for row in 0..<area.height {
            let index = reader.topLine + row
            guard index < lines.count else { break }
            let line = lines[index]
            let y = area.y + row
            let base: CellStyle
            switch line.kind {
            case .title: base = theme.style(.title)
            case .heading: base = theme.style(.heading)
            case .byline: base = theme.style(.dim)
            default: base = textStyle
            }
            var x = area.x + geometry.textX
            if let literal = line.literal {
                buffer.write(literal, x: x, y: y, style: base, maxWidth: limit - x)
                continue
            }
            if !line.prefix.isEmpty {
                let role: Role = line.kind == .blockQuote ? .blockQuoteBar : .dim
                buffer.write(line.prefix, x: x, y: y, style: theme.style(role), maxWidth: limit - x)
            }
            x += line.indent
            let onLine = marks.filter {
                $0.range.start < max(line.range.end, line.range.start + 1) && $0.range.end > line.range.start
                    && !line.range.isEmpty
            }
            if onLine.contains(where: \.hasNote), area.x + geometry.textX >= 2 {
                _ = buffer.put(
                    "▌", columns: 1, x: area.x + geometry.textX - 2, y: y, style: theme.noteMarkStyle, limit: limit)
            }
            // Matches that touch this line: binary search for the first ending after its start.
            var m = Self.firstRange(endingAfter: line.range.start, in: matches)
            let spans = line.spans
            line.forEachGlyph(scalars) { g in
                let col = x + g.column
                guard col < limit else { return }
                var style = base
                for span in spans where span.start <= g.start && g.start < span.end {
                    if let s = kindStyles[span.kind.rawValue] { style = style.merged(with: s) }
                }
                while m < matches.count && matches[m].end <= g.start { m += 1 }
                if m < matches.count && matches[m].start <= g.start && g.start < matches[m].end {
                    style = style.merged(with: m == current ? currentStyle : matchStyle)
                }
                for mark in onLine where mark.range.start <= g.start && g.start < mark.range.end {
                    style = style.merged(with: mark.style)
                }
                if let focus, focus.start <= g.start && g.start < focus.end { style = style.merged(with: focusStyle) }
                if let selection, selection.start < g.end && g.start < selection.end {
                    style = style.merged(
                        with: caret.map { g.start <= $0 && $0 < g.end } == true ? caretStyle : selectionStyle)
                }
                buffer.put(g.character, columns: g.width, x: col, y: y, style: style, limit: limit)
            }
        }
    }

    static func firstRange(endingAfter offset: Int, in ranges: [TextRange]) -> Int {
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
