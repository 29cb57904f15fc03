extension CellBuffer {
    /// A buffer holding `lines` in plain cells, `width` columns wide (the widest line when
    /// not given) and a row per line: a canvas to draw one widget on, or the text it should show.
    public init(lines: [String], width: Int? = nil) {
        self.init(width: width ?? lines.map { DisplayWidth.of($0) }.max() ?? 0, height: lines.count)
        for (y, line) in lines.enumerated() { write(line, x: 0, y: y) }
    }

    /// A row's runs of one style, left to right, plain ones included.
    public func styleRuns(row y: Int) -> [(columns: ClosedRange<Int>, style: CellStyle)] {
        var runs: [(columns: ClosedRange<Int>, style: CellStyle)] = []
        var x = 0
        while x < width {
            let style = self[x, y].style
            var end = x + 1
            while end < width && self[end, y].style == style { end += 1 }
            runs.append((x...(end - 1), style))
            x = end
        }
        return runs
    }

    /// The text of each row, continuation cells skipped and trailing blanks trimmed.
    public func textLines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation { line.append(self[x, y].character) }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// A reviewable dump: the rows between rules, then each row's styled runs
    /// (`row 3: 4-9 fg=2 bold`), so a snapshot file shows both text and highlighting.
    public func snapshot() -> String {
        var out = "size \(width)x\(height)\n"
        let rule = "+" + String(repeating: "-", count: width) + "+\n"
        out += rule
        for y in 0..<height {
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation { line.append(self[x, y].character) }
            out += "|" + line + "|\n"
        }
        out += rule
        out += "styles:\n"
        for y in 0..<height {
            let runs = styleRuns(row: y).filter { $0.style != .plain }.map { "\($0.columns.lowerBound)-\($0.columns.upperBound) \($0.style)" }
            if !runs.isEmpty { out += "row \(y): " + runs.joined(separator: "; ") + "\n" }
        }
        return out
    }
}
