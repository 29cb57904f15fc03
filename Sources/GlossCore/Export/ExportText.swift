/// Text clean-up shared by the exporters.
public enum ExportText {
    /// Drops control characters other than line feed and tab (a carriage return becomes a
    /// line feed), so nothing in an export can move a terminal's cursor or confuse a parser.
    static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for s in text.unicodeScalars {
            if s == "\r" {
                out.append("\n")
                previousCR = true
                continue
            }
            defer { previousCR = false }
            if s == "\n" && previousCR { continue }
            if s == "\n" || s == "\t" {
                out.append(s)
            } else if s.properties.generalCategory == .control || s == "\u{2028}" || s == "\u{2029}" {
                continue
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// Text on one line: runs of white space (line breaks included) become one space.
    static func oneLine(_ text: String) -> String {
        clean(text).split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }

    /// Text for one line of Markdown: on one line, every formatting character escaped.
    public static func markdownInline(_ text: String) -> String {
        MarkdownExporter.escapeInline(oneLine(text))
    }
}
