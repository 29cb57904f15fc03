import Testing

@testable import GlossCore

/// The kinds of error seen on news text none of the rules were written from, each on a
/// sentence written for the test.
@Suite("Error kinds on unseen text")
struct AnalysisErrorKindTests {
    /// The whole analysis, for speaker tests that need the entities found too.
    private func analysed(_ s: String) -> (Analysis, [Unicode.Scalar]) {
        let c = Array(s.unicodeScalars)
        return (Analyzer.analyze(scalars: c, blocks: []), c)
    }

    private func text(_ c: [Unicode.Scalar], _ r: TextRange) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: c[r.start..<r.end])
        return String(v)
    }

    @Test func countryInParenthesesIsAPlaceNotAnAlias() {
        let r = Recognized("Marta Solis (Chile) won the sprint, and Solis thanked her trainer.")
        #expect(r.entity(.person, "Marta Solis")?.aliases.contains("Chile") == false)
        #expect(r.mentions(.place).contains("Chile"))
    }

    @Test func aNameWithASubtitleAfterAColonIsAWork() {
        let r = Recognized("The finals were played in Orbitfall: Second Dawn, and the crowd in Tarvik cheered.")
        #expect(!r.mentions(.place).contains("Orbitfall"), "\(r.mentions(.place))")
        #expect(!r.mentions(.person).contains("Orbitfall"))
        // A list of named places after the colon keeps the place before it.
        let l = Recognized("There are three inns in Varnok: Harbour Hotel, Mill Hotel and Quay Hotel.")
        #expect(l.mentions(.place).contains("Varnok"), "\(l.mentions(.place))")
    }

    @Test func aProvinceNameAfterAFirstNameIsASurname() {
        // Ruse is a province's name; after a known first name it is a person's surname.
        let r = Recognized("The philosopher Daniel Ruse argues that it holds. Later, Ruse wrote a second book.")
        #expect(r.mentions(.person) == ["Daniel Ruse", "Ruse"], "\(r.mentions(.person))")
        #expect(r.mentions(.place).isEmpty, "\(r.mentions(.place))")
    }

    @Test func aFirstNameAloneThatIsAlsoAProvinceIsThePerson() {
        let r = Recognized("I paint with Victoria on many walls. I am Victoria Lund, she said.")
        #expect(r.entity(.person, "Victoria")?.canonicalName == "Victoria Lund")
        #expect(r.mentions(.place).isEmpty, "\(r.mentions(.place))")
    }

    @Test func aDirectionAfterTheAndEarthArePlaces() {
        let r = Recognized(
            "The war split the nation: rail lines ran through the North, ports lay in the South, and the West stayed out. The probe left Earth in May. The North Sea was calm, and north winds blew."
        )
        #expect(r.mentions(.place) == ["North", "South", "West", "Earth", "North Sea"], "\(r.mentions(.place))")
    }

    @Test func aCompassPointBeforeAnUnknownWordIsARegion() {
        let r = Recognized(
            "Troops entered North Varrakia, and aid reached South Tolmenistan. North Tom Reyes and East Timorese officials met."
        )
        #expect(r.mentions(.place) == ["North Varrakia", "South Tolmenistan"], "\(r.mentions(.place))")
    }

    @Test func aShipAfterItsPrefixIsNoPlace() {
        let r = Recognized("The navy sent the USS Halvard and the HMS Ohio to Norfolk. Ohio was warm.")
        #expect(r.mentions(.place) == ["Norfolk", "Ohio"], "\(r.mentions(.place))")
        #expect(r.mentions(.person).isEmpty, "\(r.mentions(.person))")
    }

    @Test func aStateNamedByItsKindIsAPlace() {
        let r = Recognized(
            "Three provinces had left the Union by spring, and our Republic endured. The Union of Poets met, and the union voted."
        )
        #expect(r.mentions(.place) == ["Union", "Republic"], "\(r.mentions(.place))")
    }

    @Test func theFirstAuthorBeforeEtAlIsAPerson() {
        let r = Recognized("As shown by Lindqvist et al. (2011), and later by Marrow et al., the effect is small.")
        #expect(r.mentions(.person) == ["Lindqvist", "Marrow"], "\(r.mentions(.person))")
    }

    @Test func authorsCitedWithAYearArePeople() {
        let r = Recognized(
            "The review (Hollin, Marsk, & Vetterlund, 2016) agrees with Quarles (1964) and Brandvik, (1983).")
        #expect(
            r.mentions(.person) == ["Hollin", "Marsk", "Vetterlund", "Quarles", "Brandvik"], "\(r.mentions(.person))")
        // A title with its year is no author, nor is a word the article writes in lower case.
        let t = Recognized("His first book, Early Recollections (1806), sold well; the study was short.")
        #expect(
            r.mentions(.person).contains("Quarles") && !t.mentions(.person).contains("Recollections"),
            "\(t.mentions(.person))")
    }

    @Test func aLabelBeforeItsNumberIsNoName() {
        let r = Recognized(
            "The map in Figure 2 shows Varnok, and Table 3 lists its farms.\n\nFigure 1. A map of the coast")
        #expect(
            !r.mentions(.place).contains("Figure") && !r.mentions(.person).contains("Figure"), "\(r.mentions(.place))")
        #expect(!r.mentions(.place).contains("Table"))
    }

    @Test func aWordWithAnEnglishEndingIsNoPlace() {
        let r = Recognized("Leaders spoke against Vexophobia after the attack.")
        #expect(!r.mentions(.place).contains("Vexophobia"))
    }

    @Test func datelineInCapitalsIsAPlace() {
        let r = Recognized("BORDEAUX — The council opened a new bridge on Tuesday.")
        #expect(r.mentions(.place) == ["BORDEAUX"])
        #expect(r.mentions(.organization).isEmpty)
        let w = Recognized("KUALA LUMPUR (Wire) - Officials closed two schools.")
        #expect(w.mentions(.place) == ["KUALA LUMPUR"])
        #expect(!w.mentions(.organization).contains("KUALA LUMPUR"))
    }

    @Test func unitedStatesSpellingsAreOnePlace() {
        let r = Recognized("The United States and Peru signed the pact. U.S. officials said the US would pay first.")
        let us = r.entity(.place, "United States")
        #expect(us != nil)
        #expect(us?.mentions.count == 3)
    }

    @Test func personOfThePartyIsNotSwallowed() {
        let r = Recognized("Yesterday Lena Brandt of the Green Party spoke against the plan.")
        #expect(r.mentions(.person) == ["Lena Brandt"])
        #expect(!r.mentions(.organization).contains { $0.contains("Lena") })
    }

    @Test func hyphenatedGivenNamesStayWhole() {
        let r = Recognized("Ji-woo Han met Jean-Marc Thibault at the station.")
        #expect(r.mentions(.person) == ["Ji-woo Han", "Jean-Marc Thibault"])
    }

    @Test func rangesAreOneFigure() {
        let r = Recognized("Rents rose 20 to 30 percent, and bread went up 60 to 70 cents.")
        #expect(r.figures == ["20 to 30 percent", "60 to 70 cents"])
    }

    @Test func placeBetweenNameAndVerbIsNotTheSpeaker() {
        let (a, c) = analysed("“We will rebuild the pier,” Tomas Herrera of Lisbon said.")
        #expect(a.quotes.first?.speaker.map { text(c, $0.mention) } == "Tomas Herrera")
        let (b, d) = analysed("“It was a mistake,” said Ines Moreno, 35, of Porto, Portugal.")
        #expect(b.quotes.first?.speaker.map { text(d, $0.mention) } == "Ines Moreno")
    }

    /// Words after the cue (`said in a statement`) are not the speaker; two apostrophes typed
    /// for a quotation mark keep it.
    @Test(
        "Speaker of the quote",
        arguments: [
            ("“The plant is safe,” the company said in a statement.", "“The plant", "the company"),
            ("''We are ready for the storm,'' the harbour master said.", "''We", "the harbour master"),
        ])
    func speakerOfTheQuote(_ sentence: String, _ opening: String, _ speaker: String) {
        let t = QuoteTestText(sentence)
        #expect(t.quotes.count == 1)
        #expect(t.mention(opening) == speaker)
    }
}

@Suite("Name tagger")
struct NameTaggerTests {
    @Test func aPlaceKeptOnceIsAPlaceAtEveryMention() {
        let r = Recognized(
            "Floods reached the village of Tarvik overnight. Tarvik has two schools, and Tarvik lost both.")
        #expect(r.mentions(.place) == ["Tarvik", "Tarvik", "Tarvik"])
        #expect(r.entities(.place).count == 1)
    }

    @Test func featuresAreTheSameForTheSameNameInTheSameContext() {
        let a = Analyzer.nameTaggerExamples(Array("Yesterday Corwin Lask said no.".unicodeScalars))
        let b = Analyzer.nameTaggerExamples(Array("Yesterday Dorian Vale said no.".unicodeScalars))
        #expect(a.count == 1 && b.count == 1)
        #expect(a.first?.rule == b.first?.rule)
        // Only the letters that end the names differ: shape, classes and context are shared.
        let shared = Set(a.first?.features ?? []).intersection(b.first?.features ?? [])
        #expect(shared.count >= (a.first?.features.count ?? 0) - 4)
        #expect(a.first?.features == a.first?.features.sorted())
    }

    @Test func protectedNamesKeepTheRulesVerdict() {
        // A titled name and a gazetteer country are the rules' to decide.
        let e = Analyzer.nameTaggerExamples(Array("Mayor Quilla Drent visited Norway.".unicodeScalars))
        #expect(e.count == 2)
        #expect(e.allSatisfy { $0.protected })
        #expect(e.map(\.rule).sorted() == ["person", "place"])
    }

    @Test func weightsDecodeFromLittleEndianBase64() {
        // 1, -2 as little-endian Int16: 01 00 FE FF.
        #expect(NameTagger.decode("AQD+/w==", count: 2) == [1, -2])
        #expect(NameTagger.decode("AQD+/w==", count: 3) == [])
        #expect(NameTagger.decode("", count: 2) == [])
        #expect(Analyzer.nameTaggerIsTrained)
    }

    @Test func stormNamesAreNoPeople() {
        let r = Recognized(
            "Hurricane Odalys weakened on Monday. Forecasters said Odalys would reach the coast, and Tropical Storm Brevin formed behind it."
        )
        #expect(r.mentions(.person).isEmpty)
        #expect(r.mentions(.place).isEmpty)
        // A storm word inside an organisation's name does not make the organisation a storm.
        let o = Recognized("The Coastal Hurricane Institute in Lisbon issued a warning.")
        #expect(o.mentions(.place).contains("Lisbon"))
    }

    @Test func contractionsAreNoNames() {
        let r = Recognized(
            "We met at noon. I've said it before, and Surely I'll pass. I’d rather wait, Don't you think?")
        #expect(r.mentions(.person).isEmpty)
    }

    @Test func worksAndVehiclesNamedByTheirKindAreNoPeople() {
        let r = Recognized(
            "She starred in the television series Harbor Lights and in the film Cold Orchard. Cold Orchard opened in May. The Brisk Falcon spacecraft landed, and the shuttle Meridan docked."
        )
        #expect(r.mentions(.person).isEmpty)
        #expect(r.mentions(.place).isEmpty)
        // A place after a kind noun stays a place.
        let p = Recognized("The documentary Peru follows three farmers.")
        #expect(p.mentions(.place) == ["Peru"])
    }

    @Test func brandShapedWordsAreNoPlaces() {
        let r = Recognized(
            "Users of ZapTube and Glorbology forums in Portugal complained. ZapTube said it would respond.")
        #expect(!r.mentions(.place).contains("ZapTube"))
        #expect(!r.mentions(.place).contains("Glorbology"))
        #expect(r.mentions(.place).contains("Portugal"))
    }

    @Test func bareSurnameListsAfterFullNames() {
        let r = Recognized(
            "Mara Quellen, Tobias Renwick and Anil Pethar stood in May. Quellen, Renwick and Pethar were elected on Sunday."
        )
        #expect(r.entities(.person).count == 3)
        #expect(r.mentions(.person).count == 6)
    }
}
