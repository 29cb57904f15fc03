import GlossCore

/// A document reflowed to one measure: every line with its scalar range and highlights.
/// Built once per article and measure; scrolling and drawing only index into it.
public struct ArticleLayout: Sendable, Hashable {
    /// Columns of text, prefixes included.
    public let measure: Int
    public private(set) var lines: [LayoutLine]

    public init(document: ReaderDocument, measure: Int) {
        let measure = max(8, measure)
        self.measure = measure
        let article = document.article
        var lines: [LayoutLine] = []
        let hasTitleBlock = article.blocks.first?.kind == .title
        if !hasTitleBlock {
            let title = Array(article.title.collapsedWhitespace.unicodeScalars)
            for line in WordWrap.wrap(title, range: TextRange(0, title.count), width: measure) {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: title[line.range.start..<line.range.end])
                lines.append(LayoutLine(range: TextRange(0, 0), kind: .title, literal: String(view)))
            }
            if let byline = Self.byline(article.metadata) {
                lines.append(LayoutLine(range: TextRange(0, 0), kind: .byline, literal: String(byline.prefix(measure))))
            }
            lines.append(LayoutLine(range: TextRange(0, 0), kind: .blank))
        }
        for (index, block) in article.blocks.enumerated() {
            if index == 1, hasTitleBlock, let byline = Self.byline(article.metadata) {
                let end = article.blocks[0].range.end
                lines.append(
                    LayoutLine(range: TextRange(end, end), kind: .byline, literal: String(byline.prefix(measure))))
            }
            if index > 0 {
                lines.append(LayoutLine(range: TextRange(block.range.start, block.range.start), kind: .blank))
            }
            let kind: LineKind
            var first = "", rest = ""
            switch block.kind {
            case .title: kind = .title
            case .heading: kind = .heading
            case .paragraph: kind = .paragraph
            case .quote:
                kind = .blockQuote
                first = "  │ "
                rest = first
            case .listItem:
                kind = .listItem
                let indent = String(repeating: "  ", count: block.indentLevel)
                first = indent + "• "
                rest = indent + "  "
            }
            let indent = DisplayWidth.of(first)
            let wrapped = WordWrap.wrap(article.scalars, range: block.range, width: max(1, measure - indent))
            for (n, line) in wrapped.enumerated() {
                lines.append(LayoutLine(range: line.range, kind: kind, prefix: n == 0 ? first : rest, indent: indent))
            }
        }
        if article.blocks.count == 1, hasTitleBlock, let byline = Self.byline(article.metadata) {
            let end = article.blocks[0].range.end
            lines.append(LayoutLine(range: TextRange(end, end), kind: .byline, literal: String(byline.prefix(measure))))
        }
        if lines.isEmpty { lines.append(LayoutLine(range: TextRange(0, 0), kind: .blank)) }
        Self.attach(document.spans, to: &lines)
        self.lines = lines
    }

    /// `By Dana Osei · 2026-03-04` from the article's metadata; nil when it has neither.
    static func byline(_ m: ArticleMetadata) -> String? {
        var parts: [String] = []
        if let author = m.author?.collapsedWhitespace, !author.isEmpty {
            parts.append(author.lowercased().hasPrefix("by ") ? author : "By " + author)
        }
        if let date = m.date?.collapsedWhitespace, !date.isEmpty {
            // An ISO timestamp reads as its day.
            let iso =
                date.count > 10 && date.prefix(10).allSatisfy { $0.isNumber || $0 == "-" }
                && date.dropFirst(4).first == "-"
            parts.append(iso ? String(date.prefix(10)) : date)
        }
        return parts.isEmpty ? nil : TerminalSafe.string(parts.joined(separator: " · "))
    }

    /// Clips each span to the lines it crosses.
    private static func attach(_ spans: [HighlightSpan], to lines: inout [LayoutLine]) {
        for span in spans {
            var i = firstLine(endingAfter: span.range.start, in: lines)
            while i < lines.count, lines[i].range.start < span.range.end {
                let r = lines[i].range
                if !r.isEmpty, r.end > span.range.start {
                    lines[i].spans.append(
                        LineSpan(
                            start: max(r.start, span.range.start), end: min(r.end, span.range.end), kind: span.kind))
                    lines[i].kindMask |= span.kind.bit
                }
                i += 1
            }
        }
    }

    /// The first line whose range ends after `offset` (binary search; lines are in text order).
    private static func firstLine(endingAfter offset: Int, in lines: [LayoutLine]) -> Int {
        var lo = 0, hi = lines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lines[mid].range.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The line showing `offset`: the line containing it, else the first line after it.
    public func lineIndex(for offset: Int) -> Int {
        var lo = 0, hi = lines.count
        // Last line whose start is <= offset, skipping blank lines back to text.
        while lo < hi {
            let mid = (lo + hi) / 2
            if lines[mid].range.start <= offset { lo = mid + 1 } else { hi = mid }
        }
        var i = max(0, lo - 1)
        if !lines[i].range.contains(offset) {
            // In the white space between lines or blocks: the next line of text.
            var j = i + 1
            while j < lines.count && lines[j].kind == .blank { j += 1 }
            if j < lines.count { i = j }
        }
        return i
    }

    public var count: Int { lines.count }
}
