import GlossCore
import GlossUI

/// The benchmark's 1 MB article and its highlights.
enum BenchArticle {
    /// The library's articles concatenated (titles dropped) until the text reaches `bytes`.
    static func make(from articles: [Article], bytes: Int) -> Article {
        var text = "A one-megabyte article for rendering benchmarks\n\n"
        var i = 0
        while text.utf8.count < bytes && !articles.isEmpty {
            let article = articles[i % articles.count]
            for block in article.blocks where block.kind != .title {
                text += article.text(in: block.range) + "\n\n"
            }
            i += 1
        }
        let doc = PlainTextFormat.parse(text)
        return Article(id: "bench/1mb", title: doc.title, text: doc.text, blocks: doc.blocks)
    }

    /// The analyzer's result when it finds enough; otherwise dense stand-in highlights, so the
    /// benchmark always draws a heavily highlighted page: “…” pairs as quotes (the word
    /// before as speaker), numbers as figures, capitalised words inside sentences as people
    /// and places in turn.
    /// Also says where the highlights came from, for the report.
    static func analysis(for article: Article) -> (Analysis, origin: String) {
        let real = analyze(article)
        let found = real.quotes.count + real.entities.count + real.figures.count
        if found > 1000 { return (real, "from the analyzer") }
        let origin = "stand-in highlights: the analyzer found \(found) items"
        let s = article.scalars
        var quotes: [Quote] = []
        var figures: [Figure] = []
        var people: [TextRange] = []
        var places: [TextRange] = []
        var open: Int?
        var i = 0
        var previousWasSentenceEnd = true
        while i < s.count {
            let c = s[i]
            if c == "“" { open = i }
            if c == "”", let o = open {
                let speakerStart = max(0, i + 2)
                let speakerEnd = min(s.count, speakerStart + 4)
                quotes.append(
                    Quote(
                        segments: [TextRange(o, i + 1)], kind: .speech,
                        speaker: Speaker(
                            name: "speaker", mention: TextRange(speakerStart, max(speakerStart, speakerEnd)))))
                open = nil
            }
            if c.properties.numericType != nil {
                var j = i
                while j < s.count && (s[j].properties.numericType != nil || s[j] == "," || s[j] == ".") { j += 1 }
                figures.append(Figure(range: TextRange(i, j), value: 1))
                i = j
                continue
            }
            if c.properties.isUppercase && (i == 0 || s[i - 1] == " ") {
                var j = i
                while j < s.count && s[j].properties.isAlphabetic { j += 1 }
                if !previousWasSentenceEnd && j - i > 2 {
                    if (people.count + places.count) % 2 == 0 {
                        people.append(TextRange(i, j))
                    } else {
                        places.append(TextRange(i, j))
                    }
                }
                previousWasSentenceEnd = false
                i = j
                continue
            }
            if c == "." || c == "\n" {
                previousWasSentenceEnd = true
            } else if c != " " {
                previousWasSentenceEnd = false
            }
            i += 1
        }
        // Group mentions into entities of up to 20 mentions each, as an article names people repeatedly.
        var entities: [Entity] = []
        for (kind, mentions) in [(EntityKind.person, people), (.place, places)] {
            for chunk in stride(from: 0, to: mentions.count, by: 20) {
                let group = Array(mentions[chunk..<min(mentions.count, chunk + 20)])
                entities.append(
                    Entity(id: entities.count, kind: kind, canonicalName: article.text(in: group[0]), mentions: group))
            }
        }
        return (Analysis(quotes: quotes, entities: entities, figures: figures), origin)
    }
}
