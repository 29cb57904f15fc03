import Foundation
import GlossCore
import Testing

@testable import GlossIndex

/// The library-wide views over a small library of our own: one governor named three ways in
/// three articles, quoted in each; two articles that disagree on a figure; a union leader.
@Suite struct LibraryCatalogTests {
    static func catalog() async throws -> (IndexFixture, LibraryCatalog) {
        let f = try IndexFixture()
        try f.write(
            "ferry.txt",
            """
            Ferry fares rise again

            Governor Beatriz Solís Montaño (BSM) announced on Monday that ferry fares across Valdoria would rise by 12 percent. “Nobody likes a higher fare, but the boats are old,” Solís Montaño said at the harbour in Port Carrow.

            The transport board said 4,200 commuters use the crossing each day.
            """)
        try f.write(
            "strike.txt",
            """
            Dock workers strike over fares

            Dock workers walked out in Port Carrow on Tuesday. BSM defended the plan again. “We will not sink the budget to keep fares low,” said Governor Solís Montaño.

            Union leader Oskar Lindqvist said about 3,900 commuters use the crossing each day, fewer than officials claim. “The numbers are padded,” Lindqvist said.
            """)
        try f.write(
            "budget.txt",
            """
            Valdoria budget passes

            Lawmakers in Valdoria passed the budget on Friday. Beatriz Solís said the vote showed “a province that pays its way.”

            Officials said the ferry service lost $2 million last year.
            """)
        let index = try f.open()
        let update = try await f.update(index)
        var articles: [CatalogArticle] = []
        for item in update.items {
            if case .article(let s, let row?, _, _) = item {
                articles.append(CatalogArticle(rowID: row, id: s.id, title: s.title, date: nil))
            }
        }
        #expect(articles.count == 3)
        return (f, LibraryCatalog(index: index, articles: articles))
    }

    @Test func oneGovernorNamedThreeWaysIsOnePersonWithAllHerQuotes() async throws {
        let (_, catalog) = try await Self.catalog()
        let people = try catalog.listing(.person)
        let governor = try #require(people.first)
        #expect(governor.name == "Beatriz Solís Montaño")
        #expect(governor.articleIDs == ["budget", "ferry", "strike"])
        #expect(governor.quotes == 3)
        #expect(Set(governor.aliases).isSuperset(of: ["BSM", "Solís Montaño", "Beatriz Solís"]))
        for name in ["bsm", "Beatriz Solis", "solís montaño", "SOLIS"] {
            let quotes = try catalog.quotes(speaker: name)
            #expect(quotes.map(\.articleID) == ["budget", "ferry", "strike"], "\(name)")
            #expect(quotes.allSatisfy { $0.speaker == "Beatriz Solís Montaño" })
        }
        let lindqvist = try catalog.quotes(speaker: "Oskar Lindqvist")
        #expect(lindqvist.map(\.text) == ["“The numbers are padded,”"])
        #expect(try catalog.quotes(speaker: "nobody at all").isEmpty)
        #expect(try catalog.quotes(articleID: "strike").count == 2)
    }

    @Test func searchFindsTextWithFoldingAndRanksTitlesFirst() async throws {
        let (_, catalog) = try await Self.catalog()
        let fares = try catalog.search(try #require(SearchQuery("fares")))
        #expect(fares.total == 2)
        // Both titles say fares; each hit points at its first match in the text.
        #expect(Set(fares.hits.map(\.articleID)) == ["ferry", "strike"])
        let solis = try catalog.search(try #require(SearchQuery("solis")))
        #expect(solis.total == 3)
        let hit = try #require(solis.hits.first { $0.articleID == "budget" })
        #expect(hit.context.match == "Solís" && hit.source == .text)
        // Smart case: a capital letter makes the text decide.
        #expect(try catalog.search(try #require(SearchQuery("VALDORIA"))).hits.isEmpty)
        #expect(try catalog.search(try #require(SearchQuery("\"pays its way\""))).hits.map(\.articleID) == ["budget"])
        #expect(try catalog.search(try #require(SearchQuery("padd*"))).hits.map(\.articleID) == ["strike"])
        // Paging and the scope.
        #expect(try catalog.search(try #require(SearchQuery("solis")), limit: 1, offset: 1).hits.count == 1)
        #expect(
            try catalog.search(try #require(SearchQuery("solis")), among: ["ferry"]).hits.map(\.articleID) == ["ferry"])
    }

    @Test func figuresAboutTheSameThingInTwoArticlesLineUp() async throws {
        let (_, catalog) = try await Self.catalog()
        let all = try catalog.figures()
        #expect(all.contains { $0.articleID == "budget" && $0.unit == "USD" && $0.value == 2_000_000 })
        let groups = FigureComparison.groups(all)
        let commuters = try #require(groups.first { $0.unit == "commuters" })
        #expect(commuters.figures.map(\.value) == [3900, 4200])
        #expect(commuters.figures.map(\.articleID) == ["strike", "ferry"])
        #expect(commuters.figures[1].sentence == "The transport board said 4,200 commuters use the crossing each day.")
        #expect(try catalog.figures(unit: "PERCENT").map(\.articleID) == ["ferry"])
    }

    @Test func facetsAndFiltersUseLibraryWideNames() async throws {
        let (_, catalog) = try await Self.catalog()
        let table = try catalog.facetTable()
        let counts = table.counts(among: ["budget", "ferry", "strike"])
        #expect(counts.contains(FacetValue(kind: .person, name: "Beatriz Solís Montaño", count: 3)))
        #expect(counts.contains(FacetValue(kind: .speaker, name: "Oskar Lindqvist", count: 1)))
        #expect(counts.contains(FacetValue(kind: .place, name: "Port Carrow", count: 2)))
        #expect(try catalog.articleIDs(people: ["BSM"], places: ["port carrow"], speakers: []) == ["ferry", "strike"])
        #expect(try catalog.articleIDs(people: [], places: [], speakers: ["lindqvist"]) == ["strike"])
        #expect(try catalog.articleIDs(people: [], places: [], speakers: []) == nil)
    }

    @Test func rowsOutsideTheLibraryAreNotShown() async throws {
        let (f, catalog) = try await Self.catalog()
        let narrowed = LibraryCatalog(
            index: catalog.index, articles: catalog.articles.values.filter { $0.id == "budget" })
        #expect(try narrowed.listing(.person).map(\.articleIDs) == [["budget"]])
        #expect(try narrowed.search(try #require(SearchQuery("fares"))).total == 0)
        #expect(try narrowed.quotes().map(\.articleID) == ["budget"])
        _ = f
    }

    /// A speaker the analysis only describes is found by that phrase in every article; a name
    /// of two words inside a longer one (with a hyphen) finds it; a word inside a word does not.
    @Test func describedSpeakersAndNamesInsideLongerOnesComeThroughTheirKeys() async throws {
        let f = try IndexFixture()
        try f.write(
            "dues.txt", "Harbour dues stay\n\n“The dues stay where they are,” a port spokeswoman said on Monday.\n")
        try f.write("pier.txt", "Pier to close\n\n“It reopens in May,” said a port spokeswoman.\n")
        try f.write("diary.txt", "A week on the ferry\n\n“We should have booked a cabin,” I said on the first night.\n")
        try f.write(
            "vote.txt",
            """
            Council vote

            Councillor Maren Ilse Dahlgren-Voss said the vote was close. “We listened to everyone,” Dahlgren-Voss said. \
            O'Rourke Benning, a farmer, disagreed: “Nobody listened,” O'Rourke Benning said.
            """)
        let index = try f.open()
        let update = try await f.update(index)
        var articles: [CatalogArticle] = []
        for item in update.items {
            if case .article(let s, let row?, _, _) = item {
                articles.append(CatalogArticle(rowID: row, id: s.id, title: s.title, date: nil))
            }
        }
        let catalog = LibraryCatalog(index: index, articles: articles)
        let described = try catalog.quotes(speaker: "A Port Spokeswoman")
        #expect(described.map(\.articleID) == ["dues", "pier"])
        #expect(described.map(\.text) == ["“The dues stay where they are,”", "“It reopens in May,”"])
        #expect(try catalog.quotes(speaker: "port spokeswoman").isEmpty)
        #expect(try catalog.quotes(speaker: "ilse dahlgren-voss").map(\.speaker) == ["Maren Ilse Dahlgren-Voss"])
        // The word index splits at the apostrophe; the words decide, so half a word is no name.
        #expect(try catalog.quotes(speaker: "rourke benning").isEmpty)
        #expect(try catalog.quotes(speaker: "o'rourke benning").map(\.text) == ["“Nobody listened,”"])
        // A first-person speaker is somebody else in every article: no speaker of the library.
        let diary = try catalog.quotes(articleID: "diary")
        #expect(diary.count == 1 && diary[0].speaker == nil, "\(diary)")
        #expect(try catalog.quotes(speaker: "I").isEmpty)
        // A typed name with a quotation mark in it is still a name to look for.
        #expect(try catalog.resolve("\"benning", kind: .person).isEmpty)
        // Quotes by an entity of another person in the same article are not the speaker's.
        #expect(try catalog.quotes(speaker: "dahlgren-voss").allSatisfy { $0.speaker == "Maren Ilse Dahlgren-Voss" })
    }
}
