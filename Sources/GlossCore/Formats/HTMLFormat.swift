/// HTML: title, headings, paragraphs, block quotes and list items, entities decoded.
///
/// Page furniture (`script`, `style`, `nav`, `header`, `footer`, `aside`, forms, …) is dropped.
/// When the page has an `<article>` (or else a `<main>`) element, only its content is read,
/// which is what makes a saved news page come out as the story and not the site around it.
public enum HTMLFormat {
    static let dropped: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "form",
        "button", "select", "iframe", "object", "canvas", "head", "menu", "dialog",
    ]
    static let voidElements: Set<String> = [
        "br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "tr", "td", "th", "figure", "figcaption", "pre", "dl", "dt", "dd", "body", "html", "address", "center",
    ]

    /// Block elements nested deeper than this are read as text of the deepest one kept.
    static let maxDepth = 256

    enum Token {
        case open(name: String, attributes: [String: String], selfClosing: Bool)
        case close(name: String)
        case text(String)
    }

    public static func parse(_ source: String) -> ParsedDocument {
        let tokens = tokenize(source)
        var metadata = ArticleMetadata()
        var pageTitle: String?
        var ogTitle: String?

        // Metadata and the <title> come from the whole page.
        var inTitle = false
        var titleText = ""
        for token in tokens {
            switch token {
            case .open(let name, let attrs, _):
                if name == "title" { inTitle = true }
                if name == "meta" {
                    let key = (attrs["name"] ?? attrs["property"] ?? attrs["itemprop"] ?? "").lowercased()
                    guard let content = attrs["content"].map(decodeEntities)?.collapsingWhitespace(), !content.isEmpty else { continue }
                    switch key {
                    case "author", "article:author", "byl", "dc.creator": metadata.author = metadata.author ?? content
                    case "article:published_time", "date", "pubdate", "datepublished", "dc.date":
                        metadata.date = metadata.date ?? content
                    case "og:site_name", "application-name", "publisher": metadata.source = metadata.source ?? content
                    case "og:url": metadata.url = metadata.url ?? content
                    case "og:title", "twitter:title": ogTitle = ogTitle ?? content
                    default: break
                    }
                }
                if name == "link", attrs["rel"]?.lowercased() == "canonical", let href = attrs["href"] { metadata.url = metadata.url ?? href }
            case .close(let name):
                if name == "title" { inTitle = false; pageTitle = decodeEntities(titleText).collapsingWhitespace() }
            case .text(let t):
                if inTitle { titleText += t }
            }
        }

        // Restrict to <article> or <main> when there is one.
        var body = tokens[...]
        for container in ["article", "main"] {
            if let start = tokens.firstIndex(where: { if case .open(container, _, _) = $0 { return true } else { return false } }) {
                var depth = 0
                var end = tokens.endIndex
                for k in start..<tokens.endIndex {
                    if case .open(container, _, let sc) = tokens[k], !sc { depth += 1 }
                    if case .close(container) = tokens[k] { depth -= 1; if depth == 0 { end = k; break } }
                }
                body = tokens[start..<end]
                break
            }
        }

        var builder = TextBuilder()
        var extracted: [(BlockKind, Int, String)] = []
        var current = ""
        // The open block elements, innermost last. Past `maxDepth` opens are only counted
        // (`unstacked`), so deep nesting costs neither memory nor time per block; `lists` is
        // how many `ul`/`ol` the stack holds, kept as it changes rather than counted per block.
        var stack: [String] = []
        var unstacked = 0
        var lists = 0
        var skipDepth = 0
        var pre = 0

        func kind() -> (BlockKind, Int) {
            for name in stack.reversed() {
                switch name {
                case "h1", "h2", "h3", "h4", "h5", "h6": return (.heading, Int(String(name.last!))!)
                case "li", "dd": return (.listItem, lists - 1)
                case "blockquote": return (.quote, 0)
                default: continue
                }
            }
            return (.paragraph, 0)
        }
        func flush() {
            let text = pre > 0 ? current : current.collapsingWhitespace()
            if !text.trimmingWhitespace().isEmpty {
                let (k, level) = kind()
                extracted.append((k, max(0, level), text))
            }
            current = ""
        }
        func isList(_ name: String) -> Bool { name == "ul" || name == "ol" }

        for token in body {
            switch token {
            case .open(let name, _, let selfClosing):
                if skipDepth > 0 {
                    if !selfClosing && !voidElements.contains(name) && dropped.contains(name) { skipDepth += 1 }
                    continue
                }
                if dropped.contains(name) && !selfClosing && !voidElements.contains(name) { skipDepth = 1; continue }
                if name == "br" { current += pre > 0 ? "\n" : " "; continue }
                if blockElements.contains(name) {
                    flush()
                    if !selfClosing {
                        if stack.count < maxDepth {
                            stack.append(name)
                            if isList(name) { lists += 1 }
                        } else {
                            unstacked += 1
                        }
                    }
                    if name == "pre" { pre += 1 }
                }
            case .close(let name):
                if skipDepth > 0 {
                    if dropped.contains(name) { skipDepth -= 1 }
                    continue
                }
                if blockElements.contains(name) {
                    flush()
                    if unstacked > 0 {
                        unstacked -= 1
                    } else if let idx = stack.lastIndex(of: name) {
                        lists -= stack[idx...].count(where: isList)
                        stack.removeSubrange(idx...)
                    }
                    if name == "pre" { pre = max(0, pre - 1) }
                }
            case .text(let t):
                if skipDepth == 0 { current += decodeEntities(t) }
            }
        }
        flush()

        let firstHeading = extracted.first(where: { $0.0 == .heading && $0.1 == 1 })?.2
        let title = ogTitle ?? firstHeading ?? pageTitle ?? extracted.first?.2 ?? ""
        builder.append(title, kind: .title)
        var skippedTitle = false
        for (k, level, text) in extracted {
            if !skippedTitle && k == .heading && text == title { skippedTitle = true; continue }
            builder.append(text, kind: k, level: level)
        }
        return builder.document(title: title, metadata: metadata)
    }

    /// A forgiving tokenizer: comments, doctypes and processing instructions are skipped;
    /// the content of `script` and `style` is raw text up to its closing tag.
    static func tokenize(_ source: String) -> [Token] {
        let c = Array(source.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        var text = String.UnicodeScalarView()
        func emitText() {
            if !text.isEmpty { tokens.append(.text(String(text))); text = String.UnicodeScalarView() }
        }
        func starts(_ s: String, at k: Int) -> Bool {
            var k = k
            for u in s.unicodeScalars {
                guard k < c.count, c[k].properties.lowercaseMapping == String(u) || c[k] == u else { return false }
                k += 1
            }
            return true
        }
        while i < c.count {
            if c[i] != "<" { text.append(c[i]); i += 1; continue }
            if starts("<!--", at: i) {
                emitText()
                var k = i + 4
                while k < c.count && !starts("-->", at: k) { k += 1 }
                i = min(c.count, k + 3)
                continue
            }
            if i + 1 < c.count, c[i + 1] == "!" || c[i + 1] == "?" {
                emitText()
                while i < c.count && c[i] != ">" { i += 1 }
                i += 1
                continue
            }
            let closing = i + 1 < c.count && c[i + 1] == "/"
            var k = i + (closing ? 2 : 1)
            var name = ""
            while k < c.count, c[k].properties.isAlphabetic || ("0"..."9").contains(c[k]) || c[k] == "-" || c[k] == ":" {
                name.unicodeScalars.append(c[k]); k += 1
            }
            if name.isEmpty { text.append(c[i]); i += 1; continue }
            name = name.lowercased()
            emitText()
            // Attributes.
            var attrs: [String: String] = [:]
            var selfClosing = false
            while k < c.count && c[k] != ">" {
                if c[k] == "/" { selfClosing = true; k += 1; continue }
                if c[k].properties.isWhitespace { k += 1; continue }
                var key = ""
                while k < c.count, !c[k].properties.isWhitespace, c[k] != "=", c[k] != ">", c[k] != "/" {
                    key.unicodeScalars.append(c[k]); k += 1
                }
                while k < c.count && c[k].properties.isWhitespace { k += 1 }
                var value = ""
                if k < c.count && c[k] == "=" {
                    k += 1
                    while k < c.count && c[k].properties.isWhitespace { k += 1 }
                    if k < c.count, c[k] == "\"" || c[k] == "'" {
                        let q = c[k]; k += 1
                        while k < c.count && c[k] != q { value.unicodeScalars.append(c[k]); k += 1 }
                        k += 1
                    } else {
                        while k < c.count, !c[k].properties.isWhitespace, c[k] != ">" { value.unicodeScalars.append(c[k]); k += 1 }
                    }
                }
                if key.isEmpty { k += 1 } else { attrs[key.lowercased()] = value }
            }
            i = k + 1
            if closing {
                tokens.append(.close(name: name))
            } else {
                tokens.append(.open(name: name, attributes: attrs, selfClosing: selfClosing))
                if name == "script" || name == "style" || name == "textarea" {
                    var e = i
                    while e < c.count && !starts("</" + name, at: e) { e += 1 }
                    var raw = String.UnicodeScalarView()
                    raw.append(contentsOf: c[i..<e])
                    if name == "textarea" { tokens.append(.text(String(raw))) }
                    tokens.append(.close(name: name))
                    while e < c.count && c[e] != ">" { e += 1 }
                    i = e + 1
                }
            }
        }
        emitText()
        return tokens
    }

    /// Decodes named and numeric character references.
    public static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        let c = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < c.count {
            guard c[i] == "&", let semi = c[i...].prefix(12).firstIndex(of: ";") else { out.append(c[i]); i += 1; continue }
            var name = String.UnicodeScalarView()
            name.append(contentsOf: c[(i + 1)..<semi])
            let n = String(name)
            var decoded: Unicode.Scalar?
            if n.hasPrefix("#x") || n.hasPrefix("#X") {
                decoded = UInt32(n.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if n.hasPrefix("#") {
                decoded = UInt32(n.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                decoded = HTMLEntities.named[n]
            }
            if let d = decoded {
                out.append(d.value == 0 ? "\u{FFFD}" : d)
                i = semi + 1
            } else {
                out.append(c[i]); i += 1
            }
        }
        return String(out)
    }
}
