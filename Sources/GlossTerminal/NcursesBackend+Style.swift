internal import CNcursesw
import GlossUI

extension NcursesBackend {
    /// The ncurses attributes and colour pair for a style; pairs are allocated once each.
    func attributes(for style: CellStyle) -> (attr_t, Int16) {
        var attrs: attr_t = 0
        let a = style.attributes
        if a.contains(.bold) { attrs |= gloss_a_bold() }
        if a.contains(.dim) { attrs |= gloss_a_dim() }
        if a.contains(.italic) { attrs |= gloss_a_italic() }
        if a.contains(.underline) { attrs |= gloss_a_underline() }
        if a.contains(.reverse) { attrs |= gloss_a_reverse() }
        return (attrs, pair(for: style))
    }

    private func pair(for style: CellStyle) -> Int16 {
        guard depth != .monochrome, style.foreground != .default || style.background != .default else { return 0 }
        let key = PairKey(foreground: style.foreground, background: style.background)
        if let known = cachedPair(key) { return known }
        let allocated = alloc_pair(color(style.foreground), color(style.background))
        let pair = allocated < 0 ? Int16(0) : Int16(clamping: allocated)
        remember(key, pair)
        return pair
    }

    private func color(_ c: TerminalColor) -> Int32 {
        switch c {
        case .default: return -1
        case .indexed(let n): return depth == .color8 ? Int32(n % 8) : Int32(n)
        }
    }
}
