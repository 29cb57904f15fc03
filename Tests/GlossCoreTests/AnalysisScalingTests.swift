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
        let syllables = ["ka", "lo", "mi", "ra", "ten", "vor", "shu", "bel", "dan", "gri", "pe", "zu", "nor", "fal", "wi", "tre", "ham", "os", "quin", "yel"]
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
            if let s = q.speaker { #expect(s.mention.start >= 0 && s.mention.start < s.mention.end && s.mention.end <= n) }
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
        let text = "We met " + (0..<70_000).map { "president \(Self.name($0))" }.joined(separator: ", ") + ". Then Nadia Stone (NS) spoke, and NS said it."
        let a = Self.analyzed(text)
        #expect(a.people.count > 65_535)
        #expect(a.people.last?.aliases == ["NS"])
    }
}
