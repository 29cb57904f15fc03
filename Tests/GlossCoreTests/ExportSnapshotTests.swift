import Foundation
import GlossTestSupport
import Testing

@testable import GlossCore

/// Exports compared with the files in `Snapshots/`. To re-record after a deliberate change,
/// run the tests with `GLOSS_RECORD_SNAPSHOTS=1` and review the diff.
@Suite("Export snapshots")
struct ExportSnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Snapshots", isDirectory: true)

    func check(_ text: String, _ name: String) throws {
        assertSnapshot(text, file: name, in: Self.folder)
    }

    @Test func fixtureCoversEveryStatus() {
        let statuses = AnnotationFixtures.newsDocuments().flatMap { $0.items.map(\.status) }
        #expect(Set(statuses) == [.exact, .fuzzy, .orphaned])
    }

    @Test func markdown() throws {
        try check(MarkdownExporter.render(AnnotationFixtures.newsDocuments()), "export.md")
    }

    @Test func json() throws {
        try check(JSONExporter.render(AnnotationFixtures.newsDocuments()), "export.json")
    }

    @Test func csv() throws {
        try check(CSVExporter.render(AnnotationFixtures.newsDocuments()), "export.csv")
    }

    @Test func html() throws {
        try check(HTMLExporter.render(AnnotationFixtures.newsDocuments()), "export.html")
    }

    @Test func htmlEscapesEverythingItIsGiven() {
        let article = Article(
            id: "x/<script>", title: "<script>alert(1)</script>", metadata: ArticleMetadata(url: "javascript:alert(1)"),
            text: "A <b>bold</b> & \"quoted\" 'text'.", blocks: [Block(kind: .paragraph, range: TextRange(0, 33))])
        let a = try! Annotation(
            article: article, range: TextRange(2, 13), note: "<img src=x onerror=alert(1)>", tags: ["<t>"],
            color: "\"><script>")
        let html = HTMLExporter.render([AnnotatedArticle(article: article, annotations: [a])], title: "<title>")
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>bold"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("&lt;b&gt;bold&lt;/b&gt;"))
        #expect(html.contains("class=\"c-yellow\""))
    }

    @Test func markdownEscapesFormattingInPassages() {
        #expect(
            MarkdownExporter.escapeInline("costs $5 *now* [link] #tag 80% ==hi==")
                == "costs \\$5 \\*now\\* \\[link\\] \\#tag 80% \\=\\=hi\\=\\=")
        #expect(MarkdownExporter.escapeLineStart("1999. The year") == "1999\\. The year")
        #expect(MarkdownExporter.escapeLineStart("- item") == "\\- item")
        #expect(MarkdownExporter.tag("follow-up") == "#follow-up")
        #expect(MarkdownExporter.tag("follow up") == "`follow up`")
        #expect(MarkdownExporter.tag("2025") == "`2025`")
    }

    /// A document whose note and link try to inject structure into the exports.
    static func injecting(note: String, url: String = "javascript:alert(1)") -> [AnnotatedArticle] {
        let text = "=SUM(A1:A9) was typed in the cell, and @risk was its name."
        let article = Article(
            id: "x", title: "Cells", metadata: ArticleMetadata(url: url), text: text,
            blocks: [Block(kind: .paragraph, range: TextRange(0, text.unicodeScalars.count))])
        let a = try! Annotation(
            article: article, range: TextRange(0, 11), note: note, tags: [],
            now: Date(timeIntervalSince1970: 1_764_000_000))
        return [AnnotatedArticle(article: article, annotations: [a])]
    }

    @Test func aNoteCannotMakeHeadingsRulesOrTablesInMarkdown() {
        let md = MarkdownExporter.render(
            Self.injecting(note: "Fake heading\n---\nAnother\n===\n| a | b |\n|---|---|\n- - -"))
        let lines = md.components(separatedBy: "\n")
        #expect(!lines.contains("---"))
        #expect(!lines.contains("==="))
        #expect(!lines.contains("- - -"))
        #expect(lines.contains("\\---"))
        #expect(!lines.contains { $0.hasPrefix("|") })
        #expect(md.contains("\\| a \\| b \\|"))
    }

    @Test func onlyWebAddressesBecomeMarkdownLinks() {
        let md = MarkdownExporter.render(Self.injecting(note: "n"))
        #expect(!md.contains("<javascript:"))
        #expect(md.contains("`javascript:alert(1)`"))
        let web = MarkdownExporter.render(Self.injecting(note: "n", url: "https://example.org/a b"))
        #expect(web.contains("Link: <https://example.org/a%20b>"))
    }

    @Test func csvCellsThatSpreadsheetsRunAreNeutralised() {
        let docs = Self.injecting(note: "+1 and more")
        let csv = CSVExporter.render(docs)
        #expect(csv.contains(",'=SUM(A1:A9),"))
        #expect(csv.contains(",'+1 and more,"))
        #expect(!csv.contains(",=SUM"))
        #expect(CSVExporter.field("@risk") == "'@risk")
        #expect(CSVExporter.field("-5 points") == "'-5 points")
        #expect(CSVExporter.field("a=b") == "a=b")
        let raw = CSVExporter.render(docs, raw: true)
        #expect(raw.contains(",=SUM(A1:A9),"))
    }
}
