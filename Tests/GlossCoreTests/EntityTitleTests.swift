import Testing

@testable import GlossCore

/// Titles that name an office (`Minister of Culture`) and surnames written in capitals.
@Suite("Office titles and surnames in capitals")
struct EntityTitleTests {
    @Test func theOfficeAfterOfBelongsToTheTitle() {
        let r = Recognized("He met Minister of Culture Condra Vellman on Monday.")
        #expect(r.mentions(.person) == ["Condra Vellman"])
        #expect(r.entity(.person, "Condra Vellman")?.titles == ["Minister of Culture"])
    }

    @Test func anOfficeOfSeveralWordsJoinedByAnd() {
        let r = Recognized("Minister of Science and Technology Olu Adebayo opened the lab.")
        #expect(r.mentions(.person) == ["Olu Adebayo"])
    }

    @Test func aPlaceAfterOfIsNoOfficeAndNoName() {
        #expect(Recognized("She became President of France in the story.").mentions(.person).isEmpty)
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

    @Test func anOfficeAndItsPlaceNameNoPerson() {
        let r = Recognized("The Mayor of Boston spoke at noon.")
        #expect(r.mentions(.person).isEmpty)
        #expect(r.mentions(.place) == ["Boston"])
    }

    @Test func aCityNameAfterATitleIsAPerson() {
        // A city named after a person (the gazetteer knows it): after a title it is the person.
        let r = Recognized("President Joao Pessoa spoke.")
        #expect(r.mentions(.person) == ["Joao Pessoa"])
        #expect(r.mentions(.place).isEmpty)
    }

    @Test func aCityOfSeveralWordsStaysACity() {
        // The tagger may not make a multi-word city a person, whatever the words around it.
        #expect(Recognized("Santa Clara is large.").mentions(.place) == ["Santa Clara"])
        #expect(Recognized("Santa Clara is large.").mentions(.person).isEmpty)
    }
}

/// A country or a state as the subject of a verb of saying is the place speaking for its government.
@Suite("Countries that speak")
struct EntityMetonymTests {
    @Test func aCountryThatIsAlsoAGivenNameSpeaksAsThePlace() {
        let r = Recognized(
            "Talks stalled on Monday. Israel says the crossing will stay shut, and Jordan said it agreed.")
        #expect(r.mentions(.person).isEmpty, "\(r.mentions(.person))")
        #expect(r.mentions(.place) == ["Israel", "Jordan"])
    }

    @Test func theSameWordAfterTheFullNameIsThePerson() {
        let r = Recognized("The striker Jordan Pike scored twice. Jordan said he was tired.")
        #expect(r.mentions(.person) == ["Jordan Pike", "Jordan"])
    }

    @Test func holidaysAreNoNames() {
        #expect(Recognized("The market opens on Passover Eve and again at Thanksgiving.").mentions(.person).isEmpty)
    }
}
