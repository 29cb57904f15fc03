import Testing

@testable import GlossCore

/// Names whose parts look like something else: an English verb ending, a common word, a city,
/// and teams named after a city.
@Suite("Name parts that look like other words")
struct EntityNamePartTests {
    @Test func aKnownNameVouchesForAnEdOrIngEndingBesideIt() {
        // `Rashed` and `Pelling` end like verbs, but `Mansour` is a surname and `Lena` a given name.
        let r = Recognized("Rashed Mansour arrived on Monday. Lena Pelling won the final two days later.")
        #expect(r.mentions(.person) == ["Rashed Mansour", "Lena Pelling"])
    }

    @Test func endingsOnlyVerbsHaveStayWords() {
        func ending(_ word: String) -> Bool {
            let c = Array(word.unicodeScalars)
            return NameFinder.nameLikeVerbEnding(c, Tokenizer.tokenize(c)[0])
        }
        for name in ["Manfred", "Rashed", "Pelling", "Dowling"] { #expect(ending(name), "\(name)") }
        for word in ["Automated", "Organized", "Covered", "Blessed", "Darkness"] { #expect(!ending(word), "\(word)") }
    }

    @Test func aCommonWordThatIsASurnameEndsAKnownFirstName() {
        let r = Recognized("Nadia Green said the bridge would stay closed.")
        #expect(r.mentions(.person) == ["Nadia Green"])
    }

    @Test func adviserIsATitle() {
        let r = Recognized("National Security Adviser Ilse Marrow said the talks had failed.")
        let p = r.entity(.person, "Ilse Marrow")
        #expect(p != nil, "\(r.mentions(.person))")
        #expect(p?.titles.contains { $0.hasSuffix("Adviser") } == true)
    }

    @Test func aKnownFirstNameThenACityIsAPerson() {
        let r = Recognized("The sculptor Ilse Varna showed her work. Critics in Varna praised it.")
        #expect(r.mentions(.person) == ["Ilse Varna"])
        #expect(r.mentions(.place) == ["Varna"])
    }

    @Test func aCityAndAPluralNicknameIsATeam() {
        let r = Recognized("The Toledo Hornets beat the Ohio Mariners on Sunday.")
        #expect(r.mentions(.person).isEmpty)
        #expect(r.mentions(.organization) == ["Toledo Hornets", "Ohio Mariners"])
    }

    @Test func aWordTheTextWritesInLowerCaseIsNoNickname() {
        #expect(Recognized("Critics in Toledo Critics said so.").mentions(.organization) == ["Toledo Critics"])
        let r = Recognized("Critics in Toledo Critics said the critics left.")
        #expect(r.mentions(.organization).isEmpty)
        #expect(r.mentions(.place) == ["Toledo"])
    }

    @Test func aNameEndingInUsOrIsIsNoNickname() {
        // `Varkonius` and `Tellaris` end in `s` like `Hornets`, but as Latin-looking names do.
        #expect(Recognized("He read about Toledo Varkonius in the archive.").mentions(.organization).isEmpty)
        #expect(Recognized("He read about Toledo Tellaris in the archive.").mentions(.organization).isEmpty)
        #expect(
            Recognized("He read about Toledo Tellarets in the archive.").mentions(.organization) == ["Toledo Tellarets"]
        )
    }
}
