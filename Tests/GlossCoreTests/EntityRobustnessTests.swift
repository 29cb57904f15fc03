import Testing
@testable import GlossCore

@Suite("Entity recognizer on odd input")
struct EntityRobustnessTests {
    @Test func emptyAndPunctuationOnly() {
        #expect(Recognized("").result.entities.isEmpty)
        #expect(Recognized("“ ” — … !? (( )) $ % 。").result.figures.isEmpty)
    }

    // Speed on pathological input is measured by `gloss-bench analysis`, never by a timed
    // test; these check that such input still gives sensible results.
    @Test func longCapitalisedRuns() {
        let words = (0..<3000).map { "Word\($0 % 7 == 0 ? "" : "x")\($0)" }
        let text = "The " + words.joined(separator: " ") + " of Paris and Rome."
        let r = Recognized(text)
        #expect(r.entities(.person).isEmpty)
        #expect(r.result.entities.allSatisfy { $0.mentions.allSatisfy { $0.end <= text.unicodeScalars.count } })
    }

    @Test func longChainsOfConnectorsAndHyphens() {
        let institutes = (0..<800).map { "Alpha\($0) Institute" }.joined(separator: " and ")
        let ofs = (0..<800).map { "Bravo\($0)" }.joined(separator: " of ")
        let hyphens = (0..<800).map { "Charlie\($0)" }.joined(separator: "-")
        let people = (0..<800).map { "President Anna Berg\($0)" }.joined(separator: " and ")
        for text in [institutes, ofs, hyphens] {
            let r = Recognized("They met " + text + " today.")
            #expect(r.entities(.person).isEmpty, "\(text.prefix(40))")
        }
        #expect(Recognized("They met " + people + " today.").entities(.person).count > 400)
    }

    @Test func allCapitalsText() {
        let r = Recognized("BREAKING: FLOODS HIT NORTHERN ITALY AS RIVERS RISE. OFFICIALS SAY 12 PEOPLE DIED.")
        #expect(r.entities(.person).isEmpty)
        #expect(r.figures == ["12"])
    }

    @Test func otherScripts() {
        let r = Recognized("Москва и Київ. 東京で 3 人が会った。 Αθήνα, Ελλάδα.")
        #expect(r.entities(.person).isEmpty)
        #expect(r.figures == ["3"])
    }

    @Test func analysisIsDeterministic() {
        let text = "Olga Pérez (OP) met Mr. Tan in Lima on Monday; about 300 people came. OP left."
        let a = Recognized(text).result, b = Recognized(text).result
        #expect(a.entities == b.entities)
        #expect(a.figures == b.figures)
        #expect(a.dates == b.dates)
    }
}
