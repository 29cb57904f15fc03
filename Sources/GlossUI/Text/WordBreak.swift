/// Which scalars separate words, for wrapping, drawing and searching alike.
public enum WordBreak {
    /// White space that separates words (no-break spaces do not). ASCII is decided without a
    /// Unicode property lookup: this runs for every scalar of wrapping and drawing.
    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return s.properties.isWhitespace && v != 0xA0 && v != 0x202F
    }
}
