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

    @Test func randomTextNeverCrashes() {
        // A fixed-seed generator over pieces that exercise every rule: names, titles, numbers, units, marks.
        let pieces = [
            "Mr.", "Dr", "President", "Anna", "Berg", "van", "der", "el-", "Sisi", "Jae-in", "of", "the", "and", "&",
            "in", "New", "York", "Chad", "US", "-", "–", "—", "Mexico", "(", ")", "AMLO", "’s", "'s", "“", "”", "\"",
            "$", "€", "NZ", "US$", "2", "11,800", "1.5", "3½", "½", "%", "per", "cent", "percent", "a", "few",
            "thousand", "tens", "of", "thousands", "two", "thirds", "half", "an", "hour", "year", "-old", "old",
            "km", "°", "C", "between", "over", "more", "than", "up", "to", "April", "12", ",", "2011", "1958",
            "10:30", "p.m.", "No.", "STS", "5m", "1990s", "3rd", ".", "!", "?", ":", "\n", "\n\n", "Lake", "Mount",
            "Institute", "University", "Museum", "said", "told", "Image", "ARMED", "XVII", "one", "another", "in",
            "town", "Chiapas", "Pijijiapan", "Washington", "Post", "Border", "Patrol", "é", "Ω", "東京", "🙂",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<200 {
            var words: [String] = []
            for _ in 0..<60 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                words.append(pieces[Int(state >> 33) % pieces.count])
                state = state &* 6364136223846793005 &+ 1442695040888963407
                if state >> 62 != 0 { words.append(" ") }
            }
            let r = Recognized(words.joined())
            for e in r.result.entities {
                for m in e.mentions { #expect(m.start >= 0 && m.end <= r.scalars.count && m.start < m.end) }
            }
            for f in r.result.figures { #expect(f.range.start >= 0 && f.range.end <= r.scalars.count) }
        }
    }

    @Test func analysisIsDeterministic() {
        let text = "Olga Pérez (OP) met Mr. Tan in Lima on Monday; about 300 people came. OP left."
        let a = Recognized(text).result, b = Recognized(text).result
        #expect(a.entities == b.entities)
        #expect(a.figures == b.figures)
        #expect(a.dates == b.dates)
    }
}
