import Testing

@testable import GlossCore

/// The quote rules' word lists share the recognizer's hash (`ScalarHash`) and table (`HashMap`).
@Suite("Quote lexicon")
struct QuoteLexiconTests {
    private func classes(of text: String) -> [WordClass] {
        let t = TokenizedText(Array(text.unicodeScalars))
        return t.tokens.indices.filter { t.isWord($0) }.map { t.wordClass($0) }
    }

    @Test func wordsAreFoundWhateverTheirCase() {
        for word in ["said", "Said", "SAID"] {
            #expect(classes(of: word) == [[.cue, .verbLike]])
        }
        #expect(classes(of: "Asked")[0].contains(.asking))
        #expect(classes(of: "HE")[0].contains(.personPronoun))
    }

    @Test func aWordInSeveralListsHasEveryClass() {
        let c = classes(of: "that")[0]
        #expect(c.contains(.subjectStop) && c.contains(.phraseStop) && c.contains(.determiner))
    }

    @Test func unlistedWordsAndNamesHaveNone() {
        #expect(classes(of: "Marguerite painted fences") == [[], [], []])
    }

    @Test func theSameHashAsTheRecognizersTables() {
        let scalars = Array("Told".unicodeScalars)
        #expect(QuoteLexicon.classes.get(ScalarHash.hash(scalars, 0, scalars.count)) & WordClass.cue.rawValue != 0)
        #expect(ScalarHash.hash(scalars, 0, 4) == ScalarHash.hash(Array("told".unicodeScalars), 0, 4))
    }
}
