import Testing

@testable import GlossCore

@Suite("Quote finder")
struct QuoteFinderTests {
    @Test(
        "Every kind of paired mark makes a quote that includes its marks",
        arguments: [
            "He said “yes” twice.", "He said \"yes\" twice.", "He said ‘yes’ twice.", "He said 'yes' twice.",
            "Il a dit «oui» deux fois.", "Il a dit ‹oui› deux fois.", "Er sagte „ja“ zweimal.",
            "Er sagte ‚ja‘ zweimal.",
        ])
    func pairs(_ s: String) {
        let t = QuoteTestText(s)
        #expect(t.quotes.count == 1)
        let span = t.spans.first ?? ""
        #expect(["yes", "oui", "ja"].contains(String(span.dropFirst().dropLast())))
        #expect(t.quotes.first?.range.length == span.unicodeScalars.count)
    }

    @Test func spanOffsetsAreScalarOffsets() {
        let t = QuoteTestText("Café “über” naïve")
        #expect(t.quotes.map(\.range) == [TextRange(5, 11)])
    }

    @Test func nestedQuotesAreSeparateQuotes() {
        let t = QuoteTestText("“She called it a ‘disgrace’ and left,” a witness said.")
        #expect(t.spans == ["“She called it a ‘disgrace’ and left,”", "‘disgrace’"])
        #expect(t.quote("“She")?.speaker != nil)
        #expect(t.quote("‘disgrace")?.speaker == nil)
        #expect(t.quote("‘disgrace")?.kind == .scare)
    }

    @Test func straightSingleInsideStraightDouble() {
        let t = QuoteTestText("\"They call it 'progress' here,\" she said.")
        #expect(t.spans == ["\"They call it 'progress' here,\"", "'progress'"])
    }

    @Test func straightDoubleInsideStraightDouble() {
        let t = QuoteTestText("\"He told me \"no\" twice,\" she said.")
        #expect(t.spans == ["\"He told me \"no\" twice,\"", "\"no\""])
    }

    @Test func guillemetsTheOtherWayRound() {
        let t = QuoteTestText("»Wir kommen«, sagte sie, ›bald‹.")
        #expect(t.spans == ["»Wir kommen«", "›bald‹"])
    }

    @Test func doubleInsideGuillemets() {
        let t = QuoteTestText("Il a dit « c’est le “grand soir” » hier.")
        #expect(t.spans == ["« c’est le “grand soir” »", "“grand soir”"])
    }

    @Test func quoteOverSeveralParagraphsIsOneQuoteWithOneSegmentEach() {
        let t = QuoteTestText("The coach said: “We lost.\n\n“We will learn.\n\n“We will be back.” Then he left.")
        #expect(t.segments == [["“We lost.", "“We will learn.", "“We will be back.”"]])
        #expect(t.quotes.first?.kind == .speech)
    }

    @Test func paragraphContinuedWithoutReopeningMark() {
        let t = QuoteTestText("He said, \"It was hard.\n\nBut we won.\" The end.")
        #expect(t.segments == [["\"It was hard.", "But we won.\""]])
    }

    @Test func straightQuotesOverParagraphs() {
        let t = QuoteTestText(
            "She said: \"First part.\n\n\"Second part.\"\n\nAn unrelated paragraph with \"its own\" quote.")
        #expect(t.segments == [["\"First part.", "\"Second part.\""], ["\"its own\""]])
    }

    @Test(
        "Apostrophes are not quote marks",
        arguments: [
            "Mexico’s police", "their mothers’ arms", "songs from the ’90s", "rock ’n’ roll", "don’t go",
            "Mexico's police", "their mothers' arms", "songs from the '90s", "rock 'n' roll", "don't go",
            "O’Brien’s dog", "the ‘90s", "the teachers' union's offer",
        ])
    func apostrophes(_ s: String) {
        let t = QuoteTestText("\(s) and more words here.")
        #expect(t.quotes.isEmpty)
    }

    @Test func apostrophesInsideQuotes() {
        let t = QuoteTestText("‘The mothers’ arms were empty in the ’90s,’ she said, ‘and rock ’n’ roll died.’")
        #expect(t.spans == ["‘The mothers’ arms were empty in the ’90s,’", "‘and rock ’n’ roll died.’"])
        let u = QuoteTestText("'The mothers' arms were empty,' she said. 'Don't ask.'")
        #expect(u.spans == ["'The mothers' arms were empty,'", "'Don't ask.'"])
    }

    @Test func pluralPossessiveClosesWhenNothingElseCan() {
        let t = QuoteTestText("He called them 'the bosses' and walked out.")
        #expect(t.spans == ["'the bosses'"])
    }

    @Test func unbalancedOpeningMarkEndsWithItsParagraph() {
        let t = QuoteTestText(
            "He shouted “stop this now and went home.\n\nThe next day was calm, and the mayor called it “a relief”.\n\nNothing else."
        )
        #expect(t.spans == ["“stop this now and went home.", "“a relief”"])
        #expect(t.quotes.allSatisfy { $0.segments.count == 1 })
    }

    @Test func unbalancedStraightMarkNeverSwallowsTheArticle() {
        let t = QuoteTestText("A stray \" mark here.\n\nThen \"a real quote\" follows.\n\nAnd the end.")
        #expect(t.spans == ["\"a real quote\""])
    }

    @Test func loneClosingMarkIsIgnored() {
        let t = QuoteTestText("It was over” and done.\n\nLater, “fine” it was.")
        #expect(t.spans == ["“fine”"])
    }

    @Test func unclosedQuoteAtTheEndOfTheText() {
        let t = QuoteTestText("The letter ends: “We shall never surrender")
        #expect(t.spans == ["“We shall never surrender"])
        #expect(QuoteTestText("A single “ mark").quotes.isEmpty)
    }

    @Test func inchMarksAreNotQuotes() {
        let t = QuoteTestText("A 5\" screen and a \"real\" one.")
        #expect(t.spans == ["\"real\""])
    }

    @Test func germanClosingMarkIsNotMistakenForAnOpener() {
        let t = QuoteTestText("Sie sagte „wir kommen“ und ging. He typed “a wrong closer.“ Then stopped.")
        #expect(t.spans == ["„wir kommen“", "“a wrong closer.“"])
    }

    @Test func blocksBoundParagraphs() {
        let s = "Title with “open\n\nBody “closed” here."
        let text = TokenizedText(Array(s.unicodeScalars))
        let blocks = [Block(kind: .title, range: TextRange(0, 16)), Block(kind: .paragraph, range: TextRange(18, 37))]
        let quotes = QuoteFinder.find(in: text, blocks: blocks)
        #expect(quotes.map { text.string($0.range.start, $0.range.end) } == ["“closed”"])
    }

    @Test func titleNeverContinuesIntoTheBody() {
        let s = "Minister says “we will win the vote\n\n“Body quote” here and more."
        let text = TokenizedText(Array(s.unicodeScalars))
        let blocks = [Block(kind: .title, range: TextRange(0, 35)), Block(kind: .paragraph, range: TextRange(37, 64))]
        let quotes = QuoteFinder.find(in: text, blocks: blocks)
        #expect(
            quotes.map { $0.segments.map { text.string($0.start, $0.end) } } == [
                ["“we will win the vote"], ["“Body quote”"],
            ])
    }

    @Test func blocksOutsideTheTextAreClamped() {
        let text = TokenizedText(Array("He said “yes”.".unicodeScalars))
        let quotes = QuoteFinder.find(
            in: text,
            blocks: [
                Block(kind: .paragraph, range: TextRange(0, 99)), Block(kind: .paragraph, range: TextRange(120, 130)),
            ])
        #expect(quotes.map(\.range) == [TextRange(8, 13)])
    }

    @Test func kindsFromShape() {
        let t = QuoteTestText(
            "AMLO, a supposed “leftist” politician, rode the train known as “The Beast” and said “we are all human beings here.”"
        )
        #expect(t.quote("“leftist")?.kind == .scare)
        #expect(t.quote("“The Beast")?.kind == .title)
        #expect(t.quote("“we are")?.kind == .speech)
    }

    @Test func headlinesCitedWithADashAreTitles() {
        let t = QuoteTestText(
            "Sources\n\n\"Minister resigns over missing files in the capital\" — Daily Paper, May 2, 2020")
        #expect(t.quotes.first?.kind == .title)
        #expect(t.quotes.first?.speaker == nil)
        let u = QuoteTestText("Sources\n\n\"Is this the end of the line?\" — Daily Paper, May 2, 2020")
        #expect(u.quotes.first?.kind == .title)
        #expect(u.quotes.first?.speaker == nil)
    }
}
