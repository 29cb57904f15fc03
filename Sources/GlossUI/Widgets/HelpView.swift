/// The help screen: the binding table, grouped, scrolled to `scroll`.
public struct HelpView: Widget {
    public var scroll: Int
    public var theme: Theme
    public var title: String
    public var lines: [HelpLine]

    public init(
        scroll: Int, theme: Theme, title: String = " Gloss keys — q, Esc or ? closes",
        lines: [HelpLine] = HelpContent.lines()
    ) {
        self.scroll = scroll
        self.theme = theme
        self.title = title
        self.lines = lines
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard area.height > 0 else { return }
        buffer.fill(area)
        buffer.writeTruncated(title, x: area.x, y: area.y, style: theme.style(.title), maxWidth: area.width)
        let keyWidth = min(22, max(8, area.width / 3))
        for row in 1..<area.height {
            let i = scroll + row - 1
            guard i < lines.count else { break }
            let line = lines[i]
            let y = area.y + row
            if line.isHeading {
                buffer.writeTruncated(
                    " " + line.text, x: area.x, y: y, style: theme.style(.header), maxWidth: area.width)
            } else if line.keys.isEmpty && !line.text.isEmpty {
                buffer.writeTruncated(line.text, x: area.x + 3, y: y, maxWidth: area.width - 3)
            } else if !line.text.isEmpty {
                buffer.writeTruncated(
                    line.keys, x: area.x + 3, y: y, style: theme.style(.prompt), maxWidth: keyWidth - 1)
                buffer.writeTruncated(line.text, x: area.x + 3 + keyWidth, y: y, maxWidth: area.width - 3 - keyWidth)
            }
        }
    }
}
