import Foundation
import Testing

@testable import GlossCore

/// Inputs made to be slow or huge: deep nesting and marks that never close. These check what
/// must hold whatever the input (text kept, nesting bounded, parse ends); the times are
/// `gloss-bench parsers`' business.
@Suite struct FormatHostileInputTests {
    static func repeated(_ s: String, _ n: Int) -> String { String(repeating: s, count: n) }

    static func article(_ doc: ParsedDocument, format: ArticleFormat) -> Article {
        Article(id: "x", title: doc.title, format: format, text: doc.text, blocks: doc.blocks)
    }

    @Test func fourThousandNestedHTMLListsKeepEveryItemAndIndentAtMostEightDeep() {
        let n = 4_000
        let source =
            "<html><body>" + (0..<n).map { "<ul><li>item \($0) " }.joined() + Self.repeated("</li></ul>", n)
            + "<p>after</p></body></html>"
        let doc = HTMLFormat.parse(source)
        let article = Self.article(doc, format: .html)
        let items = doc.blocks.filter { $0.kind == .listItem }
        #expect(items.count == n)
        #expect(items.map { article.text(in: $0.range) } == (0..<n).map { "item \($0)" })
        #expect(items.prefix(9).map(\.level) == Array(0...8))
        #expect(items.allSatisfy { $0.level <= Block.maxListLevel })
        #expect(doc.blocks.last.map { ($0.kind, article.text(in: $0.range)) } ?? (.title, "") == (.paragraph, "after"))
    }

    @Test func unclosedHTMLListsThirtyThousandDeepStillParse() {
        let doc = HTMLFormat.parse("<html><body>" + Self.repeated("<ul><li>item\n", 30_000) + "</body></html>")
        #expect(doc.blocks.filter { $0.kind == .listItem }.count == 30_000)
        #expect(doc.blocks.allSatisfy { $0.level <= Block.maxListLevel })
    }

    @Test func nestingPastTheStackLimitKeepsTheTextAndClosesBackOut() {
        let n = 5_000
        #expect(n > HTMLFormat.maxDepth)
        let source =
            "<html><body>" + Self.repeated("<blockquote>", n) + "deep words" + Self.repeated("</blockquote>", n)
            + "<p>after</p><ul><li>flat</li></ul></body></html>"
        let doc = HTMLFormat.parse(source)
        let article = Self.article(doc, format: .html)
        let blocks = doc.blocks.map { ($0.kind, article.text(in: $0.range), $0.level) }
        #expect(blocks.map(\.0) == [.title, .quote, .paragraph, .listItem])
        #expect(blocks.map(\.1) == ["deep words", "deep words", "after", "flat"])
        #expect(blocks[3].2 == 0)
    }

    @Test func deepMarkdownListsIndentAtMostEightDeep() {
        let source = "# Title\n\n" + (0..<1_000).map { Self.repeated("  ", $0) + "- item \($0)\n" }.joined()
        let doc = MarkdownFormat.parse(source)
        let article = Self.article(doc, format: .markdown)
        let items = doc.blocks.filter { $0.kind == .listItem }
        #expect(items.map { article.text(in: $0.range) } == (0..<1_000).map { "item \($0)" })
        #expect(items.prefix(9).map(\.level) == Array(0...8))
        #expect(items.allSatisfy { $0.level <= Block.maxListLevel })
    }

    @Test func marksThatNeverCloseAreKeptAsText() {
        // Runs of backticks of every length from 1 to 300 match none of the others.
        let backticks = (1...300).map { Self.repeated("`", $0) }.joined(separator: " x ")
        for body in ["<", "[", "(", "![", "[a](", "<a "].map({ Self.repeated($0 + "x ", 20_000).trimmingWhitespace() })
            + [backticks]
        {
            let mark = body.prefix(4)
            let doc = MarkdownFormat.parse("# Title\n\n" + body + "\n")
            let article = Self.article(doc, format: .markdown)
            #expect(doc.blocks.count == 2, "\(mark)")
            let text = doc.blocks.count == 2 ? article.text(in: doc.blocks[1].range) : ""
            #expect(text == body, "\(mark): \(text.prefix(40))")
        }
        let lessThan = MarkdownFormat.parse("# Title\n\n" + Self.repeated("<", 100_000) + "\n")
        #expect(lessThan.text.unicodeScalars.filter { $0 == "<" }.count == 100_000)
    }

    @Test func fiveThousandNestedLinksEmphasisAndQuotesParse() {
        let links = MarkdownFormat.parse(
            "# Title\n\n" + Self.repeated("[", 5_000) + "deep" + Self.repeated("](u)", 5_000) + "\n")
        #expect(links.text == "Title\n\ndeep\n")
        let images = MarkdownFormat.parse(
            "# Title\n\n" + Self.repeated("![", 5_000) + "deep" + Self.repeated("](u)", 5_000) + "\n")
        #expect(images.text == "Title\n\ndeep\n")
        let emphasis = MarkdownFormat.parse(
            "# Title\n\n" + Self.repeated("*_", 5_000) + "deep" + Self.repeated("_*", 5_000) + "\n")
        #expect(emphasis.text == "Title\n\ndeep\n")
        let quotes = MarkdownFormat.parse("# Title\n\n" + Self.repeated(">", 5_000) + " deep\n")
        #expect(quotes.blocks.map(\.kind) == [.title, .quote])
        #expect(quotes.text == "Title\n\ndeep\n")
        let html = HTMLFormat.parse(
            Self.repeated("<div><b><i>", 5_000) + "deep" + Self.repeated("</i></b></div>", 5_000))
        #expect(html.text == "deep\n\ndeep\n")
    }

    /// The one-pass inline reader gives what reading each link's label on its own gave.
    @Test func inlineMarkupAtTheEdgesOfLinkLabels() {
        let cases: [(String, String)] = [
            ("[*](u)", "*"),  // a lone star is text, also at a label's edges
            ("[a `b](u) c` d", "a `b c` d"),  // a code span does not run out of its label
            ("[`a`](u) and `b`", "a and b"),
            ("[a\\](u)", "a\\"),  // an escape at a label's end escapes nothing
            ("[x](u(v)w) y", "x y"),
            ("[outer [inner](i) text](o) tail", "outer inner text tail"),
            ("![alt *em*](i.png)", "alt em"),
            ("[a][ref] and [b][]", "a and b"),
            ("[a]( unclosed", "[a]( unclosed"),
            ("<https://example.org> and <b>tag</b>", "https://example.org and tag"),
            ("snake_case [under_score](u)", "snake_case under_score"),
            ("``a ` b`` c", "a ` b c"),
        ]
        for (source, expected) in cases {
            #expect(MarkdownFormat.inline(source) == expected, "\(source)")
        }
    }
}
