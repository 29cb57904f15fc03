/// A passage shown in quotation marks: `“they waited”`. A passage that is itself a quotation
/// (a marked quote keeps its marks) is not wrapped twice: its own outer marks give way to ours.
public enum QuotedText {
    static let openingMarks: Set<Unicode.Scalar> = [
        "\u{201C}", "\"", "\u{00AB}", "\u{2018}", "'", "\u{201E}", "\u{2039}", "\u{300C}", "\u{00BB}",
    ]
    static let closingMarks: Set<Unicode.Scalar> = [
        "\u{201D}", "\"", "\u{00BB}", "\u{2019}", "'", "\u{201C}", "\u{203A}", "\u{300D}", "\u{00AB}",
    ]

    public static func wrap(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, openingMarks.contains(first) {
            scalars = scalars.dropFirst()
            if let last = scalars.last, closingMarks.contains(last) { scalars = scalars.dropLast() }
        }
        return "\u{201C}" + String(String.UnicodeScalarView(scalars)) + "\u{201D}"
    }
}
