/// HTML: title, headings, paragraphs, block quotes and list items, entities decoded.
///
/// Page furniture (`script`, `style`, `nav`, `header`, `footer`, `aside`, forms, …) is dropped.
/// When the page has an `<article>` (or else a `<main>`) element, only its content is read,
/// which is what makes a saved news page come out as the story and not the site around it;
/// there a `<header>` is the story's own (headline, byline, date) and is kept.
///
/// The usual readability signals drop the rest of the furniture, with or without a container:
/// an element whose class or id names it (`nav`, `share`, `related`, `comments`, `ad`,
/// `cookie`, `sidebar`…, matched as whole parts of the name, so `ad-slot` is and `header-lead`
/// is not), an ARIA role of navigation, banner, complementary or dialog, and a short block
/// that is mostly link text (a menu, a list of related stories). The first `<h1>` of the story
/// is the title; a `<time datetime>` and an element named byline or author give the date and
/// the author when the page's meta tags do not.
public enum HTMLFormat {
    static let dropped: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "form",
        "button", "select", "iframe", "object", "canvas", "head", "menu", "dialog",
    ]
    /// Parts of class and id names that mark furniture.
    static let furnitureNames: Set<String> = [
        "nav", "navbar", "navigation", "menu", "footer", "share", "sharing", "social", "related", "recommended",
        "comment", "comments", "ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "promo", "cookie",
        "cookies", "consent", "gdpr", "newsletter", "subscribe", "signup", "sidebar", "breadcrumb", "breadcrumbs",
        "popup", "modal", "banner", "paywall", "outbrain", "taboola", "widget", "toolbar", "masthead",
    ]
    static let furnitureRoles: Set<String> = [
        "navigation", "banner", "complementary", "dialog", "alertdialog", "contentinfo", "search",
    ]

    /// Whether an element's attributes mark it as page furniture.
    static func isFurniture(_ attributes: [String: String]) -> Bool {
        if let role = attributes["role"]?.lowercased(), furnitureRoles.contains(role) { return true }
        for key in ["class", "id"] {
            guard let value = attributes[key]?.lowercased() else { continue }
            for part in value.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" })
            where furnitureNames.contains(String(part)) {
                return true
            }
        }
        return false
    }

    /// A block this short that is mostly link text is navigation, not prose.
    static let linkBlockLimit = 300
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
                    guard let content = attrs["content"].map(decodeEntities)?.collapsingWhitespace(), !content.isEmpty
                    else { continue }
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
                if name == "link", attrs["rel"]?.lowercased() == "canonical", let href = attrs["href"] {
                    metadata.url = metadata.url ?? href
                }
            case .close(let name):
                if name == "title" {
                    inTitle = false
                    pageTitle = decodeEntities(titleText).collapsingWhitespace()
                }
            case .text(let t):
                if inTitle { titleText += t }
            }
        }

        // Restrict to <article> or <main> when there is one.
        var body = tokens[...]
        var inContainer = false
        for container in ["article", "main"] {
            if let start = tokens.firstIndex(where: {
                if case .open(container, _, _) = $0 { return true } else { return false }
            }) {
                var depth = 0
                var end = tokens.endIndex
                for k in start..<tokens.endIndex {
                    if case .open(container, _, let sc) = tokens[k], !sc { depth += 1 }
                    if case .close(container) = tokens[k] {
                        depth -= 1
                        if depth == 0 {
                            end = k
                            break
                        }
                    }
                }
                body = tokens[start..<end]
                inContainer = true
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
        // The element being skipped (its name) and how deep inside it the tokens are.
        var skipName = ""
        var skipDepth = 0
        var pre = 0
        // Link text in the block being read, for the link-density test.
        var linkDepth = 0
        var linkChars = 0
        var bylineDepth = 0
        var byline = ""
        var time: String?
        var inTime = 0
        var timeText = ""
        let droppedHere = inContainer ? dropped.subtracting(["header"]) : dropped

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
            let length = text.trimmingWhitespace().count
            let mostlyLinks = length > 0 && length < linkBlockLimit && linkChars * 2 > length
            if length > 0 && !mostlyLinks {
                let (k, level) = kind()
                extracted.append((k, max(0, level), text))
            }
            current = ""
            linkChars = 0
        }
        func isList(_ name: String) -> Bool { name == "ul" || name == "ol" }

        for token in body {
            switch token {
            case .open(let name, let attributes, let selfClosing):
                let container = !selfClosing && !voidElements.contains(name)
                if skipDepth > 0 {
                    if container && name == skipName { skipDepth += 1 }
                    continue
                }
                if container && (droppedHere.contains(name) || isFurniture(attributes)) {
                    skipName = name
                    skipDepth = 1
                    continue
                }
                if name == "time", time == nil, let when = attributes["datetime"], !when.isEmpty {
                    time = decodeEntities(when)
                }
                if name == "time", container { inTime += 1 }
                if container, bylineDepth == 0, isByline(attributes) {
                    bylineDepth = 1
                    byline = ""
                } else if container, bylineDepth > 0 {
                    bylineDepth += 1
                }
                if name == "a" && container { linkDepth += 1 }
                if name == "br" {
                    current += pre > 0 ? "\n" : " "
                    continue
                }
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
                    if name == skipName { skipDepth -= 1 }
                    continue
                }
                if name == "a" { linkDepth = max(0, linkDepth - 1) }
                if name == "time" { inTime = max(0, inTime - 1) }
                if bylineDepth > 0 && !voidElements.contains(name) { bylineDepth -= 1 }
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
                if skipDepth == 0 {
                    let text = decodeEntities(t)
                    current += text
                    if linkDepth > 0 { linkChars += text.trimmingWhitespace().count }
                    if bylineDepth > 0 { byline += text }
                    if inTime > 0 && timeText.count < 200 { timeText += text }
                }
            }
        }
        flush()
        if metadata.date == nil, let time { metadata.date = time.collapsingWhitespace() }
        if metadata.author == nil {
            var who = byline.collapsingWhitespace()
            for lead in ["By ", "by ", "BY "] where who.hasPrefix(lead) { who.removeFirst(lead.count) }
            if !who.isEmpty && who.count <= 120 { metadata.author = who }
        }
        // The byline and the date line are shown under the title from the metadata; as
        // paragraphs of their own they would be said twice.
        let furnitureLines = Set(
            [byline.collapsingWhitespace(), timeText.collapsingWhitespace()].filter { !$0.isEmpty })
        if !furnitureLines.isEmpty, metadata.author != nil || metadata.date != nil {
            extracted.removeAll { $0.0 == .paragraph && furnitureLines.contains($0.2.collapsingWhitespace()) }
        }

        // The story's own headline first: a page's og:title and <title> often carry the
        // site's name.
        let firstHeading = extracted.first(where: { $0.0 == .heading && $0.1 == 1 })?.2
        let title = firstHeading ?? ogTitle ?? pageTitle ?? extracted.first?.2 ?? ""
        builder.append(title, kind: .title)
        var skippedTitle = false
        for (k, level, text) in extracted {
            if !skippedTitle && k == .heading && text == title {
                skippedTitle = true
                continue
            }
            builder.append(text, kind: k, level: level)
        }
        return builder.document(title: title, metadata: metadata)
    }

    /// An element holding the author's name: `class="byline"`, `rel="author"`, `itemprop="author"`.
    static func isByline(_ attributes: [String: String]) -> Bool {
        if attributes["rel"]?.lowercased() == "author" || attributes["itemprop"]?.lowercased() == "author" {
            return true
        }
        guard let names = attributes["class"]?.lowercased() else { return false }
        return names.split(separator: " ").contains { $0 == "byline" || $0 == "author" || $0 == "byline-name" }
    }

    /// A forgiving tokenizer: comments, doctypes and processing instructions are skipped;
    /// the content of `script` and `style` is raw text up to its closing tag.
    static func tokenize(_ source: String) -> [Token] {
        let c = Array(source.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        var text = String.UnicodeScalarView()
        func emitText() {
            if !text.isEmpty {
                tokens.append(.text(String(text)))
                text = String.UnicodeScalarView()
            }
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
            if c[i] != "<" {
                text.append(c[i])
                i += 1
                continue
            }
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
            while k < c.count, c[k].properties.isAlphabetic || ("0"..."9").contains(c[k]) || c[k] == "-" || c[k] == ":"
            {
                name.unicodeScalars.append(c[k])
                k += 1
            }
            if name.isEmpty {
                text.append(c[i])
                i += 1
                continue
            }
            name = name.lowercased()
            emitText()
            // Attributes.
            var attrs: [String: String] = [:]
            var selfClosing = false
            while k < c.count && c[k] != ">" {
                if c[k] == "/" {
                    selfClosing = true
                    k += 1
                    continue
                }
                if c[k].properties.isWhitespace {
                    k += 1
                    continue
                }
                var key = ""
                while k < c.count, !c[k].properties.isWhitespace, c[k] != "=", c[k] != ">", c[k] != "/" {
                    key.unicodeScalars.append(c[k])
                    k += 1
                }
                while k < c.count && c[k].properties.isWhitespace { k += 1 }
                var value = ""
                if k < c.count && c[k] == "=" {
                    k += 1
                    while k < c.count && c[k].properties.isWhitespace { k += 1 }
                    if k < c.count, c[k] == "\"" || c[k] == "'" {
                        let q = c[k]
                        k += 1
                        while k < c.count && c[k] != q {
                            value.unicodeScalars.append(c[k])
                            k += 1
                        }
                        k += 1
                    } else {
                        while k < c.count, !c[k].properties.isWhitespace, c[k] != ">" {
                            value.unicodeScalars.append(c[k])
                            k += 1
                        }
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
            guard c[i] == "&", let semi = c[i...].prefix(12).firstIndex(of: ";") else {
                out.append(c[i])
                i += 1
                continue
            }
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
                out.append(c[i])
                i += 1
            }
        }
        return String(out)
    }
}
