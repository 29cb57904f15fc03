import Foundation
import Testing

@testable import GlossCore

@Suite struct PlainTextFormatTests {
    @Test func firstLineIsTitleAndBlankLinesSeparateParagraphs() {
        let text = "\n  The Title  \n\nFirst paragraph\nwraps here.\n\n\nSecond one.\n"
        let doc = PlainTextFormat.parse(text)
        #expect(doc.title == "The Title")
        #expect(doc.text == text)
        #expect(doc.blocks.map(\.kind) == [.title, .paragraph, .paragraph])
        let article = Article(id: "t", title: doc.title, text: doc.text, blocks: doc.blocks)
        #expect(article.text(in: doc.blocks[1].range) == "First paragraph\nwraps here.")
        #expect(article.text(in: doc.blocks[2].range) == "Second one.")
    }

    @Test func whitespaceOnlyLinesSeparateParagraphs() {
        let doc = PlainTextFormat.parse("T \n \nA\n \nB \n")
        #expect(doc.blocks.count == 3)
    }
}

@Suite struct MarkdownFormatTests {
    static let source = """
        ---
        title: "The Raid"
        author: A. Writer
        date: 2019-06-06
        source: Example News
        url: https://example.org/raid
        ---

        # Heading one

        Some *emphasis*, **strong**, `code` and a [link](https://example.org) \
        with ![an image](x.png) and snake_case_words.

        > A block quote
        > over two lines.

        - first item
        - second *item*
          continued
        1. numbered

        ---

        [ref]: https://example.org
        Last paragraph with <b>inline html</b> and \\*escaped\\*.
        """

    @Test func frontMatterHeadingsInlineMarkupAndBlocks() {
        let doc = MarkdownFormat.parse(Self.source)
        #expect(doc.title == "The Raid")
        #expect(
            doc.metadata
                == ArticleMetadata(
                    author: "A. Writer", date: "2019-06-06", source: "Example News", url: "https://example.org/raid"))
        let article = Article(id: "m", title: doc.title, format: .markdown, text: doc.text, blocks: doc.blocks)
        let blocks = doc.blocks.map { ($0.kind, article.text(in: $0.range)) }
        #expect(blocks.map(\.0) == [.title, .heading, .paragraph, .quote, .listItem, .listItem, .listItem, .paragraph])
        #expect(blocks[1].1 == "Heading one")
        #expect(blocks[2].1 == "Some emphasis, strong, code and a link with an image and snake_case_words.")
        #expect(blocks[3].1 == "A block quote over two lines.")
        #expect(blocks[5].1 == "second item continued")
        #expect(blocks[7].1 == "Last paragraph with inline html and *escaped*.")
    }

    @Test func aFrontMatterTitleRepeatedAsTheFirstHeadingIsShownOnce() {
        let doc = MarkdownFormat.parse(
            "---\ntitle: Rain Returns  to the Valley\n---\n\n# Rain returns to the valley\n\nIt rained.\n\n# Rain returns to the valley\n"
        )
        #expect(doc.title == "Rain Returns  to the Valley")
        #expect(doc.blocks.map(\.kind) == [.title, .paragraph, .heading])
        // A different first heading stays.
        let other = MarkdownFormat.parse("---\ntitle: Rain\n---\n# Floods\n\nIt rained.\n")
        #expect(other.blocks.map(\.kind) == [.title, .heading, .paragraph])
    }

    @Test func firstHeadingIsTitleWithoutFrontMatter() {
        let doc = MarkdownFormat.parse("Intro line?\n\n# Real Title\n\nBody.\n")
        #expect(doc.title == "Real Title")
    }
}

@Suite struct HTMLFormatTests {
    static let page = """
        <!DOCTYPE html>
        <html><head><title>Raid &amp; detentions | Example News</title>
        <meta property="og:title" content="Police detain hundreds">
        <meta name="author" content="A. Writer">
        <meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2019-06-06T10:00:00Z">
        <style>p { color: red }</style><script>var x = "<p>not text</p>";</script>
        </head><body>
        <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
        <aside>Most read: something else</aside>
        <article>
        <h1>Police detain hundreds</h1>
        <p>Federal police carried out a raid in <a href="#">Chiapas</a> on Monday,&nbsp;arresting
           over 370 people.</p>
        <blockquote><p>&ldquo;They grabbed us,&rdquo; a farmer said.</p></blockquote>
        <h2>Background</h2>
        <ul><li>First &#8220;item&#8221;</li><li>Second &#x2014; item</li></ul>
        <!-- a comment <p>hidden</p> -->
        </article>
        <footer>© Example News</footer>
        </body></html>
        """

    @Test func extractsTheStoryNotThePage() {
        let doc = HTMLFormat.parse(Self.page)
        #expect(doc.title == "Police detain hundreds")
        #expect(doc.metadata.author == "A. Writer")
        #expect(doc.metadata.source == "Example News")
        #expect(doc.metadata.date == "2019-06-06T10:00:00Z")
        let article = Article(id: "h", title: doc.title, format: .html, text: doc.text, blocks: doc.blocks)
        let blocks = doc.blocks.map { ($0.kind, article.text(in: $0.range)) }
        #expect(blocks.map(\.0) == [.title, .paragraph, .quote, .heading, .listItem, .listItem])
        #expect(blocks[1].1 == "Federal police carried out a raid in Chiapas on Monday, arresting over 370 people.")
        #expect(blocks[2].1 == "“They grabbed us,” a farmer said.")
        #expect(blocks[4].1 == "First “item”")
        #expect(blocks[5].1 == "Second — item")
        #expect(!doc.text.contains("Home"))
        #expect(!doc.text.contains("not text"))
        #expect(!doc.text.contains("Most read"))
        #expect(!doc.text.contains("hidden"))
    }

    @Test func readabilitySignalsKeepTheStoryAndDropTheFurniture() {
        let page = """
            <html><head><title>Flood warning | The Daily Example</title>
            <meta property="og:title" content="Flood warning - The Daily Example"></head><body>
            <article>
            <header><h1>Flood warning for the river towns</h1>
            <p class="byline">By Dana Osei</p><time datetime="2026-03-04T08:00:00Z">4 March</time></header>
            <p>The river rose two metres overnight, officials said.</p>
            <div class="ad-slot"><p>Buy the new phone today</p></div>
            <ul class="share-bar"><li><a href="#">Share</a></li><li><a href="#">Post</a></li></ul>
            <p>Schools in three towns stayed closed on Tuesday.</p>
            <section id="comments"><p>Reader Kim Park wrote: nice</p></section>
            </article></body></html>
            """
        let doc = HTMLFormat.parse(page)
        #expect(doc.title == "Flood warning for the river towns")
        #expect(doc.metadata.author == "Dana Osei")
        #expect(doc.metadata.date == "2026-03-04T08:00:00Z")
        #expect(doc.text.contains("two metres") && doc.text.contains("three towns"))
        for furniture in ["new phone", "Share", "Kim Park"] { #expect(!doc.text.contains(furniture), "\(furniture)") }

        let loose = """
            <html><body>
            <div id="cookie-banner"><p>We use cookies. Accept?</p></div>
            <div role="navigation"><a href="/">Home</a> <a href="/world">World</a></div>
            <ul><li><a href="/a">Storm hits coast</a></li><li><a href="/b">Markets fall</a></li></ul>
            <div class="story"><h1>Bridge reopens</h1><p>The bridge reopened after <a href="/r">repairs</a> that took a year.</p></div>
            <div class="sidebar"><p>Most read today</p></div>
            </body></html>
            """
        let plain = HTMLFormat.parse(loose)
        #expect(plain.title == "Bridge reopens")
        #expect(plain.text.contains("The bridge reopened after repairs that took a year."))
        for furniture in ["cookies", "Home", "Storm hits", "Most read"] {
            #expect(!plain.text.contains(furniture), "\(furniture)")
        }
        // A class that merely contains a furniture word is kept.
        #expect(HTMLFormat.parse("<div class=\"header-lead\"><p>Kept text here.</p></div>").text.contains("Kept text"))
    }

    @Test func pageWithoutArticleElementAndBrokenMarkup() {
        let doc = HTMLFormat.parse("<title>T</title><div>Loose text <b>bold<p>para &bogus; &#0; 3 < 4</div>")
        #expect(doc.title == "T")
        #expect(doc.text.contains("Loose text bold"))
        #expect(doc.text.contains("para &bogus; \u{FFFD} 3 < 4"))
    }

    @Test func aFileOfOneLongLineHasAShortTitle() {
        let line = String(repeating: "word ", count: 2000)
        let doc = PlainTextFormat.parse(line + "\n")
        #expect(doc.title.unicodeScalars.count == ParsedDocument.maxTitleLength)
        #expect(doc.title.hasSuffix("…"))
        #expect(doc.text.unicodeScalars.count > 9000)
    }
}
