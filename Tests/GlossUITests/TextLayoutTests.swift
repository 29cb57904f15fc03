import GlossCore
import Testing

@testable import GlossUI

@Suite struct TextLayoutTests {
    @Test func displayWidths() {
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
        #expect(DisplayWidth.of("“") == 1)
        #expect(DisplayWidth.of("—") == 1)
        #expect(DisplayWidth.of("移") == 2)
        #expect(DisplayWidth.of("🌎") == 2)
        #expect(DisplayWidth.of("👩‍👩‍👧" as Character) == 2)
        #expect(DisplayWidth.of("🇲🇽" as Character) == 2)
        #expect(DisplayWidth.of("移民の権利 🌎") == 13)
    }

    /// A width table like the C library's: emoji pictures two columns, their modifiers and
    /// joiners nothing special, a white flag one column.
    static func libcWidth(_ s: Unicode.Scalar) -> Int {
        switch s.value {
        case 0x1F3F3: 1
        case 0x1F3FB...0x1F3FF, 0x1F469, 0x1F692, 0x1F44D: 2
        case 0x200D, 0xFE0F: 0
        default: 1
        }
    }

    @Test func emojiSequencesAreSentAsOneTwoColumnPicture() {
        // Woman firefighter with a skin tone: four scalars, two columns in the layout.
        let firefighter: Character = "\u{1F469}\u{1F3FD}\u{200D}\u{1F692}"
        #expect(DisplayWidth.of(firefighter) == 2)
        let sent = DisplayWidth.drawable(firefighter, terminalWidth: Self.libcWidth)
        #expect(sent.scalars == ["\u{1F469}"])
        #expect(!sent.pad)
        // Thumbs up with a skin tone: the modifier is dropped.
        #expect(DisplayWidth.drawable("\u{1F44D}\u{1F3FF}", terminalWidth: Self.libcWidth).scalars == ["\u{1F44D}"])
        // A white flag with VS16 is two columns in the layout but one for the terminal: a pad.
        let flag = DisplayWidth.drawable("\u{1F3F3}\u{FE0F}", terminalWidth: Self.libcWidth)
        #expect(flag.scalars == ["\u{1F3F3}"] && flag.pad)
        // Combining marks stay with their letter; a country flag stays whole.
        #expect(
            DisplayWidth.drawable("e\u{301}\u{301}", terminalWidth: Self.libcWidth).scalars == [
                "e", "\u{301}", "\u{301}",
            ])
        #expect(DisplayWidth.drawable("\u{1F1F2}\u{1F1F9}", terminalWidth: Self.libcWidth).scalars.count == 2)
    }

    @Test func wrappedLinesNeverExceedTheMeasure() {
        let article = Fixture.article()
        for width in [8, 13, 21, 40, 57, 80] {
            let layout = ArticleLayout(document: ReaderDocument(article: article, analysis: Analysis()), measure: width)
            for line in layout.lines {
                let glyphs = line.glyphs(article.scalars)
                let columns = (glyphs.last.map { $0.column + $0.width } ?? 0) + line.indent
                #expect(columns <= max(8, width), "line \(line.range) is \(columns) wide at \(width)")
            }
        }
    }

    @Test func glyphsCollapseWhiteSpaceAndMapColumnsBackToOffsets() {
        let text = "Title\n\nOne  two\n  three 移民 x\n"
        let doc = PlainTextFormat.parse(text)
        let article = Article(id: "t", title: doc.title, text: doc.text, blocks: doc.blocks)
        let layout = ArticleLayout(document: ReaderDocument(article: article, analysis: Analysis()), measure: 40)
        let body = layout.lines.first { $0.kind == .paragraph }!
        let glyphs = body.glyphs(article.scalars)
        #expect(String(glyphs.map(\.character)) == "One two three 移民 x")
        // "two" starts at column 4 although two spaces precede it in the text.
        let two = Fixture.range("two", in: text)
        #expect(body.column(ofOffset: two.start, article.scalars) == 4)
        #expect(body.offset(atColumn: 4, article.scalars) == two.start)
        // The collapsed run maps to its first scalar; both columns of 移 map to it.
        #expect(body.offset(atColumn: 3, article.scalars) == two.start - 2)
        let wide = Fixture.range("移", in: text)
        #expect(body.offset(atColumn: 14, article.scalars) == wide.start)
        #expect(body.offset(atColumn: 15, article.scalars) == wide.start)
        #expect(body.column(ofOffset: Fixture.range("x", in: text).start, article.scalars) == 19)
        #expect(body.offset(atColumn: 40, article.scalars) == nil)
    }

    @Test func lineIndexFindsTheLineShowingAnOffset() {
        let layout = ArticleLayout(document: Fixture.document(), measure: 30)
        let article = Fixture.article()
        for (i, line) in layout.lines.enumerated() where !line.range.isEmpty {
            #expect(layout.lineIndex(for: line.range.start) == i)
            #expect(layout.lineIndex(for: line.range.end - 1) == i)
        }
        // An offset in the blank between paragraphs goes to the next paragraph's first line.
        let gap = article.blocks[1].range.end + 1
        #expect(layout.lines[layout.lineIndex(for: gap)].range.start == article.blocks[2].range.start)
    }

    @Test func spansAreClippedToTheLinesTheyCross() {
        let layout = ArticleLayout(document: Fixture.document(), measure: 30)
        let quote = Fixture.range("“They waited until we were resting,”")
        let pieces = layout.lines.flatMap { line in
            line.spans.filter { $0.kind == .quote && $0.start >= quote.start && $0.end <= quote.end }
        }
        #expect(pieces.count >= 2)
        #expect(pieces.first?.start == quote.start)
        #expect(pieces.last?.end == quote.end)
        for line in layout.lines where line.spans.contains(where: { $0.kind == .quote }) {
            #expect(line.kindMask & HighlightKind.quote.bit != 0)
        }
    }

    @Test func showRenderStillWrapsAndStaysSafe() {
        let doc = PlainTextFormat.parse("T\n\nBad \u{1B}[2J escape and a long line of words here\n")
        let article = Article(id: "t", title: doc.title, text: doc.text, blocks: doc.blocks)
        let lines = WordWrap.render(article, width: 12)
        #expect(lines.first == "T")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 12 })
        #expect(!lines.joined().unicodeScalars.contains { $0.value == 0x1B })
    }

    /// A list nested thousands deep once printed each item behind thousands of columns of
    /// indentation (64 MB for 4,000 levels): indentation stops at `Block.maxListLevel`.
    @Test func deeplyNestedListsStayWithinTheWidth() {
        let n = 4_000
        let doc = HTMLFormat.parse(
            "<body><h1>Deep</h1>" + (0..<n).map { "<ul><li>item \($0) " }.joined()
                + String(repeating: "</li></ul>", count: n) + "</body>")
        let article = Article(id: "deep", title: doc.title, format: .html, text: doc.text, blocks: doc.blocks)
        let lines = WordWrap.render(article, width: 80)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(lines.filter { $0.contains("item") }.count == n)
        let deepest = 2 * Block.maxListLevel + 2
        #expect(lines.allSatisfy { $0.prefix { $0 == " " }.count <= deepest })
        #expect(lines.joined(separator: "\n").utf8.count < 50 * n)
        let layout = ArticleLayout(document: ReaderDocument(article: article, analysis: Analysis()), measure: 80)
        #expect(layout.lines.allSatisfy { $0.indent <= deepest })
        // A block built with a deeper level by hand is indented no further.
        var forged = article
        forged.blocks = article.blocks.map {
            var b = $0
            b.level = b.kind == .listItem ? 10_000 : b.level
            return b
        }
        #expect(WordWrap.render(forged, width: 80).allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func searchIsSmartCaseAndMatchesAcrossLineBreaks() {
        let doc = Fixture.document()
        #expect(doc.matches(of: "lópez").matches.count == 3)
        #expect(doc.matches(of: "lópez").caseSensitive == false)
        #expect(doc.matches(of: "LÓPEZ").matches.isEmpty)
        #expect(doc.matches(of: "López").matches.count == 3)
        #expect(doc.matches(of: "chiapas").matches.count == 3)
        let text = "T\n\nfirst\nsecond\n"
        let p = PlainTextFormat.parse(text)
        let a = ReaderDocument(
            article: Article(id: "x", title: p.title, text: p.text, blocks: p.blocks), analysis: Analysis())
        #expect(a.matches(of: "first second").matches == [Fixture.range("first\nsecond", in: text)])
    }

    @Test func searchFoldsAccentsAndApostrophes() {
        let text =
            "Harbour vote\n\nThe mayor’s plan for Sønderby passed. Mayor Begoña Ibáñez said the mayor's office would reply.\n"
        let p = PlainTextFormat.parse(text)
        let doc = ReaderDocument(
            article: Article(id: "x", title: p.title, text: p.text, blocks: p.blocks), analysis: Analysis())
        // Accents are folded on both sides, whatever the case.
        #expect(doc.matches(of: "ibanez").matches == [Fixture.range("Ibáñez", in: text)])
        #expect(doc.matches(of: "ibáñez").matches == [Fixture.range("Ibáñez", in: text)])
        #expect(doc.matches(of: "sonderby").matches == [Fixture.range("Sønderby", in: text)])
        // A straight apostrophe finds a curly one and the other way round.
        let both = [Fixture.range("mayor’s", in: text), Fixture.range("mayor's", in: text)]
        #expect(doc.matches(of: "mayor's").matches == both)
        #expect(doc.matches(of: "mayor’s").matches == both)
        // Smart case is kept: a capital makes the search case-sensitive, accents still folded.
        #expect(doc.matches(of: "Ibanez").caseSensitive)
        #expect(doc.matches(of: "Ibanez").matches.count == 1)
        #expect(doc.matches(of: "Mayor").matches == [Fixture.range("Mayor", in: text)])
        #expect(doc.matches(of: "IBANEZ").matches.isEmpty)
    }
}
