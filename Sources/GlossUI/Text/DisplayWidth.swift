import GlossCore

/// Terminal column widths from Unicode data, independent of the locale (DESIGN §3.12).
public enum DisplayWidth {
    /// Columns a grapheme cluster takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 { return of(first) }
        // Emoji sequences (ZWJ families, flags, keycaps, VS16) are drawn two columns wide.
        var sawEmoji = false
        for s in scalars {
            if s.value == 0xFE0F || (s.value >= 0x1F1E6 && s.value <= 0x1F1FF) { return 2 }
            if s.properties.isEmojiPresentation { sawEmoji = true }
        }
        if sawEmoji { return 2 }
        return of(first) == 0 ? scalars.map(of).max() ?? 0 : of(first)
    }

    /// Columns one scalar takes on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B || (v >= 0x1160 && v <= 0x11FF) || (v >= 0xFE00 && v <= 0xFE0F) { return 0 }
        return isWide(v) || scalar.properties.isEmojiPresentation ? 2 : 1
    }

    /// What to send for a cluster so the terminal moves exactly as many columns as the layout
    /// gave it. Terminals disagree on emoji sequences (a skin-tone modifier or a ZWJ family
    /// can take two, four or six columns): a cluster of several visible scalars is sent as
    /// its first scalar and its combining marks only. When the terminal would draw that one
    /// column narrower than the layout, `pad` asks for a space in the second column.
    /// `terminalWidth` is the terminal's width of one scalar (the C library's `wcwidth`).
    public static func drawable(_ character: Character, terminalWidth: (Unicode.Scalar) -> Int) -> (
        scalars: [Unicode.Scalar], pad: Bool
    ) {
        let all = Array(character.unicodeScalars)
        if character.isASCII { return (all, false) }
        // A flag is two regional indicators: two columns everywhere, as a flag or as two letters.
        if all.count == 2, all.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0.value) }) { return (all, false) }
        var kept = [all[0]]
        for s in all.dropFirst() {
            if s.value == 0x200D { break }  // what follows a joiner is another picture
            // Combining marks stay; variation selectors and emoji modifiers, whose width
            // terminals disagree on, go.
            if (0xFE00...0xFE0F).contains(s.value) { continue }
            switch s.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: kept.append(s)
            default: break
            }
        }
        let layout = of(character)
        let terminal = terminalWidth(all[0])
        if terminal == 1 && layout == 2 { return (kept, true) }
        if terminal == 2 && layout == 1 { return ([TerminalSafe.replacement], false) }
        return (kept, false)
    }

    /// `text` cut to `width` columns, ending in an ellipsis when cut.
    public static func truncated(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        var out = "", used = 0
        for ch in text {
            let w = of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// Columns of a whole string, cluster by cluster.
    public static func of(_ string: some StringProtocol) -> Int {
        var total = 0
        for ch in string { total += of(ch) }
        return total
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x1F300...0x1F64F,
        0x1F680...0x1F6FF, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        var lo = 0, hi = wideRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = wideRanges[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }
}
