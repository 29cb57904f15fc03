/// What a terminal below the minimum size shows instead of a garbled layout.
public struct TooSmallNotice: Widget {
    public var size: Size
    public var theme: Theme

    public init(size: Size, theme: Theme) {
        self.size = size
        self.theme = theme
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        buffer.fill(area)
        guard area.width > 0, area.height > 0 else { return }
        let min = AppState.minimumSize
        let words = "Terminal too small: \(size.width)×\(size.height), need \(min.width)×\(min.height). q quits.".split(
            separator: " ")
        var lines: [String] = []
        var line = ""
        for word in words {
            if line.isEmpty {
                line = String(word)
            } else if DisplayWidth.of(line) + 1 + DisplayWidth.of(word) <= area.width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (i, text) in lines.enumerated() where top + i < area.maxY {
            let w = Swift.min(area.width, DisplayWidth.of(text))
            buffer.write(
                text, x: area.x + (area.width - w) / 2, y: top + i, style: theme.style(.notice), maxWidth: area.width)
        }
    }
}
