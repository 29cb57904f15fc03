import GlossCore

/// A screenful of cells that widgets draw into; the terminal receives only the difference
/// between two of them.
///
/// Every write goes through `TerminalSafe`, and wide characters keep their continuation
/// cell in step, so no column can drift whatever text is drawn.
public struct CellBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public init(size: Size) { self.init(width: size.width, height: size.height) }

    public var size: Size { Size(width: width, height: height) }
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
    }

    /// Fills a rectangle (clipped to the buffer) with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: CellStyle = .plain, character: Character = " ") {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        let cell = Cell(TerminalSafe.character(character), style: style)
        for y in y0..<y1 {
            if x0 > 0, cells[y * width + x0].isContinuation {
                cells[y * width + x0 - 1] = Cell(" ", style: cells[y * width + x0 - 1].style)
            }
            for x in x0..<x1 { cells[y * width + x] = cell }
            if x1 < width, cells[y * width + x1].isContinuation {
                cells[y * width + x1] = Cell(" ", style: cells[y * width + x1].style)
            }
        }
    }

    /// Lays `style` over the cells of a rectangle, keeping their characters.
    public mutating func apply(_ style: CellStyle, to rect: Rect) {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { cells[y * width + x].style = cells[y * width + x].style.merged(with: style) }
        }
    }

    /// Replaces the style of a rectangle's cells, keeping their characters.
    public mutating func setStyle(_ style: CellStyle, in rect: Rect) {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { cells[y * width + x].style = style }
        }
    }

    /// Puts one grapheme cluster of known display width (0, 1 or 2) at (x, y). A wide
    /// character that does not fit before `limit` becomes a space. Returns the columns used.
    @discardableResult
    public mutating func put(_ character: Character, columns: Int, x: Int, y: Int, style: CellStyle, limit: Int? = nil)
        -> Int
    {
        let limit = min(limit ?? width, width)
        guard y >= 0, y < height, x >= 0, x < limit else { return 0 }
        // Zero-width clusters (a lone combining mark) would join the previous cell in the
        // terminal and shift everything after; draw them as a visible replacement.
        let w = columns <= 0 ? 1 : min(columns, 2)
        var ch = TerminalSafe.character(character)
        if columns <= 0 { ch = Character(TerminalSafe.replacement) }
        let row = y * width
        if cells[row + x].isContinuation, x > 0 { cells[row + x - 1] = Cell(" ", style: cells[row + x - 1].style) }
        if w == 2 && x + 1 >= limit {
            cells[row + x] = Cell(" ", style: style)
            clearOrphan(row: row, x: x + 1)
            return 1
        }
        cells[row + x] = Cell(ch, style: style)
        if w == 2 {
            cells[row + x + 1] = Cell(" ", style: style, isContinuation: true)
            clearOrphan(row: row, x: x + 2)
        } else {
            clearOrphan(row: row, x: x + 1)
        }
        return w
    }

    /// When the cell at x is the continuation of a character that was just overwritten, blank it.
    private mutating func clearOrphan(row: Int, x: Int) {
        if x < width, cells[row + x].isContinuation { cells[row + x] = Cell(" ", style: cells[row + x].style) }
    }

    /// Writes text from (x, y), at most `maxWidth` columns (default: to the right edge).
    /// Line breaks and other controls are drawn as U+FFFD. Returns the columns used.
    @discardableResult
    public mutating func write(
        _ text: some StringProtocol, x: Int, y: Int, style: CellStyle = .plain, maxWidth: Int? = nil
    ) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = maxWidth.map { min(width, x + max(0, $0)) } ?? width
        var col = x
        for ch in text {
            if col >= limit { break }
            let w = DisplayWidth.of(ch)
            if col < 0 {
                col += max(1, w)
                continue
            }
            col += put(ch, columns: w, x: col, y: y, style: style, limit: limit)
        }
        return col - x
    }

    /// Writes text truncated with `…` to fit `maxWidth` columns. Returns the columns used.
    @discardableResult
    public mutating func writeTruncated(_ text: String, x: Int, y: Int, style: CellStyle = .plain, maxWidth: Int) -> Int
    {
        guard maxWidth > 0 else { return 0 }
        if DisplayWidth.of(text) <= maxWidth { return write(text, x: x, y: y, style: style, maxWidth: maxWidth) }
        let used = write(text, x: x, y: y, style: style, maxWidth: maxWidth - 1)
        return used + write("…", x: x + used, y: y, style: style, maxWidth: 1)
    }

    /// The cells that differ from `previous`; all of them when there is no previous buffer or
    /// its size differs.
    public func changes(from previous: CellBuffer?) -> [CellChange] {
        _checkInvariants()
        var out: [CellChange] = []
        guard let previous, previous.width == width, previous.height == height else {
            out.reserveCapacity(cells.count)
            for y in 0..<height {
                for x in 0..<width { out.append(CellChange(x: x, y: y, cell: cells[y * width + x])) }
            }
            return out
        }
        for i in cells.indices where cells[i] != previous.cells[i] {
            // A wide character's lead cell carries its continuation with it.
            out.append(CellChange(x: i % width, y: i / width, cell: cells[i]))
        }
        return out
    }
}

extension CellBuffer {
    /// Stores a cell exactly as given (for backends replaying cells that a buffer produced,
    /// so they are already safe and paired).
    public mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        cells[y * width + x] = cell
    }
}
