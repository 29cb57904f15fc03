/// The scrollbar column: the thumb shows where the view is, and a mark on each row shows
/// which visible kinds of highlight occur in that stretch of the whole article.
public struct OverviewRuler: Widget {
    public var reader: ReaderState
    public var viewHeight: Int
    public var hiddenKinds: Set<HighlightKind>
    public var theme: Theme

    public init(reader: ReaderState, viewHeight: Int, hiddenKinds: Set<HighlightKind>, theme: Theme) {
        self.reader = reader
        self.viewHeight = viewHeight
        self.hiddenKinds = hiddenKinds
        self.theme = theme
    }

    /// Which kind's mark a row shows when several occur: quotes first, then names, then figures.
    static let priority: [HighlightKind] = [.quote, .speaker, .person, .place, .figure]

    public func render(into buffer: inout CellBuffer, area: Rect) {
        let h = area.height
        guard h > 0, area.width > 0 else { return }
        let lines = reader.layout.lines
        let total = max(1, lines.count)
        var shown: UInt8 = 0
        for kind in HighlightKind.allCases where !hiddenKinds.contains(kind) { shown |= kind.bit }
        // Rows map to equal stretches of lines; a short article maps line to row.
        var masks = [UInt8](repeating: 0, count: h)
        for (i, line) in lines.enumerated() where line.kindMask & shown != 0 {
            let row = total <= h ? i : i * h / total
            masks[min(h - 1, row)] |= line.kindMask & shown
        }
        let thumbStart: Int, thumbEnd: Int
        if total <= viewHeight {
            thumbStart = 0
            thumbEnd = total <= h ? total : h
        } else {
            thumbStart = min(h - 1, reader.topLine * h / total)
            thumbEnd = max(
                thumbStart + 1,
                min(
                    h,
                    (reader.topLine + viewHeight) * h / total + ((reader.topLine + viewHeight) * h % total == 0 ? 0 : 1)
                ))
        }
        let track = theme.style(.rulerTrack), thumb = theme.style(.rulerThumb)
        for row in 0..<h {
            let inThumb = row >= thumbStart && row < thumbEnd
            var character: Character = inThumb ? " " : "│"
            var style = inThumb ? thumb : track
            if let kind = Self.priority.first(where: { masks[row] & $0.bit != 0 }) {
                character = kind.rulerMark
                let mark = theme.style(kind)
                // In the thumb the mark keeps its colour and attributes (not dim), on the thumb's ground.
                var over = mark
                over.background = .default
                over.attributes.subtract(.dim)
                style = inThumb ? thumb.merged(with: over) : mark
            }
            buffer.put(character, columns: 1, x: area.x, y: area.y + row, style: style)
        }
    }
}
