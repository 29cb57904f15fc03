import Testing
@testable import GlossCore

@Suite("Entity recognizer on odd input")
struct EntityRobustnessTests {
    @Test func emptyAndPunctuationOnly() {
        #expect(Recognized("").result.entities.isEmpty)
        #expect(Recognized("“ ” — … !? (( )) $ % 。").result.figures.isEmpty)
    }

    @Test func longCapitalisedRunsStayFast() {
        let words = (0..<3000).map { "Word\($0 % 7 == 0 ? "" : "x")\($0)" }
        let text = "The " + words.joined(separator: " ") + " of Paris and Rome."
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = Recognized(text) }
        #expect(elapsed < .seconds(1))
    }

    @Test func longChainsOfConnectorsAndHyphensStayFast() {
        let institutes = (0..<800).map { "Alpha\($0) Institute" }.joined(separator: " and ")
        let ofs = (0..<800).map { "Bravo\($0)" }.joined(separator: " of ")
        let hyphens = (0..<800).map { "Charlie\($0)" }.joined(separator: "-")
        let people = (0..<800).map { "President Anna Berg\($0)" }.joined(separator: " and ")
        let clock = ContinuousClock()
        for text in [institutes, ofs, hyphens, people] {
            let elapsed = clock.measure { _ = Recognized("They met " + text + " today.") }
            #expect(elapsed < .seconds(1))
        }
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
