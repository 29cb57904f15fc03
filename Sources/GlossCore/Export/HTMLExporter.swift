import Foundation

/// Annotations as one self-contained HTML page: each article's text with the annotated
/// passages highlighted and, beside each paragraph, the notes of the annotations that start in
/// it; orphans after the text. No script, no external file: the page can be mailed or
/// opened from disk. Every piece of text is escaped.
public enum HTMLExporter {
    /// Colour names with a look of their own; any other name is shown as the first.
    public static let palette = ["yellow", "green", "blue", "pink", "orange", "purple", "red", "gray"]

    public static func render(_ articles: [AnnotatedArticle], title: String = "Annotations") -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Gloss">
            <title>\(escape(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <header>
            <h1>\(escape(title))</h1>

            """
        let total = articles.reduce(0) { $0 + $1.items.count }
        out +=
            "<p class=\"meta\">\(total) annotation\(total == 1 ? "" : "s") on \(articles.count) article\(articles.count == 1 ? "" : "s")</p>\n"
        if articles.count > 1 {
            out += "<nav><ol>\n"
            for (n, article) in articles.enumerated() {
                out +=
                    "<li><a href=\"#article-\(n + 1)\">\(escape(ExportText.oneLine(article.title)))</a> (\(article.items.count))</li>\n"
            }
            out += "</ol></nav>\n"
        }
        out += "</header>\n<main>\n"
        for (n, article) in articles.enumerated() {
            out += section(article, number: n + 1)
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    static func section(_ article: AnnotatedArticle, number: Int) -> String {
        var out = "<article id=\"article-\(number)\">\n<h2>\(escape(ExportText.oneLine(article.title)))</h2>\n"
        var facts: [String] = []
        if let source = article.metadata.source { facts.append(escape(ExportText.oneLine(source))) }
        if let author = article.metadata.author { facts.append(escape(ExportText.oneLine(author))) }
        if let date = article.metadata.date { facts.append(escape(ExportText.oneLine(date))) }
        if let url = article.metadata.url, let safe = safeURL(url) {
            facts.append("<a href=\"\(escape(safe))\">\(escape(safe))</a>")
        }
        facts.append("<code>\(escape(ExportText.oneLine(article.id)))</code>")
        out += "<p class=\"meta\">\(facts.joined(separator: " · "))</p>\n"
        let anchored = article.anchored
        var numbers: [Annotation.ID: Int] = [:]
        for (i, item) in anchored.enumerated() { numbers[item.id] = i + 1 }
        if let text = article.article {
            out += body(text, anchored, numbers: numbers)
        } else {
            out +=
                "<p class=\"missing\">The article is no longer in the library; its annotations are listed as recorded.</p>\n"
        }
        let orphans = article.orphans
        if !orphans.isEmpty {
            out += "<section class=\"orphans\">\n<h3>Orphaned annotations</h3>\n"
            out += "<p class=\"meta\">Their passages are no longer in the article's text; shown as recorded.</p>\n"
            for item in orphans {
                out += card(item, number: nil, passage: item.annotation.quote.exact)
            }
            out += "</section>\n"
        }
        if article.items.isEmpty { out += "<p class=\"meta\">No annotations.</p>\n" }
        out += "</article>\n"
        return out
    }

    /// The article's blocks, one row each: the text with marks, and the cards of the
    /// annotations that start in it.
    static func body(_ article: Article, _ items: [AnchoredAnnotation], numbers: [Annotation.ID: Int]) -> String {
        let blocks =
            article.blocks.isEmpty
            ? [Block(kind: .paragraph, range: TextRange(0, article.scalars.count))] : article.blocks
        // Each card goes beside the first block its passage overlaps (or the next block, for a
        // passage made only of the space between blocks).
        var cardsByBlock: [Int: [AnchoredAnnotation]] = [:]
        for item in items {
            guard let range = item.anchor.range else { continue }
            let index =
                blocks.firstIndex { $0.range.overlaps(range) || $0.range.start >= range.start } ?? blocks.count - 1
            cardsByBlock[index, default: []].append(item)
        }
        var out = ""
        for (index, block) in blocks.enumerated() {
            // The heading above already shows the title; the title block only stays when marked.
            if block.kind == .title, cardsByBlock[index] == nil,
                !items.contains(where: { $0.anchor.range?.overlaps(block.range) ?? false })
            {
                continue
            }
            let inner = marked(article, block.range, items, numbers: numbers)
            let element: String
            switch block.kind {
            case .title: element = "<p class=\"title\">\(inner)</p>"
            case .heading: element = "<h3>\(inner)</h3>"
            case .quote: element = "<blockquote><p>\(inner)</p></blockquote>"
            case .listItem: element = "<ul><li>\(inner)</li></ul>"
            case .paragraph: element = "<p>\(inner)</p>"
            }
            out += "<div class=\"row\">\n<div class=\"text\">\(element)</div>\n<aside>"
            for item in cardsByBlock[index] ?? [] {
                out += "\n" + card(item, number: numbers[item.id], passage: nil)
            }
            out += "</aside>\n</div>\n"
        }
        return out
    }

    /// The text of `range` with every annotated stretch in a `<mark>` (the latest-starting
    /// annotation gives the colour where passages overlap) and a reference number where each
    /// passage ends.
    static func marked(
        _ article: Article, _ range: TextRange, _ items: [AnchoredAnnotation], numbers: [Annotation.ID: Int]
    ) -> String {
        let inside = items.compactMap { item -> (AnchoredAnnotation, TextRange)? in
            guard let r = item.anchor.range, r.overlaps(range) else { return nil }
            return (item, TextRange(max(r.start, range.start), min(r.end, range.end)))
        }
        var cuts: Set<Int> = [range.start, range.end]
        for (_, r) in inside {
            cuts.insert(r.start)
            cuts.insert(r.end)
        }
        let points = cuts.sorted()
        var out = ""
        for (lo, hi) in zip(points, points.dropFirst()) where lo < hi {
            let text = escape(ExportText.clean(article.text(in: TextRange(lo, hi))))
            let covering = inside.filter { $0.1.start <= lo && hi <= $0.1.end }
            if covering.isEmpty {
                out += text
            } else {
                let top = covering.max {
                    ($0.1.start, $0.0.annotation.created) < ($1.1.start, $1.0.annotation.created)
                }!.0
                let refs = covering.compactMap { numbers[$0.0.id] }.sorted().map(String.init).joined(separator: " ")
                out += "<mark class=\"\(colorClass(top.annotation.color))\" data-refs=\"\(refs)\">\(text)</mark>"
            }
            for (item, r) in inside where r.end == hi && item.anchor.range!.end == hi {
                guard let n = numbers[item.id] else { continue }
                out += "<sup><a href=\"#note-\(item.id.uuidString.lowercased())\">\(n)</a></sup>"
            }
        }
        return out
    }

    static func card(_ item: AnchoredAnnotation, number: Int?, passage: String?) -> String {
        let a = item.annotation
        var out = "<div class=\"card \(colorClass(a.color))\" id=\"note-\(a.id.uuidString.lowercased())\">"
        var head: [String] = []
        if let number { head.append("<b>\(number)</b>") }
        head.append(escape(a.kind.rawValue))
        if item.status == .moved { head.append("moved") }
        if item.status == .fuzzy {
            head.append("text changed since; recorded as “\(escape(ExportText.oneLine(a.quote.exact)))”")
        }
        out += "<p class=\"head\">\(head.joined(separator: " · "))</p>"
        if let passage {
            out +=
                "<blockquote><p>\(escape(ExportText.clean(passage)).replacingOccurrences(of: "\n", with: "<br>"))</p></blockquote>"
        }
        if a.kind == .quote, let who = a.attribution {
            var speaker = escape(ExportText.oneLine(who.speaker))
            if let entity = who.entity, !who.speaker.contains(entity) {
                speaker += " (\(escape(ExportText.oneLine(entity))))"
            }
            out += "<p class=\"speaker\">— \(speaker)</p>"
        }
        let note = ExportText.clean(a.note).trimmingCharacters(in: .whitespacesAndNewlines)
        if !note.isEmpty {
            for paragraph in note.components(separatedBy: "\n\n") where !paragraph.isEmpty {
                out += "<p>\(escape(paragraph).replacingOccurrences(of: "\n", with: "<br>"))</p>"
            }
        }
        if !a.tags.isEmpty {
            out +=
                "<p class=\"tags\">" + a.sortedTags.map { "<span>\(escape($0))</span>" }.joined(separator: " ") + "</p>"
        }
        out += "</div>"
        return out
    }

    static func colorClass(_ color: String?) -> String {
        let name = color?.lowercased() ?? palette[0]
        return "c-" + (palette.contains(name) ? name : palette[0])
    }

    /// Only web and mail links become links; anything else (a `javascript:` URL) stays text.
    static func safeURL(_ url: String) -> String? {
        let trimmed = ExportText.oneLine(url)
        let lower = trimmed.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? trimmed : nil
    }

    /// Text safe in HTML content and in quoted attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static let style = """
        :root { color-scheme: light dark; --fg: #1d1d1f; --bg: #fdfdfb; --dim: #6b6b6b; --card: #f3f1ea; --line: #ddd8c8; }
        @media (prefers-color-scheme: dark) { :root { --fg: #e8e6e1; --bg: #1b1b1d; --dim: #a09c94; --card: #26262a; --line: #3a3a40; } }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 68rem; padding: 1.5rem; font: 17px/1.55 Georgia, 'Times New Roman', serif; color: var(--fg); background: var(--bg); }
        h1, h2, h3, .meta, .card, nav { font-family: system-ui, sans-serif; }
        h2 { margin-top: 3rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; }
        .meta { color: var(--dim); font-size: .9rem; }
        .row { display: grid; grid-template-columns: minmax(0, 1fr) 19rem; gap: 1.5rem; align-items: start; }
        .text p, .text h3, .text blockquote, .text ul { margin: .6rem 0; }
        .text .title { font-weight: bold; }
        .text blockquote { border-left: 3px solid var(--line); padding-left: .8rem; }
        .card { font-size: .85rem; background: var(--card); border-left: 4px solid; border-radius: 4px; padding: .4rem .7rem; margin: .6rem 0; overflow-wrap: anywhere; }
        .card p { margin: .3rem 0; }
        .card .head { color: var(--dim); font-size: .8rem; }
        .card blockquote { margin: .3rem 0; font-family: Georgia, serif; font-style: italic; }
        .tags span { display: inline-block; border: 1px solid var(--line); border-radius: 999px; padding: 0 .5rem; margin: 0 .2rem .2rem 0; }
        .speaker { font-style: italic; }
        sup a { text-decoration: none; font-family: system-ui, sans-serif; font-size: .7rem; }
        mark { color: inherit; border-radius: 2px; }
        mark.c-yellow { background: #fff3a3; } .card.c-yellow { border-color: #e6c700; }
        mark.c-green { background: #c9f2c7; } .card.c-green { border-color: #3caa3c; }
        mark.c-blue { background: #cfe3ff; } .card.c-blue { border-color: #3b7ddd; }
        mark.c-pink { background: #ffd6ea; } .card.c-pink { border-color: #e0559a; }
        mark.c-orange { background: #ffdcb8; } .card.c-orange { border-color: #e8862a; }
        mark.c-purple { background: #e6d6ff; } .card.c-purple { border-color: #8b5cf6; }
        mark.c-red { background: #ffd0cc; } .card.c-red { border-color: #d63b2f; }
        mark.c-gray { background: #e2e2e2; } .card.c-gray { border-color: #888; }
        @media (prefers-color-scheme: dark) { mark { color: #1d1d1f; } }
        .orphans { margin-top: 1.5rem; border-top: 1px dashed var(--line); }
        @media (max-width: 50rem) { .row { grid-template-columns: 1fr; gap: 0; } aside:empty { display: none; } }
        @media print { .row { grid-template-columns: minmax(0, 1fr) 14rem; } body { max-width: none; } }
        """
}
