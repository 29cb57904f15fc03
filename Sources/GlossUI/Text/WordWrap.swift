import GlossCore

/// One wrapped line: a range of scalar offsets into the article text and its width in columns.
public struct WrappedLine: Hashable, Sendable {
    public var range: TextRange
    public var width: Int
    public init(range: TextRange, width: Int) {
        self.range = range
        self.width = width
    }
}

/// Greedy word wrap over scalar offsets, measuring display columns per grapheme cluster.
///
/// White space (line breaks included) separates words; a word wider than the line is split
/// at cluster boundaries. Lines never start or end with white space.
public enum WordWrap {
    public static func wrap(_ scalars: [Unicode.Scalar], range: TextRange, width: Int) -> [WrappedLine] {
        let width = max(1, width)
        var lines: [WrappedLine] = []
        var lineStart = -1, lineEnd = -1, lineWidth = 0
        var wordStart = -1, wordWidth = 0, wordEnd = -1

        func placeWord() {
            guard wordStart >= 0 else { return }
            if lineStart < 0 {
                lineStart = wordStart
                lineEnd = wordEnd
                lineWidth = wordWidth
            } else if lineWidth + 1 + wordWidth <= width {
                lineEnd = wordEnd
                lineWidth += 1 + wordWidth
            } else {
                lines.append(WrappedLine(range: TextRange(lineStart, lineEnd), width: lineWidth))
                lineStart = wordStart
                lineEnd = wordEnd
                lineWidth = wordWidth
            }
            wordStart = -1
            wordWidth = 0
        }

        var i = range.start
        let end = min(range.end, scalars.count)
        while i < end {
            let s = scalars[i]
            if WordBreak.isSpace(s) {
                placeWord()
                i += 1
                continue
            }
            // One grapheme cluster starting at i.
            var j = i + 1
            let clusterWidth: Int
            if s.value < 0x80 && (j >= end || scalars[j].value < 0x300) {
                // Controls draw as one replacement column (TerminalSafe), so they count as one.
                clusterWidth = 1
            } else {
                var view = String.UnicodeScalarView()
                var k = i
                while k < end && k < i + 32 {
                    view.append(scalars[k])
                    k += 1
                }
                let first = String(view).first!
                j = i + first.unicodeScalars.count
                // Zero-width clusters are drawn as one replacement column: measure what is drawn.
                clusterWidth = max(1, DisplayWidth.of(first))
            }
            if wordStart < 0 {
                wordStart = i
                wordWidth = 0
            }
            if wordWidth + clusterWidth > width && wordWidth > 0 {
                // A word longer than the line: break it here.
                placeWord()
                if lineStart >= 0 {
                    lines.append(WrappedLine(range: TextRange(lineStart, lineEnd), width: lineWidth))
                    lineStart = -1
                    lineWidth = 0
                }
                wordStart = i
            }
            wordWidth += clusterWidth
            wordEnd = j
            i = j
        }
        placeWord()
        if lineStart >= 0 { lines.append(WrappedLine(range: TextRange(lineStart, lineEnd), width: lineWidth)) }
        return lines
    }

    /// The article as plain lines of at most `width` columns: blocks separated by blank lines,
    /// list items bulleted, block quotes indented. What `gloss show` prints.
    public static func render(_ article: Article, width: Int) -> [String] {
        var out: [String] = []
        for (index, block) in article.blocks.enumerated() {
            if index > 0 { out.append("") }
            let prefix: String
            let rest: String
            switch block.kind {
            case .quote:
                prefix = "  │ "
                rest = "  │ "
            case .listItem:
                let indent = String(repeating: "  ", count: block.indentLevel)
                prefix = indent + "• "
                rest = indent + "  "
            default:
                prefix = ""
                rest = ""
            }
            let inner = max(1, width - DisplayWidth.of(prefix))
            for (n, line) in wrap(article.scalars, range: block.range, width: inner).enumerated() {
                out.append(
                    (n == 0 ? prefix : rest) + TerminalSafe.string(article.text(in: line.range).replacingLineBreaks()))
            }
        }
        return out
    }
}

extension String {
    /// Runs of white space inside a wrapped line become one space, as the wrap measured them.
    func replacingLineBreaks() -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for s in unicodeScalars {
            if WordBreak.isSpace(s) {
                space = true
            } else {
                if space {
                    out.append(" ")
                    space = false
                }
                out.append(s)
            }
        }
        return String(out)
    }
}
