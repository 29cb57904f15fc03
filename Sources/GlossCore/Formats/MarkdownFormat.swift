import Foundation

/// Markdown: front matter, headings, paragraphs, block quotes and lists; inline markup removed.
///
/// The displayed text is rebuilt from the blocks, so offsets refer to the extracted text.
public enum MarkdownFormat {
    public static func parse(_ source: String) -> ParsedDocument {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var metadata = ArticleMetadata()
        var frontTitle: String?
        if let first = lines.first, first.trimmingWhitespace() == "---",
            let close = lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.trimmingWhitespace()) })
        {
            for line in lines[1..<close] {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingCharacters().lowercased()
                var value = String(line[line.index(after: colon)...]).trimmingWhitespace()
                if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
                    value = String(value.dropFirst().dropLast())
                }
                guard !value.isEmpty else { continue }
                switch key {
                case "title": frontTitle = value
                case "author", "authors", "by": metadata.author = value
                case "date", "published": metadata.date = value
                case "source", "publisher", "site": metadata.source = value
                case "url", "link", "canonical": metadata.url = value
                default: break
                }
            }
            lines.removeSubrange(0...close)
        }

        var builder = TextBuilder()
        var title = frontTitle
        if let t = frontTitle { builder.append(inline(t), kind: .title) }
        var paragraph: [String] = []
        var quote: [String] = []
        var item: (text: [String], level: Int)?
        var fence: String?

        func flushParagraph() {
            if !paragraph.isEmpty { builder.append(inline(paragraph.joined(separator: " ")), kind: .paragraph) }
            paragraph = []
        }
        func flushQuote() {
            if !quote.isEmpty {
                // A block quote may hold several paragraphs; each becomes a quote block.
                for part in quote.split(separator: "", omittingEmptySubsequences: true) {
                    builder.append(inline(part.joined(separator: " ")), kind: .quote)
                }
            }
            quote = []
        }
        func flushItem() {
            if let it = item {
                builder.append(inline(it.text.joined(separator: " ")), kind: .listItem, level: it.level)
            }
            item = nil
        }
        func flushAll() {
            flushParagraph()
            flushQuote()
            flushItem()
        }

        for raw in lines {
            let line = raw.replacingTabs()
            let trimmed = line.trimmingWhitespace()
            if let f = fence {
                if trimmed.hasPrefix(f) {
                    fence = nil
                    continue
                }
                paragraph.append(trimmed)
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flushAll()
                fence = String(trimmed.prefix(3))
                continue
            }
            if trimmed.isEmpty {
                flushParagraph()
                flushItem()
                if !quote.isEmpty { quote.append("") }
                continue
            }
            if trimmed.hasPrefix(">") {
                flushParagraph()
                flushItem()
                var body = trimmed.dropFirst()
                while body.first == ">" { body = body.dropFirst() }
                quote.append(String(body).trimmingWhitespace())
                continue
            }
            flushQuote()
            if let (level, text) = heading(trimmed) {
                flushAll()
                if title == nil {
                    title = inline(text)
                    builder.append(inline(text), kind: .title)
                } else if builder.blocks.count == 1, frontTitle != nil, sameTitle(inline(text), title!) {
                    // The front matter's title repeated as the first heading is shown once.
                } else {
                    builder.append(inline(text), kind: .heading, level: level)
                }
                continue
            }
            if isRule(trimmed) || isReferenceDefinition(trimmed)
                || (trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->"))
            {
                flushAll()
                continue
            }
            if let (indent, text) = listItem(line) {
                flushParagraph()
                flushItem()
                item = ([text], indent / 2)
                continue
            }
            if item != nil, line.first == " " {
                item!.text.append(trimmed)
                continue
            }
            flushItem()
            paragraph.append(trimmed)
        }
        flushAll()
        let doc = builder.document(title: title ?? "", metadata: metadata)
        return doc
    }

    /// Two titles that differ only in case and spacing.
    static func sameTitle(_ a: String, _ b: String) -> Bool {
        func key(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased() }
        return key(a) == key(b)
    }

    private static func heading(_ line: String) -> (Int, String)? {
        var level = 0
        var rest = Substring(line)
        while rest.first == "#" && level < 7 {
            level += 1
            rest = rest.dropFirst()
        }
        guard (1...6).contains(level), rest.isEmpty || rest.first == " " else { return nil }
        var text = String(rest).trimmingWhitespace()
        while text.hasSuffix("#") { text.removeLast() }
        return (level, text.trimmingWhitespace())
    }

    private static func isRule(_ line: String) -> Bool {
        let chars = line.filter { $0 != " " }
        guard chars.count >= 3, let c = chars.first, "-*_".contains(c) else { return false }
        return chars.allSatisfy { $0 == c }
    }

    private static func isReferenceDefinition(_ line: String) -> Bool {
        guard line.hasPrefix("["), let close = line.range(of: "]:") else { return false }
        return !line[line.index(after: line.startIndex)..<close.lowerBound].isEmpty
    }

    private static func listItem(_ line: String) -> (Int, String)? {
        let indent = line.prefix(while: { $0 == " " }).count
        let rest = line.dropFirst(indent)
        if let m = rest.first, "-*+".contains(m), rest.dropFirst().first == " " {
            return (indent, String(rest.dropFirst(2)).trimmingWhitespace())
        }
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, digits.count < 10 {
            let after = rest.dropFirst(digits.count)
            if let d = after.first, d == "." || d == ")", after.dropFirst().first == " " {
                return (indent, String(after.dropFirst(2)).trimmingWhitespace())
            }
        }
        return nil
    }

    /// Removes inline markup: emphasis, code spans, links, images, autolinks, escapes, inline HTML.
    ///
    /// One pass over the text. Where a closing mark is looked for (a bracket, a parenthesis,
    /// `>`, a backtick run) it is looked up in `InlineMarks`, built once, instead of scanning
    /// ahead, so text full of unclosed marks stays linear. A link's label is read in place:
    /// `frames` holds the labels being read, each with its bounds and where to go on after it.
    static func inline(_ text: String) -> String {
        let c = Array(text)
        let marks = InlineMarks(c)
        var out = ""
        var frames = [(start: 0, bound: c.count, resume: c.count)]
        var start = 0, bound = c.count
        var i = 0
        func isWordChar(_ ch: Character?) -> Bool { ch.map { $0.isLetter || $0.isNumber } ?? false }
        func enterLabel(from labelStart: Int, _ link: (labelEnd: Int, next: Int)) {
            frames.append((labelStart, link.labelEnd, link.next))
            start = labelStart
            bound = link.labelEnd
            i = labelStart
        }
        while true {
            if i >= bound {
                let done = frames.removeLast()
                guard let outer = frames.last else { break }
                (start, bound, i) = (outer.start, outer.bound, done.resume)
                continue
            }
            let ch = c[i]
            switch ch {
            case "\\" where i + 1 < bound && c[i + 1].isPunctuation || i + 1 < bound && c[i + 1].isSymbol:
                out.append(c[i + 1])
                i += 2
            case "`":
                var ticks = 0
                while i + ticks < bound && c[i + ticks] == "`" { ticks += 1 }
                if let end = marks.backtickRun(length: ticks, from: i + ticks, before: bound) {
                    out.append(contentsOf: String(c[(i + ticks)..<end]).trimmingWhitespace())
                    i = end + ticks
                } else {
                    out.append(contentsOf: String(repeating: "`", count: ticks))
                    i += ticks
                }
            case "!" where i + 1 < bound && c[i + 1] == "[":
                if let found = link(c, at: i + 1, before: bound, marks) {
                    enterLabel(from: i + 2, found)
                } else {
                    out.append(ch)
                    i += 1
                }
            case "[":
                if let found = link(c, at: i, before: bound, marks) {
                    enterLabel(from: i + 1, found)
                } else {
                    out.append(ch)
                    i += 1
                }
            case "<":
                if let close = marks.next(">", from: i, before: min(bound, i + 200)) {
                    let inner = String(c[(i + 1)..<close])
                    if inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("mailto:") {
                        out.append(contentsOf: inner.hasPrefix("mailto:") ? String(inner.dropFirst(7)) : inner)
                        i = close + 1
                        continue
                    }
                    if let f = inner.first, f.isLetter || f == "/" || f == "!" {
                        i = close + 1  // inline HTML tag
                        continue
                    }
                }
                out.append(ch)
                i += 1
            case "*", "_", "~":
                var run = 0
                while i + run < bound && c[i + run] == ch { run += 1 }
                let before = i > start ? c[i - 1] : nil
                let after = i + run < bound ? c[i + run] : nil
                // Intraword underscores (snake_case) and lone tildes are text, not markup.
                if (ch == "_" && isWordChar(before) && isWordChar(after)) || (ch == "~" && run == 1)
                    || (before?.isWhitespace ?? true) && (after?.isWhitespace ?? true)
                {
                    out.append(contentsOf: String(repeating: ch, count: run))
                }
                i += run
            default:
                out.append(ch)
                i += 1
            }
        }
        return out
    }

    /// `[label](url)`, `[label][ref]` or `[label][]` at `i`, ending before `bound`: where the
    /// label ends (its `]`) and the index after the link.
    private static func link(_ c: [Character], at i: Int, before bound: Int, _ marks: InlineMarks) -> (
        labelEnd: Int, next: Int
    )? {
        guard let j = marks.closing(i), j < bound else { return nil }
        let next = j + 1
        if next < bound, c[next] == "(" {
            guard let k = marks.closing(next), k < bound else { return nil }
            return (j, k + 1)
        }
        if next < bound, c[next] == "[", let close = marks.next("]", from: next, before: bound) {
            return (j, close + 1)
        }
        return nil
    }
}

/// Where the marks of one inline text close, found in one pass so that looking one up does not
/// scan the rest of the text.
struct InlineMarks {
    /// For each `[` and `(`, its matching `]` or `)`: the first place after it where the
    /// brackets (or parentheses) counted from it balance.
    private var partner: [Int: Int] = [:]
    /// The positions of every `>` and `]`, in order.
    private var closers: [Character: [Int]] = [">": [], "]": []]
    /// The start of every run of backticks (a run is as long as it goes), by the run's length.
    private var runs: [Int: [Int]] = [:]

    init(_ c: [Character]) {
        var brackets: [Int] = []
        var parens: [Int] = []
        var i = 0
        while i < c.count {
            switch c[i] {
            case "[": brackets.append(i)
            case "(": parens.append(i)
            case "]":
                if let open = brackets.popLast() { partner[open] = i }
                closers["]"]!.append(i)
            case ")": if let open = parens.popLast() { partner[open] = i }
            case ">": closers[">"]!.append(i)
            case "`":
                var n = 0
                while i + n < c.count && c[i + n] == "`" { n += 1 }
                runs[n, default: []].append(i)
                i += n
                continue
            default: break
            }
            i += 1
        }
    }

    /// The `]` or `)` that closes the `[` or `(` at `i`, nil when nothing does.
    func closing(_ i: Int) -> Int? { partner[i] }

    /// The first `mark` (`>` or `]`) after `i` and before `bound`.
    func next(_ mark: Character, from i: Int, before bound: Int) -> Int? {
        guard let list = closers[mark], let found = InlineMarks.first(in: list, after: i), found < bound else {
            return nil
        }
        return found
    }

    /// The start of the first run of exactly `length` backticks at or after `i` and before `bound`.
    func backtickRun(length: Int, from i: Int, before bound: Int) -> Int? {
        guard let list = runs[length], let found = InlineMarks.first(in: list, after: i - 1), found < bound else {
            return nil
        }
        return found
    }

    /// The first element of the sorted `list` greater than `value` (binary search).
    private static func first(in list: [Int], after value: Int) -> Int? {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] > value { high = mid } else { low = mid + 1 }
        }
        return low < list.count ? list[low] : nil
    }
}

extension StringProtocol {
    func trimmingCharacters() -> String { String(self).trimmingWhitespace() }
    func replacingTabs() -> String { String(self).replacingOccurrences(of: "\t", with: "    ") }
}
