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
            if let it = item { builder.append(inline(it.text.joined(separator: " ")), kind: .listItem, level: it.level) }
            item = nil
        }
        func flushAll() { flushParagraph(); flushQuote(); flushItem() }

        for raw in lines {
            let line = raw.replacingTabs()
            let trimmed = line.trimmingWhitespace()
            if let f = fence {
                if trimmed.hasPrefix(f) { fence = nil; continue }
                paragraph.append(trimmed)
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flushAll()
                fence = String(trimmed.prefix(3))
                continue
            }
            if trimmed.isEmpty {
                flushParagraph(); flushItem()
                if !quote.isEmpty { quote.append("") }
                continue
            }
            if trimmed.hasPrefix(">") {
                flushParagraph(); flushItem()
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
                } else {
                    builder.append(inline(text), kind: .heading, level: level)
                }
                continue
            }
            if isRule(trimmed) || isReferenceDefinition(trimmed) || (trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->")) {
                flushAll()
                continue
            }
            if let (indent, text) = listItem(line) {
                flushParagraph(); flushItem()
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

    private static func heading(_ line: String) -> (Int, String)? {
        var level = 0
        var rest = Substring(line)
        while rest.first == "#" && level < 7 { level += 1; rest = rest.dropFirst() }
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
    static func inline(_ text: String) -> String {
        let c = Array(text)
        var out = ""
        var i = 0
        func isWordChar(_ ch: Character?) -> Bool { ch.map { $0.isLetter || $0.isNumber } ?? false }
        while i < c.count {
            let ch = c[i]
            switch ch {
            case "\\" where i + 1 < c.count && c[i + 1].isPunctuation || i + 1 < c.count && c[i + 1].isSymbol:
                out.append(c[i + 1]); i += 2
            case "`":
                var ticks = 0
                while i + ticks < c.count && c[i + ticks] == "`" { ticks += 1 }
                var j = i + ticks
                var found: Int?
                while j < c.count {
                    if c[j] == "`" {
                        var t = 0
                        while j + t < c.count && c[j + t] == "`" { t += 1 }
                        if t == ticks { found = j; break }
                        j += t
                    } else { j += 1 }
                }
                if let end = found {
                    out.append(contentsOf: String(c[(i + ticks)..<end]).trimmingWhitespace())
                    i = end + ticks
                } else {
                    out.append(contentsOf: String(repeating: "`", count: ticks)); i += ticks
                }
            case "!" where i + 1 < c.count && c[i + 1] == "[":
                if let (label, next) = link(c, at: i + 1) { out.append(contentsOf: inline(label)); i = next } else { out.append(ch); i += 1 }
            case "[":
                if let (label, next) = link(c, at: i) { out.append(contentsOf: inline(label)); i = next } else { out.append(ch); i += 1 }
            case "<":
                if let close = c[i...].firstIndex(of: ">"), close - i < 200 {
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
                out.append(ch); i += 1
            case "*", "_", "~":
                var run = 0
                while i + run < c.count && c[i + run] == ch { run += 1 }
                let before = i > 0 ? c[i - 1] : nil
                let after = i + run < c.count ? c[i + run] : nil
                // Intraword underscores (snake_case) and lone tildes are text, not markup.
                if (ch == "_" && isWordChar(before) && isWordChar(after)) || (ch == "~" && run == 1)
                    || (before?.isWhitespace ?? true) && (after?.isWhitespace ?? true)
                {
                    out.append(contentsOf: String(repeating: ch, count: run))
                }
                i += run
            default:
                out.append(ch); i += 1
            }
        }
        return out
    }

    /// `[label](url)`, `[label][ref]` or `[label][]` at `i`: the label and the index after the link.
    private static func link(_ c: [Character], at i: Int) -> (String, Int)? {
        var depth = 0
        var j = i
        while j < c.count {
            if c[j] == "[" { depth += 1 } else if c[j] == "]" { depth -= 1; if depth == 0 { break } }
            j += 1
        }
        guard j < c.count else { return nil }
        let label = String(c[(i + 1)..<j])
        let next = j + 1
        if next < c.count, c[next] == "(" {
            var d = 0
            var k = next
            while k < c.count {
                if c[k] == "(" { d += 1 } else if c[k] == ")" { d -= 1; if d == 0 { return (label, k + 1) } }
                k += 1
            }
            return nil
        }
        if next < c.count, c[next] == "[", let close = c[next...].firstIndex(of: "]") { return (label, close + 1) }
        return nil
    }
}

extension StringProtocol {
    func trimmingCharacters() -> String { String(self).trimmingWhitespace() }
    func replacingTabs() -> String { String(self).replacingOccurrences(of: "\t", with: "    ") }
}
