import GlossCore

extension LayoutLine {
    /// Calls `body` for each glyph of the line, in order, as it is drawn: white-space runs
    /// collapse to one space (as `WordWrap` measured them), clusters take their display
    /// width. Drawing and column↔offset mapping both go through here, so they agree.
    @inline(__always)
    public func forEachGlyph(_ scalars: [Unicode.Scalar], _ body: (Glyph) -> Void) {
        var i = range.start
        let end = min(range.end, scalars.count)
        var column = 0
        while i < end {
            let s = scalars[i]
            let v = s.value
            if WordBreak.isSpace(s) {
                var j = i + 1
                while j < end, WordBreak.isSpace(scalars[j]) { j += 1 }
                body(Glyph(start: i, end: j, character: " ", width: 1, column: column))
                column += 1
                i = j
                continue
            }
            if v < 0x80 && (i + 1 >= end || scalars[i + 1].value < 0x300) {
                body(Glyph(start: i, end: i + 1, character: Character(s), width: 1, column: column))
                column += 1
                i += 1
                continue
            }
            var view = String.UnicodeScalarView()
            var k = i
            while k < end && k < i + 32 {
                view.append(scalars[k])
                k += 1
            }
            var cluster = String(view).first!
            let count = cluster.unicodeScalars.count
            let w = DisplayWidth.of(cluster)
            // A cluster with no width of its own (a lone combining mark) would merge into the
            // previous cell on the terminal; show it as a replacement character instead.
            if w == 0 { cluster = Character(TerminalSafe.replacement) }
            body(Glyph(start: i, end: i + count, character: cluster, width: max(1, w), column: column))
            column += max(1, w)
            i += count
        }
    }

    /// The glyphs of the line (for hit testing and tests).
    public func glyphs(_ scalars: [Unicode.Scalar]) -> [Glyph] {
        var out: [Glyph] = []
        forEachGlyph(scalars) { out.append($0) }
        return out
    }

    /// The scalar offset drawn at a text column (after the prefix), or nil past the end.
    public func offset(atColumn column: Int, _ scalars: [Unicode.Scalar]) -> Int? {
        var found: Int?
        forEachGlyph(scalars) { g in
            if found == nil, column >= g.column, column < g.column + g.width { found = g.start }
        }
        return found
    }

    /// The text column where the glyph covering `offset` is drawn, or nil when the line does not show it.
    public func column(ofOffset offset: Int, _ scalars: [Unicode.Scalar]) -> Int? {
        var found: Int?
        forEachGlyph(scalars) { g in
            if found == nil, offset >= g.start, offset < g.end { found = g.column }
        }
        return found
    }
}
