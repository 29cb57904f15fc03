import Testing

@testable import GlossCore

@Suite("Quote invariants on scrambled text")
struct QuoteInvariantTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static let pieces = [
        "said", "he", "The", "mayor", "told", "Smith", ",", ".", ":", " ", " ", " ", "\n\n", "\n", "“", "”", "\"", "'",
        "‘",
        "’", "«", "»", "„", "‚", "‹", "›", "don't", "mothers’", "’90s", "rock ’n’ roll", "(", ")", "—", "-",
        "according to",
        "5\"", "Ms.", "asked", "called", "?", "!", "…",
    ]

    @Test(arguments: 0..<40)
    func quotesStayInsideTheirParagraphs(_ seed: Int) {
        var g = Generator(state: UInt64(seed) &+ 0x9E37_79B9)
        var s = ""
        for _ in 0..<400 { s += Self.pieces[g.next(Self.pieces.count)] }
        let scalars = Array(s.unicodeScalars)
        let text = TokenizedText(scalars)
        var quotes = QuoteFinder.find(in: text, blocks: [])
        SpeakerAttributor.attribute(&quotes, in: text, entities: [])
        let paragraphs = QuoteFinder.paragraphs(scalars)
        for q in quotes {
            #expect(!q.segments.isEmpty)
            for seg in q.segments {
                #expect(seg.start < seg.end && seg.end <= scalars.count)
                #expect(paragraphs.contains { $0.contains(seg) })
            }
            #expect(zip(q.segments, q.segments.dropFirst()).allSatisfy { $0.end <= $1.start })
            if let sp = q.speaker {
                // Speech, or a fragment of a few words inside someone's reported speech.
                #expect(q.kind == .speech || (q.segments.count == 1 && QuoteShape(q.segments[0], scalars).words <= 4))
                #expect(sp.mention.end <= scalars.count && !sp.name.isEmpty)
                #expect(!q.segments.contains { $0.contains(sp.mention) })
            }
        }
        #expect(zip(quotes, quotes.dropFirst()).allSatisfy { $0.range.start <= $1.range.start })
    }

    @Test func sameTextSameAnalysis() {
        let s = "“We tried,” he said. ‘Fine,’ said Ms. Roe.\n\n“More.\n\n“Done.” The “end”."
        let a = Analyzer.analyze(scalars: Array(s.unicodeScalars), blocks: [])
        let b = Analyzer.analyze(scalars: Array(s.unicodeScalars), blocks: [])
        #expect(a == b)
        #expect(a.quotes.count == 4)
    }
}
