import Testing

@testable import GlossCore

/// Titles that name an office (`Secretary of State`) and surnames written in capitals.
@Suite("Office titles and surnames in capitals")
struct EntityTitleTests {
    @Test func theOfficeAfterOfBelongsToTheTitle() {
        let r = Recognized("He met Secretary of State Condra Vellman on Monday.")
        #expect(r.mentions(.person) == ["Condra Vellman"])
        #expect(r.entity(.person, "Condra Vellman")?.titles == ["Secretary of State"])
    }

    @Test func anOfficeOfSeveralWordsJoinedByAnd() {
        let r = Recognized("Minister of Science and Technology Olu Adebayo opened the lab.")
        #expect(r.mentions(.person) == ["Olu Adebayo"])
    }

    @Test func aPlaceAfterOfIsNoOfficeAndNoName() {
        #expect(Recognized("She became President of the United States in the story.").mentions(.person).isEmpty)
        let r = Recognized("Governor of Ohio Dana Price signed it.")
        #expect(r.mentions(.person) == ["Dana Price"])
        #expect(r.mentions(.place) == ["Ohio"])
    }

    @Test func aSurnameInCapitalsAfterATitle() {
        let r = Recognized("President Ana KORVALA came to power in 2001. KORVALA stepped down later.")
        #expect(r.mentions(.person) == ["Ana KORVALA", "KORVALA"], "\(r.mentions(.person))")
        #expect(r.entities(.person).count == 1)
    }

    @Test func aSurnameInCapitalsAfterAKnownFirstName() {
        #expect(Recognized("The talks were led by Laura KORVALA last week.").mentions(.person) == ["Laura KORVALA"])
    }

    @Test func shortCapitalsStayAcronyms() {
        let r = Recognized("The NASA and UNICEF teams met Director WHO officials.")
        #expect(r.mentions(.person).isEmpty)
    }
}
