import Foundation
import GlossCore
import Testing

@Suite("Re-anchoring")
struct AnnotationAnchoringTests {
    typealias F = AnnotationFixtures

    /// Anchors the fixture passage in `edited` and returns the status and the text found.
    func anchor(_ edited: String, passage: String = F.passage) -> (AnchorStatus, String?) {
        let a = F.annotation(passage, in: F.base)
        let article = F.article(edited)
        let anchor = a.reanchor(in: article)
        return (anchor.status, anchor.range.map { article.text(in: $0) })
    }

    @Test func unchangedTextIsExact() {
        #expect(anchor(F.base) == (.exact, F.passage))
    }

    @Test func insertionAfterKeepsExact() {
        #expect(anchor(F.base + " More text follows here.") == (.exact, F.passage))
    }

    @Test func deletionAfterKeepsExact() {
        #expect(
            anchor(F.base.replacingOccurrences(of: " Residents were angry about it.", with: "")) == (.exact, F.passage))
    }

    @Test func insertionBeforeMoves() {
        #expect(anchor("Update: prices were confirmed. " + F.base) == (.moved, F.passage))
    }

    @Test func deletionBeforeMoves() {
        #expect(anchor(F.base.replacingOccurrences(of: "Alpha beta gamma. ", with: "")) == (.moved, F.passage))
    }

    @Test func editBeforeOfSameLengthStaysExact() {
        #expect(anchor(F.base.replacingOccurrences(of: "Alpha", with: "Omega")) == (.exact, F.passage))
    }

    @Test func editInsideIsFuzzy() {
        let edited = F.base.replacingOccurrences(of: "by ten percent", with: "by eleven percent")
        #expect(anchor(edited) == (.fuzzy, "the water prices would rise by eleven percent"))
    }

    @Test func aReplacedLastWordIsTakenWhole() {
        let text = "Surveys found that roughly a fifth of voters had not decided."
        let a = F.annotation("roughly a fifth", in: text)
        let edited = F.article("Surveys found that roughly a quarter of voters had not decided.")
        let anchor = a.reanchor(in: edited)
        #expect(anchor.status == .fuzzy)
        #expect(anchor.range.map { edited.text(in: $0) } == "roughly a quarter")
    }

    @Test func aReplacedFirstWordIsTakenWhole() {
        let text = "The board said twelve members voted against the plan."
        let a = F.annotation("twelve members voted", in: text)
        let edited = F.article("The board said fourteen members voted against the plan.")
        let anchor = a.reanchor(in: edited)
        #expect(anchor.range.map { edited.text(in: $0) } == "fourteen members voted")
    }

    @Test func insertionInsideIsFuzzy() {
        let edited = F.base.replacingOccurrences(of: "would rise", with: "would probably rise")
        #expect(anchor(edited) == (.fuzzy, "the water prices would probably rise by ten percent"))
    }

    @Test func deletionInsideIsFuzzy() {
        let edited = F.base.replacingOccurrences(of: "water ", with: "")
        #expect(anchor(edited) == (.fuzzy, "the prices would rise by ten percent"))
    }

    @Test func editsBeforeAndInsideAreFuzzy() {
        let edited = "New lead paragraph here. " + F.base.replacingOccurrences(of: "ten percent", with: "10 percent")
        #expect(anchor(edited) == (.fuzzy, "the water prices would rise by 10 percent"))
    }

    @Test func deletedPassageIsOrphaned() {
        let edited = F.base.replacingOccurrences(
            of: "The minister said the water prices would rise by ten percent next year. ", with: "")
        #expect(anchor(edited) == (.orphaned, nil))
    }

    @Test func rewrittenPassageIsOrphaned() {
        let edited = F.base.replacingOccurrences(of: F.passage, with: "nothing at all was decided about any tariff")
        #expect(anchor(edited) == (.orphaned, nil))
    }

    @Test func emptyTextOrphans() {
        let a = F.annotation(F.passage, in: F.base)
        #expect(a.reanchor(in: [Unicode.Scalar]()) == .orphaned)
    }

    @Test func repeatedQuotePrefersMatchingContext() {
        let text = "First, she said no. Later the mayor said no. Then he said no."
        let a = F.annotation("said no", in: text, occurrence: 2)  // "mayor said no"
        // Insert far before: the nearest occurrence to the old offset would be the wrong one.
        let edited = "A long new opening paragraph that pushes everything along. " + text
        let article = F.article(edited)
        let anchor = a.reanchor(in: article)
        #expect(anchor.status == .moved)
        #expect(anchor.range == F.range(of: "said no", in: edited, occurrence: 2))
    }

    @Test func repeatedQuoteWithSameContextTakesNearest() {
        let text = "one two said no three. one two said no three. one two said no three."
        let a = F.annotation("said no", in: text, occurrence: 3)
        let edited = "xx " + text
        let anchor = a.reanchor(in: F.article(edited))
        #expect(anchor.status == .moved)
        #expect(anchor.range == F.range(of: "said no", in: edited, occurrence: 3))
    }

    @Test func positionIsAcceptedOnlyWhenTextStillMatches() {
        // Same length edit inside: the old position holds different text, so not exact.
        let edited = F.base.replacingOccurrences(of: "water", with: "wAter")
        #expect(anchor(edited).0 == .fuzzy)
    }

    @Test func fuzzyMatchNearTheOldPlaceWinsOverAFarOne() {
        let sentence = "the council approved the new budget"
        let text = sentence + ". Filler text goes here to separate things. " + sentence + ". End."
        let a = F.annotation(sentence, in: text, occurrence: 2)
        let edited = text.replacingOccurrences(of: "approved", with: "aproved")
        let anchor = a.reanchor(in: F.article(edited))
        #expect(anchor.status == .fuzzy)
        #expect(anchor.range == F.range(of: "the council aproved the new budget", in: edited, occurrence: 2))
    }

    @Test func nonASCIIOffsetsAreScalars() {
        let text = "Café «olé» — 東京 said: “the price is ¥500”."
        let a = F.annotation("the price is ¥500", in: text)
        #expect(a.position.start == 23)  // « » — 東 京 “ are one scalar each
        let edited = "👍🏽 " + text
        let anchor = a.reanchor(in: F.article(edited))
        #expect(anchor.status == .moved)
        // The thumb with its skin tone is two scalars, then a space.
        #expect(anchor.range == TextRange(23 + 3, 23 + 3 + 17))
    }
}

@Suite("Approximate matching")
struct AnnotationApproximateMatcherTests {
    /// The fewest edits of `pattern` into any text ending at `end`, by brute force.
    func bruteBest(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar], end: Int) -> Int {
        (0...end).map { ApproximateMatcher.editDistance(pattern, text[$0..<end]) }.min()!
    }

    @Test func agreesWithBruteForce() {
        var seed: UInt64 = 12345
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        let alphabet = Array("ab c".unicodeScalars)
        for _ in 0..<300 {
            let text = (0..<(5 + next() % 30)).map { _ in alphabet[next() % alphabet.count] }
            let pattern = (0..<(1 + next() % 8)).map { _ in alphabet[next() % alphabet.count] }
            let k = next() % 4
            let matches = ApproximateMatcher.search(pattern, in: text, maxErrors: k)
            let bruteEnds = (0...text.count).filter { bruteBest(pattern, text, end: $0) <= k }
            #expect(
                matches.isEmpty == bruteEnds.isEmpty,
                "text \(String(String.UnicodeScalarView(text))) pattern \(String(String.UnicodeScalarView(pattern))) k \(k)"
            )
            for m in matches {
                #expect(m.errors <= k)
                #expect(m.errors == bruteBest(pattern, text, end: m.end))
                #expect(ApproximateMatcher.editDistance(pattern, text[m.start..<m.end]) == m.errors)
            }
            if let best = matches.map(\.errors).min() {
                #expect(best == bruteEnds.map { bruteBest(pattern, text, end: $0) }.min())
            }
        }
    }

    @Test func findsAnEditedPhrase() {
        let text = Array("a quick brown fox jumps over the lazy dog".unicodeScalars)
        let matches = ApproximateMatcher.search(Array("quikc brown".unicodeScalars), in: text, maxErrors: 2)
        #expect(matches.count == 1)
        #expect(matches.first.map { String(String.UnicodeScalarView(text[$0.start..<$0.end])) } == "quick brown")
        #expect(matches.first?.errors == 2)
    }

    @Test func editDistanceBasics() {
        #expect(ApproximateMatcher.editDistance("kitten".unicodeScalars, "sitting".unicodeScalars) == 3)
        #expect(ApproximateMatcher.editDistance("".unicodeScalars, "abc".unicodeScalars) == 3)
        #expect(ApproximateMatcher.similarity("abcd".unicodeScalars, "abcd".unicodeScalars) == 1)
    }
}
