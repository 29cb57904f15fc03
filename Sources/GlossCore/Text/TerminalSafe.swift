/// The one rule for every character Gloss shows or prints: nothing that could start a control
/// or escape sequence, or reorder what is drawn, ever reaches a terminal. The reader's cells,
/// the command line's tables and text, its JSON, and every message on stderr go through it,
/// whatever the text came from (an article, a file name, a store file, an import, an argument).
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

    /// One line: every unsafe scalar replaced, line breaks and tabs included.
    public static func string(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(isUnsafe(s) ? replacement : s) }
        return String(out)
    }

    /// Text of several lines: like `string`, but line feeds and tabs stay.
    public static func text(_ text: String) -> String {
        func unsafe(_ s: Unicode.Scalar) -> Bool { s != "\n" && s != "\t" && isUnsafe(s) }
        guard text.unicodeScalars.contains(where: unsafe) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(unsafe(s) ? replacement : s) }
        return String(out)
    }

    /// JSON text with every unsafe scalar the encoder left raw (C1 controls, DEL, the
    /// bidirectional controls) and the line and paragraph separators U+2028 and U+2029
    /// written as `\uXXXX` escapes. Such scalars can only stand inside JSON strings, so the
    /// result is the same JSON value, and it is plain to a terminal and to line splitters.
    public static func json(_ json: String) -> String {
        func escaped(_ s: Unicode.Scalar) -> Bool {
            s.value >= 0x7F && (isUnsafe(s) || s.value == 0x2028 || s.value == 0x2029)
        }
        guard json.unicodeScalars.contains(where: escaped) else { return json }
        var out = ""
        out.reserveCapacity(json.utf8.count + 16)
        for s in json.unicodeScalars {
            if escaped(s) {
                let hex = String(s.value, radix: 16, uppercase: false)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }
}
