import Testing

@testable import GlossCore

/// Inputs far larger or stranger than any article: the analysis must finish (every stage is
/// linear or n log n, so a quadratic one shows up as a test that never ends), must not trap on
/// a counter that overflows, and must still give well-formed spans. Speed itself is measured by
/// `gloss-bench scaling`, not here.
@Suite("Analysis at scale")
struct AnalysisScalingTests {
    /// A distinct made-up name for each number below 160,000: `Kakakaka`, `Lokakaka`…
    static func name(_ n: Int) -> String {
        let syllables = [
            "ka", "lo", "mi", "ra", "ten", "vor", "shu", "bel", "dan", "gri", "pe", "zu", "nor", "fal", "wi", "tre",
            "ham", "os", "quin", "yel",
        ]
        let word = (0..<4).map { syllables[n / [1, 20, 400, 8000][$0] % 20] }.joined()
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// Analyses `text` as a plain-text article and checks every span the analysis gives.
    @discardableResult
    static func analyzed(_ text: String) -> Analysis {
        let scalars = Array(text.unicodeScalars)
        let a = Analyzer.analyze(scalars: scalars, blocks: [])
        let n = scalars.count
        func slice(_ r: TextRange) -> String { Tokenizer.string(scalars, r.start, r.end) }
        for q in a.quotes {
            #expect(q.segments.allSatisfy { $0.start >= 0 && $0.start < $0.end && $0.end <= n })
            #expect(zip(q.segments, q.segments.dropFirst()).allSatisfy { $0.end <= $1.start })
            if let s = q.speaker {
                #expect(s.mention.start >= 0 && s.mention.start < s.mention.end && s.mention.end <= n)
            }
        }
        #expect(zip(a.quotes, a.quotes.dropFirst()).allSatisfy { $0.range.start <= $1.range.start })
        for (id, e) in a.entities.enumerated() {
            #expect(e.id == id)
            #expect(!e.mentions.isEmpty && e.mentions.allSatisfy { $0.start >= 0 && $0.start < $0.end && $0.end <= n })
            #expect(zip(e.mentions, e.mentions.dropFirst()).allSatisfy { $0.end <= $1.start })
            // Every name the entity goes by is the text of one of its mentions.
            let texts = Set(e.mentions.map(slice))
            #expect(([e.canonicalName] + e.aliases).allSatisfy(texts.contains), "\(e.canonicalName)")
        }
        #expect((a.figures.map(\.range) + a.dates).allSatisfy { $0.start >= 0 && $0.start < $0.end && $0.end <= n })
        return a
    }

    @Test func moreDistinctPeopleThanSixteenBitsCount() {
        // 70,000 titled people, so more than 65,535 name candidates, and a parenthesised alias last.
        let text =
            "We met " + (0..<70_000).map { "president \(Self.name($0))" }.joined(separator: ", ")
            + ". Then Nadia Stone (NS) spoke, and NS said it."
        let a = Self.analyzed(text)
        #expect(a.people.count > 65_535)
        #expect(a.people.last?.aliases == ["NS"])
    }

    /// The total length of all quote segments: each scalar lies in a few quotes at most.
    static func quotedLength(_ a: Analysis) -> Int {
        a.quotes.reduce(0) { $0 + $1.segments.reduce(0) { $0 + $1.length } }
    }

    @Test func thousandsOfOpeningMarksThenThousandsOfClosingOnes() {
        let n = 20_000
        let text = String(repeating: "\u{201C}", count: n) + String(repeating: "\"", count: n)
        let a = Self.analyzed(text)
        // Nested 20,000 deep, the quotes would hold 20,000² scalars between them.
        #expect(Self.quotedLength(a) <= (QuoteScanner.maxDepth + 1) * 2 * n)
    }

    @Test func aHundredThousandMixedMarks() {
        let marks = [
            "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{AB}", "\u{BB}", "\u{201E}", "\u{201A}",
            "\u{2039}", "\u{203A}",
        ]
        let after = ["", " ", "a", "word ", "\n\n"]
        var g = QuoteInvariantTests.Generator(state: 7)
        let text = (0..<100_000).map { _ in marks[g.next(marks.count)] + after[g.next(after.count)] }.joined()
        let a = Self.analyzed(text)
        #expect(Self.quotedLength(a) <= (QuoteScanner.maxDepth + 1) * text.unicodeScalars.count)
    }

    @Test func aQuoteReopenedInTwentyThousandParagraphs() {
        let text = (0..<20_000).map { "\u{201C}We go on to \(Self.name($0)) now\n\n" }.joined()
        let a = Self.analyzed(text)
        #expect(a.quotes.count == 1)
        #expect(a.quotes.first?.segments.count == 20_000)
    }

    @Test func aHundredThousandCapitalisedWords() {
        let plain = (0..<100_000).map(Self.name).joined(separator: " ") + ".\n"
        let keywords = (0..<100_000).map {
            ["The", "NASA", "President", "Bank", "University", "Of", "New", "York", Self.name($0)][$0 % 9]
        }
        Self.analyzed(plain)
        Self.analyzed(keywords.joined(separator: " ") + ".\n")
    }

    @Test func thousandsOfSpeakersNamedAndThenCalledHe() {
        // Naming each speaker read every mention of every entity: quotes × mentions.
        let n = 5_000
        let text = (0..<n).map { "“We go,” said Mayor \(Self.name($0)). He left. “So,” he said. " }.joined()
        let a = Self.analyzed(text)
        #expect(a.people.count == n)
        #expect(a.quotes.count == 2 * n)
        #expect(
            (0..<n).allSatisfy {
                a.quotes[2 * $0].speaker?.name == Self.name($0) && a.quotes[2 * $0 + 1].speaker?.name == Self.name($0)
            })
        #expect(a.quotes.allSatisfy { $0.speaker?.entityID.map { a.entities[$0].kind == .person } == true })
    }

    @Test func longChainsOfNamesInOneCapitalisedRun() {
        // Each rule that splits off a name and reads the rest again was quadratic, and recursed
        // once per name: these runs overflowed the stack.
        let n = 5_000
        let names = (0..<n).map(Self.name)
        let of = Self.analyzed("We met " + names.map { "Anna \($0)" }.joined(separator: " of ") + ".")
        let titled = Self.analyzed("We met " + names.map { "Dr. Anna \($0)" }.joined(separator: " of ") + ".")
        let acronyms = Self.analyzed("We met " + String(repeating: "NASA ", count: n) + "Nadia Stone.")
        let demonyms = Self.analyzed("We met " + String(repeating: "Mexican ", count: n) + "people.")
        #expect(of.people.count >= n / 2 && titled.people.count >= n / 2)
        #expect(acronyms.people.count <= 1 && demonyms.entities.isEmpty)
    }

    @Test func thousandsOfCuesInOneSentence() {
        // `X was quoted as saying`: after each `as` before a cue, the search for `quoted` went back to the sentence start.
        let text = "We met them " + String(repeating: "and as said “a b c d e” ", count: 1_500) + "today."
        let a = Self.analyzed(text)
        #expect(a.quotes.count == 1_500)
    }

    /// Article-like paragraphs with quotes, names, titles, figures and dates, all made up.
    static func newsLike(paragraphs: Int, separator: String = "\n\n") -> String {
        (0..<paragraphs).map { k in
            let (a, b) = (name(k % 5_000), name(k % 7_001 + 9_000))
            return
                "“We will rebuild the bridge by May,” said Mayor \(a) \(b) of Northvale on Monday. About \(k % 900) people came, "
                + "according to the Northvale Water Board (NWB). \(b) later told reporters: “It is ‘our’ job, and the NWB agrees.” "
                + "The plan costs $\(k % 90 + 1) million, up 5% since March 3, 2021; she called it a “fair” price."
        }.joined(separator: separator)
    }

    @Test func generatedArticleText() {
        let a = Self.analyzed(Self.newsLike(paragraphs: 2_000))
        #expect(a.quotes.count >= 6_000 && a.figures.count >= 2_000)
        #expect(a.quotes.contains { $0.speaker != nil })
    }

    @Test func oneLongLineWithNoNewline() {
        let text = Self.newsLike(paragraphs: 2_000, separator: " ")
        #expect(!text.contains("\n"))
        let a = Self.analyzed(text)
        #expect(a.quotes.count >= 6_000)
    }
}
