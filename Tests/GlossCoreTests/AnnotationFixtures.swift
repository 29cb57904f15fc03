import Foundation
import GlossCore

/// Articles and annotations the annotation and export tests share. Fixed ids and dates keep
/// snapshots stable.
enum AnnotationFixtures {
    static let base =
        "Alpha beta gamma. The minister said the water prices would rise by ten percent next year. Residents were angry about it."
    static let passage = "the water prices would rise by ten percent"

    static func article(_ text: String, id: String = "local/water") -> Article {
        Article(
            id: id, title: "Water prices", text: text,
            blocks: [Block(kind: .paragraph, range: TextRange(0, text.unicodeScalars.count))])
    }

    static func range(of needle: String, in text: String, occurrence: Int = 1) -> TextRange {
        let found = QuoteLocator.occurrences(of: needle, in: Array(text.unicodeScalars))
        return found[occurrence - 1]
    }

    static func uuid(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "%08d-0000-4000-8000-000000000000", n))!
    }

    static let day = Date(timeIntervalSince1970: 1_764_000_000)  // a fixed moment in 2025

    /// An annotation on `needle` in `text`.
    static func annotation(_ needle: String, in text: String, id: Int = 1, occurrence: Int = 1) -> Annotation {
        try! Annotation(
            id: uuid(id), article: article(text), range: range(of: needle, in: text, occurrence: occurrence), now: day)
    }

    /// A news article with structure and metadata, for the exporters.
    static let newsText = """
        Council votes on water prices

        The city council met on Tuesday. "We cannot let prices rise by 40% again," said Mayor Ana Ruiz, who called the plan "a tax on thirst".

        Critics, including the residents' group <Clean Water>, said the vote was rushed & unfair. One asked: "Who pays $3 for a glass?"

        The next meeting is in March.
        """

    static func newsArticle() -> Article {
        let text = newsText
        var blocks: [Block] = []
        var offset = 0
        for (i, paragraph) in text.components(separatedBy: "\n\n").enumerated() {
            let length = paragraph.unicodeScalars.count
            blocks.append(Block(kind: i == 0 ? .title : .paragraph, range: TextRange(offset, offset + length)))
            offset += length + 2
        }
        return Article(
            id: "local/council-water", title: "Council votes on water prices",
            metadata: ArticleMetadata(
                author: "Staff", date: "2025-03-04", source: "City Paper", url: "https://example.org/council"),
            text: text, blocks: blocks)
    }

    /// Annotations on the news article covering every kind, awkward characters, a passage the
    /// text no longer has (orphan) and one on changed text (fuzzy).
    static func newsAnnotations() -> [Annotation] {
        let article = newsArticle()
        func make(
            _ n: Int, _ needle: String, kind: AnnotationKind = .highlight, note: String = "", tags: Set<String> = [],
            color: String? = nil,
            attribution: QuoteAttribution? = nil
        ) -> Annotation {
            try! Annotation(
                id: uuid(n), article: article, range: range(of: needle, in: article.text), note: note, tags: tags,
                color: color, kind: kind,
                attribution: attribution, now: day.addingTimeInterval(Double(n) * 60))
        }
        var items = [
            make(
                1, "\"We cannot let prices rise by 40% again,\"", kind: .quote,
                note: "Check the 40% figure against last year's budget.",
                tags: ["figure", "check"], color: "green",
                attribution: QuoteAttribution(speaker: "Mayor Ana Ruiz", entity: "Ana Ruiz")),
            make(
                2, "a tax on thirst", kind: .note,
                note:
                    "Memorable line, use in the headline?\n\nSecond paragraph with *stars*, <b>tags</b> & \"quotes\", commas, and a tab\there.",
                tags: ["headline"]),
            make(3, "<Clean Water>", tags: ["groups", "follow up"], color: "blue"),
            make(
                4, "\"Who pays $3 for a glass?\"", kind: .note,
                note: "Line one, with a comma\nline two \"quoted\"\r\nline three"),
            make(5, "The city council met on Tuesday."),
        ]
        // Recorded against an older wording: "in April" is now "in March".
        var fuzzy = make(6, "The next meeting is in March.", note: "Date changed?", tags: ["dates"])
        fuzzy.quote = TextQuoteSelector(exact: "The next meeting is in April.", prefix: fuzzy.quote.prefix, suffix: "")
        items.append(fuzzy)
        // Its passage was cut from the article.
        var orphan = make(7, "Critics", note: "Where did this go?", tags: ["check"])
        orphan.quote = TextQuoteSelector(
            exact: "A spokesperson declined to comment on the figures.", prefix: "", suffix: "")
        orphan.position = TextPositionSelector(start: 9000, end: 9051)
        items.append(orphan)
        return items
    }

    static func newsDocuments() -> [AnnotatedArticle] {
        let missing = try! Annotation(
            id: uuid(8), article: article(base, id: "local/removed-article"), range: range(of: passage, in: base),
            note: "Article removed from the library.",
            tags: [], now: day)
        return [
            AnnotatedArticle(article: newsArticle(), annotations: newsAnnotations()),
            AnnotatedArticle(missingArticleID: "local/removed-article", annotations: [missing]),
        ]
    }
}
