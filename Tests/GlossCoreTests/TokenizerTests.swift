import Testing

@testable import GlossCore

@Suite("Tokenizer")
struct TokenizerTests {
    func tokens(_ s: String) -> [String] {
        let t = TokenizedText(Array(s.unicodeScalars))
        return t.tokens.indices.map { t.text($0) }
    }

    @Test func wordsNumbersAndPunctuation() {
        #expect(tokens("Over 11,800 (1.5%) fled.") == ["Over", "11,800", "(", "1.5", "%", ")", "fled", "."])
    }

    @Test func possessiveIsItsOwnToken() {
        #expect(tokens("AMLO’s plan and O'Brien's dog") == ["AMLO", "’s", "plan", "and", "O'Brien", "'s", "dog"])
    }

    @Test func abbreviationsKeepTheirPeriod() {
        #expect(tokens("Mr. Li met U.S. officials.") == ["Mr.", "Li", "met", "U.S.", "officials", "."])
    }

    @Test func flags() {
        let t = TokenizedText(Array("NASA and Émile".unicodeScalars))
        #expect(t.tokens[0].flags.contains(.allCaps))
        #expect(!t.tokens[1].flags.contains(.capitalized))
        #expect(t.tokens[2].flags.contains(.capitalized))
    }

    @Test func sentencesSplitAfterAbbreviationsOnlyBeforeACommonWord() {
        let t = TokenizedText(
            Array("He moved to the U.S. The move was hard. Dr. Kay agreed.\n\nNew paragraph".unicodeScalars))
        #expect(t.sentences.count == 4)
    }
}
