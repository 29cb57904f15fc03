extension CellBuffer {
    /// A buffer holding `lines` in plain cells, `width` columns wide (the widest line when
    /// not given) and a row per line: a canvas to draw one widget on, or the text it should show.
    public init(lines: [String], width: Int? = nil) {
        self.init(width: width ?? lines.map { DisplayWidth.of($0) }.max() ?? 0, height: lines.count)
        for (y, line) in lines.enumerated() { write(line, x: 0, y: y) }
    }

    /// A row's runs of one look, left to right, plain ones included.
    public func styleRuns(row y: Int) -> [(columns: ClosedRange<Int>, style: CellStyle)] {
        runs(row: y) { $0 == $1 }
    }

    /// A row's runs of cells that `same` puts together.
    private func runs(row y: Int, _ same: (CellStyle, CellStyle) -> Bool) -> [(
        columns: ClosedRange<Int>, style: CellStyle
    )] {
        var runs: [(columns: ClosedRange<Int>, style: CellStyle)] = []
        var x = 0
        while x < width {
            let style = self[x, y].style
            var end = x + 1
            while end < width && same(self[end, y].style, style) { end += 1 }
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

    /// What a snapshot says about styles: the roles each was made of (`quote+focus`), so
    /// that a change of colours leaves it as it is, or the look itself (`fg=117 italic`), for
    /// the snapshots that are about a theme.
    public enum SnapshotStyles: Sendable {
        case roles, looks
    }

    /// A reviewable dump: the rows between rules, then each row's styled runs
    /// (`row 3: 4-9 person; 12-20 quote+focus`, or with `.looks` `row 3: 4-9 fg=114 bold`),
    /// so a snapshot file shows both text and highlighting.
    public func snapshot(_ styles: SnapshotStyles = .roles) -> String {
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
            let described: [(columns: ClosedRange<Int>, text: String)]
            switch styles {
            case .looks:
                described = styleRuns(row: y).map { ($0.columns, $0.style == .plain ? "" : $0.style.description) }
            case .roles:
                described = runs(row: y) { $0.roleDescription == $1.roleDescription }.map {
                    ($0.columns, $0.style.roleDescription)
                }
            }
            let runs = described.filter { !$0.text.isEmpty }.map {
                "\($0.columns.lowerBound)-\($0.columns.upperBound) \($0.text)"
            }
            if !runs.isEmpty { out += "row \(y): " + runs.joined(separator: "; ") + "\n" }
        }
        return out
    }
}
