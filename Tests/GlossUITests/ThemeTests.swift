import GlossCore
import Testing

@testable import GlossUI

/// Every highlight kind stays visible and distinct whatever the terminal can show.
@Suite struct ThemeTests {
    static let vt100: TextAttributes = [.bold, .underline, .reverse]

    @Test(arguments: [
        TextAttributes.all, vt100, [.bold, .underline, .reverse, .dim], [.bold, .underline, .reverse, .italic],
    ])
    func everyKindIsDistinctInMonochrome(_ supported: TextAttributes) {
        let theme = Theme(depth: .monochrome, supported: supported)
        let styles = HighlightKind.allCases.map { theme.style($0) }
        #expect(Set(styles).count == HighlightKind.allCases.count, "\(supported.names)")
        for (kind, style) in zip(HighlightKind.allCases, styles) {
            #expect(!style.attributes.isEmpty, "\(kind) is invisible with \(supported.names)")
            #expect(supported.isSuperset(of: style.attributes), "\(kind) uses what the terminal lacks")
        }
        // The search match and the selection stay visible too.
        #expect(!theme.style(.match).attributes.isEmpty && !theme.style(.selection).attributes.isEmpty)
    }

    @Test(arguments: [ColorDepth.color8, .color256])
    func colourVariantsDropOnlyWhatTheTerminalLacks(_ depth: ColorDepth) {
        let theme = Theme(depth: depth, supported: Self.vt100)
        let full = Theme(depth: depth)
        for kind in HighlightKind.allCases {
            #expect(Self.vt100.isSuperset(of: theme.style(kind).attributes))
            #expect(theme.style(kind).foreground == full.style(kind).foreground)
        }
        #expect(Set(HighlightKind.allCases.map { theme.style($0) }).count == HighlightKind.allCases.count)
    }
}

/// The byline and date of a web page show under its title, outside the text.
@Suite struct BylineTests {
    @Test func theAuthorAndDateFollowTheTitle() throws {
        let page =
            "<article><header><h1>Bridge reopens</h1><p class=\"byline\">By Dana Osei</p><time datetime=\"2026-03-04T08:00:00Z\">4 March</time></header><p>The bridge reopened after a year.</p></article>"
        let parsed = HTMLFormat.parse(page)
        let article = Article(
            id: "b", title: parsed.title, metadata: parsed.metadata, format: .html, text: parsed.text,
            blocks: parsed.blocks)
        let layout = ArticleLayout(document: ReaderDocument(article: article, analysis: Analysis()), measure: 60)
        let titleLine = try #require(layout.lines.firstIndex { $0.kind == .title })
        let byline = try #require(layout.lines.firstIndex { $0.kind == .byline })
        #expect(byline == titleLine + 1)
        #expect(layout.lines[byline].literal == "By Dana Osei · 2026-03-04")
        // Plain text has none.
        let plain = Article(
            id: "p", title: "T", text: "T\n\nBody.\n", blocks: PlainTextFormat.parse("T\n\nBody.\n").blocks)
        #expect(
            !ArticleLayout(document: ReaderDocument(article: plain, analysis: Analysis()), measure: 60).lines.contains {
                $0.kind == .byline
            })
    }
}
