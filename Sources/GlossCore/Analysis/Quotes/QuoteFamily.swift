/// The families of quotation marks. A closing mark only ends a quote opened by its own family,
/// which is what lets `'` inside `"…"` (or `“…”` inside `«…»`) nest.
enum QuoteFamily: UInt8, Sendable {
    /// `“…”`, `"…"`, `„…“`.
    case double
    /// `‘…’`, `'…'`, `‚…‘`.
    case single
    /// `«…»`.
    case guillemet
    /// `‹…›`.
    case singleGuillemet

    /// The family of a scalar that can be a quotation mark, or nil. Cheap enough for every scalar.
    @inline(__always) static func of(_ s: Unicode.Scalar) -> QuoteFamily? {
        let v = s.value
        if v < 0x80 { return v == 0x22 ? .double : (v == 0x27 ? .single : nil) }
        switch v {
        case 0x201C, 0x201D, 0x201E, 0x201F: return .double
        case 0x2018, 0x2019, 0x201A, 0x201B: return .single
        case 0xAB, 0xBB: return .guillemet
        case 0x2039, 0x203A: return .singleGuillemet
        default: return nil
        }
    }
}
