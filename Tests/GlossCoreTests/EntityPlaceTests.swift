import Testing

@testable import GlossCore

@Suite("Places")
struct EntityPlaceTests {
    @Test func countriesRegionsStatesAndCities() {
        let r = Recognized(
            "Trade between Peru and South America’s other economies grew, while exporters in Oaxaca and Guadalajara shipped goods to Canada."
        )
        #expect(Set(r.mentions(.place)) == ["Peru", "South America", "Oaxaca", "Guadalajara", "Canada"])
    }

    @Test func theTownOfAndCommaState() {
        let r = Recognized("Protesters gathered near the town of Zzyzxville, Nevada, and later in Lakemoor, Illinois.")
        #expect(r.mentions(.place) == ["Zzyzxville", "Nevada", "Lakemoor", "Illinois"])
    }

    @Test func borderPairsAreTwoPlaces() {
        let r = Recognized("Trucks queued at the US-Canada border for hours.")
        #expect(r.mentions(.place) == ["US", "Canada"])
    }

    @Test func nationalityWordsAreNotPlaces() {
        let r = Recognized(
            "Guatemalan farmers and Peruvian miners joined Nicaraguan students, while Swedish and Japanese envoys watched."
        )
        #expect(r.entities(.place).isEmpty)
        #expect(r.entities(.person).isEmpty)
    }

    @Test func placesInsideQuotes() {
        let r = Recognized("“We will never go back to Venezuela,” one woman said.")
        #expect(r.mentions(.place) == ["Venezuela"])
    }

    @Test func multiWordPlacesWithConnectors() {
        let r = Recognized("Storms hit North and Central America, then moved on toward the Gulf of Mexico.")
        #expect(r.mentions(.place).contains("Central America"))
        #expect(r.mentions(.place).contains("Gulf of Mexico"))
        #expect(!r.mentions(.place).contains("North"))
    }

    @Test func namedFacilitiesArePlaces() {
        let r = Recognized(
            "The rocket was moved from Vandenberg Space Force Base to the Museum of Aviation in Warner Robins, Georgia."
        )
        let places = r.mentions(.place)
        #expect(places.contains("Vandenberg Space Force Base"))
        #expect(places.contains("Museum of Aviation"))
        #expect(places.contains("Georgia"))
    }

    @Test func geographicFeatures() {
        let r = Recognized("Divers surveyed the Tonga Trench, the Great Barrier Reef and the Amery Ice Shelf.")
        #expect(r.mentions(.place) == ["Tonga Trench", "Great Barrier Reef", "Amery Ice Shelf"])
        #expect(r.entities(.person).isEmpty)
    }

    @Test func placeHeadsBeforeAName() {
        let r = Recognized("Hikers left Lake Tahoma for Mount Ruvelo and then Cape Brindle.")
        #expect(r.mentions(.place) == ["Lake Tahoma", "Mount Ruvelo", "Cape Brindle"])
    }

    @Test func ambiguousNamesResolvedByContext() {
        let r = Recognized(
            "Jordan Ellis flew to Jordan last week. Georgia Mendez said talks with Turkey and Chad would resume in Nice."
        )
        #expect(r.mentions(.person) == ["Jordan Ellis", "Georgia Mendez"])
        #expect(r.mentions(.place) == ["Jordan", "Turkey", "Chad", "Nice"])
    }

    @Test func washingtonIsAPlaceUnlessItIsSomeonesName() {
        let r = Recognized(
            "Lawmakers in Washington debated the bill. Denzel Washington said he liked it, and Washington later wrote a letter."
        )
        #expect(r.mentions(.place) == ["Washington"])
        #expect(r.mentions(.person) == ["Denzel Washington", "Washington"])
    }

    @Test func firstNamesThatArePlaces() {
        let r = Recognized(
            "Florence Pugh met fans in Florence. Officials in Georgia and Virginia counted votes, and Virginia Woolf’s books sold out."
        )
        #expect(r.mentions(.person) == ["Florence Pugh", "Virginia Woolf"])
        #expect(r.mentions(.place) == ["Florence", "Georgia", "Virginia"])
    }

    @Test func victoriaThePersonAndThePlace() {
        let r = Recognized(
            "Victoria Lang moved from Melbourne to Victoria, British Columbia. Lang said she loved the harbour.")
        #expect(r.mentions(.person) == ["Victoria Lang", "Lang"])
        #expect(r.mentions(.place) == ["Melbourne", "Victoria", "British Columbia"])
    }

    @Test func placesThatStartLikeTitles() {
        let r = Recognized("Flights from St. Louis and Saint Paul to Mt. Pleasant were cancelled.")
        #expect(r.mentions(.place).prefix(2) == ["St. Louis", "Saint Paul"])
        #expect(r.entities(.person).isEmpty)
    }

    @Test func organizationsNamedAfterPlacesStayWhole() {
        let r = Recognized("She teaches at the University of Toronto and advises the United Nations.")
        #expect(r.mentions(.organization) == ["University of Toronto", "United Nations"])
        #expect(r.mentions(.place) == ["Toronto"])
        #expect(r.entities(.person).isEmpty)
    }

    @Test func twoOrganizationsJoinedByAnd() {
        let r = Recognized(
            "Scientists at the Marine Research Institute and Oregon State University of the US took part.")
        #expect(r.mentions(.organization) == ["Marine Research Institute", "Oregon State University of the US"])
        #expect(r.mentions(.place) == ["US"])
        #expect(Recognized("She studied at the University of Leeds of the UK.").mentions(.place) == ["Leeds", "UK"])
    }

    @Test func organizationsAreNeverPlaces() {
        let r = Recognized("The Ohio Department of Health and the Texas Rangers baseball club both issued statements.")
        #expect(!r.mentions(.place).contains("Ohio Department of Health"))
        #expect(r.mentions(.person).isEmpty)
    }

    @Test func acronymPlacesNeedCapitals() {
        let r = Recognized("The UK and the US signed it, but La Paz, Bolivia stayed out; let us see.")
        #expect(r.mentions(.place) == ["UK", "US", "La Paz", "Bolivia"])
    }
}
