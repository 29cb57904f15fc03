/// The last defence between article text and the terminal: nothing that could start a
/// control or escape sequence, or reorder what is drawn, ever reaches a cell.
public enum TerminalSafe {
    /// U+FFFD, drawn in place of anything unsafe.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// True for C0 and C1 controls, DEL, and the bidirectional embedding, override and
    /// isolate controls (which some terminals obey).
    @inline(__always)
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return true }
        if v < 0x200E { return false }
        return (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069) || v == 0x200E || v == 0x200F
    }

    /// The character itself when it is safe, else U+FFFD.
    public static func character(_ character: Character) -> Character {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii != 0x7F ? character : Character(replacement)
        }
        for s in character.unicodeScalars where isUnsafe(s) { return Character(replacement) }
        return character
    }

    /// The string with every unsafe scalar replaced.
    public static func string(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(isUnsafe(s) ? replacement : s) }
        return String(out)
    }
}
