import Testing

@testable import GlossCore

/// Search folding and queries, names linked across articles, figure contexts and comparisons,
/// facets: the pieces of the library-wide views that need no index. Sentences are our own.
@Suite struct LibraryCatalogCoreTests {
    static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    @Test func accentsAndApostrophesFoldAndSmartCaseHolds() throws {
        let text = Self.scalars("Mayor Núñez met Ödön’s sister in Córdoba.")
        #expect(try #require(SearchQuery("nunez")).matches(in: text) == [TextRange(6, 11)])
        #expect(try #require(SearchQuery("odon's")).matchesAll(in: text))
        #expect(try #require(SearchQuery("cordoba")).matchesAll(in: text))
        // A capital makes the search case-sensitive; accents still fold.
        #expect(try #require(SearchQuery("Nunez")).matchesAll(in: text))
        #expect(!(try #require(SearchQuery("MAYOR")).matchesAll(in: text)))
        #expect(try #require(SearchQuery("mayor")).matchesAll(in: text))
    }

    @Test func phrasesPrefixesAndEveryTermRequired() throws {
        let text = Self.scalars("The river board changed its plan; the board's chair resigned.")
        #expect(try #require(SearchQuery("\"river board\"")).matches(in: text) == [TextRange(4, 15)])
        #expect(!(try #require(SearchQuery("\"board river\"")).matchesAll(in: text)))
        #expect(try #require(SearchQuery("chang*")).matches(in: text) == [TextRange(16, 23)])
        #expect(!(try #require(SearchQuery("chang")).matchesAll(in: text)))
        #expect(try #require(SearchQuery("board chair")).matchesAll(in: text))
        #expect(!(try #require(SearchQuery("board mayor")).matchesAll(in: text)))
        #expect(SearchQuery("  \" \" ") == nil)
        #expect(try #require(SearchQuery("board's \"river bo\"*")).fullTextExpression == "\"board s\" \"river bo\" *")
    }

    @Test func aContextIsTheMatchInItsLineCutAtSpaces() {
        let line =
            "First line.\nSome words before the word target and some words after it, quite a lot of them indeed.\nNext."
        let s = Self.scalars(line)
        let start = line.distance(from: line.startIndex, to: line.range(of: "target")!.lowerBound)
        let c = SearchContext(s, around: TextRange(start, start + 6), lead: 12, tail: 20)
        #expect(c.match == "target")
        #expect(c.before == "…the word ")
        #expect(c.after.hasSuffix("…") && !c.after.contains("\n"))
    }

    @Test func namesKeyWithoutCaseAccentsDotsAndCountrySpellings() {
        #expect(LibraryNames.key("José  Ávila-Ruiz") == "jose avila ruiz")
        #expect(LibraryNames.key("U.S.", kind: .place) == LibraryNames.key("USA", kind: .place))
        #expect(LibraryNames.key("US", kind: .place) == LibraryNames.key("USA", kind: .place))
        // A person's initials are not a country.
        #expect(LibraryNames.key("US", kind: .person) == "us")
        #expect(LibraryNames.links("Ruiz", kind: .person) == false)
        #expect(LibraryNames.links("Ana Ruiz", kind: .person) && LibraryNames.links("APR", kind: .person))
    }

    static func person(_ article: String, _ n: Int, _ name: String, _ aliases: [String] = [], mentions: Int = 1)
        -> LibraryNames.Occurrence
    {
        LibraryNames.Occurrence(
            articleID: article, entity: n, kind: .person, name: name, aliases: aliases, mentions: mentions)
    }

    @Test func fullNamesAcronymsAndShorterNamesLinkButBareSurnamesDoNot() {
        let groups = LibraryNames.group([
            Self.person("a", 0, "Ana Ruiz Prado", ["Ruiz Prado", "APR", "Ruiz"], mentions: 4),
            Self.person("b", 0, "Ruiz Prado", mentions: 2),
            Self.person("c", 0, "APR"),
            Self.person("d", 0, "Ana Ruiz"),
            // Another Ruiz: a bare surname links nothing.
            Self.person("e", 0, "Ruiz"),
            Self.person("f", 0, "Tomas Ruiz", ["Ruiz"]),
        ])
        let ana = groups.first { $0.name == "Ana Ruiz Prado" }!
        #expect(ana.articleIDs == ["a", "b", "c", "d"])
        #expect(ana.mentions == 8)
        #expect(Set(ana.aliases) == ["Ruiz Prado", "APR", "Ruiz", "Ana Ruiz"])
        #expect(groups.count == 3)
        #expect(groups.contains { $0.name == "Tomas Ruiz" && $0.articleIDs == ["f"] })
        #expect(LibraryNames.resolve("apr", in: groups).map(\.name) == ["Ana Ruiz Prado"])
        #expect(LibraryNames.resolve("prado", in: groups).map(\.name) == ["Ana Ruiz Prado"])
        #expect(LibraryNames.resolve("nobody", in: groups).isEmpty)
    }

    @Test func aShorterNameInsideTwoPeoplesNamesStaysApart() {
        let groups = LibraryNames.group([
            Self.person("a", 0, "Ana Ruiz Prado"), Self.person("b", 0, "Ana Ruiz Soler"),
            Self.person("c", 0, "Ana Ruiz"),
        ])
        #expect(groups.count == 3)
    }

    @Test func placesLinkThroughCountrySpellings() {
        let groups = LibraryNames.group([
            LibraryNames.Occurrence(articleID: "a", entity: 0, kind: .place, name: "USA", aliases: [], mentions: 2),
            LibraryNames.Occurrence(articleID: "b", entity: 3, kind: .place, name: "U.S.", aliases: [], mentions: 1),
            // A person and a place never merge.
            Self.person("c", 0, "USA"),
        ])
        #expect(groups.count == 2)
        #expect(groups.first { $0.kind == .place }?.articleIDs == ["a", "b"])
    }

    @Test func aFigureKnowsItsSentenceAndWhatItCounts() {
        let text = "The port is busy. Dr. J. Okafor said about 2,500 trucks cross each week, a record. Next sentence."
        let s = Self.scalars(text)
        let start = text.distance(from: text.startIndex, to: text.range(of: "about 2,500")!.lowerBound)
        let c = FigureContext(s, figure: TextRange(start, start + 11))
        #expect(c.sentence == "Dr. J. Okafor said about 2,500 trucks cross each week, a record.")
        #expect(c.subjects == ["truck", "cross", "week"])
        let bare = "A total of 40. Then more."
        let b = FigureContext(Self.scalars(bare), figure: TextRange(11, 13))
        #expect(b.subjects == ["total"])
    }

    static func figure(_ article: String, _ value: Double, _ unit: String?, _ subjects: [String]) -> FigureRecord {
        FigureRecord(
            articleID: article, title: article, date: nil, number: 0, range: TextRange(0, 1), text: "\(value)",
            value: value, unit: unit,
            qualifier: nil, sentence: "", subjects: subjects)
    }

    @Test func figuresOfOneUnitAndSubjectInTwoArticlesAreCompared() {
        let groups = FigureComparison.groups([
            Self.figure("a", 300, "people", ["evacuated", "village"]),
            Self.figure("b", 450, "people", ["evacuated"]),
            Self.figure("a", 12, "percent", ["evacuated"]),
            Self.figure("c", 9, nil, ["evacuated"]),
            Self.figure("c", 2, "people", ["injured"]),
        ])
        #expect(groups.count == 1)
        #expect(groups[0].unit == "people" && groups[0].subject == "evacuated")
        #expect(groups[0].figures.map(\.value) == [300, 450])
        #expect(groups[0].heading == "people · evacuated")
    }

    @Test func facetsCountTheArticlesShownAndNarrowByEveryValue() {
        var table = FacetTable()
        table.add(articleID: "a", kind: .person, name: "Ana Ruiz Prado")
        table.add(articleID: "a", kind: .person, name: "Ana Ruiz Prado")
        table.add(articleID: "b", kind: .person, name: "Ana Ruiz Prado")
        table.add(articleID: "b", kind: .place, name: "Lisbon")
        table.add(articleID: "c", kind: .tag, name: "claim")
        #expect(
            table.counts(among: ["a", "b"]) == [
                FacetValue(kind: .person, name: "Ana Ruiz Prado", count: 2),
                FacetValue(kind: .place, name: "Lisbon", count: 1),
            ])
        #expect(table.article("b", matches: LibraryFilter(people: ["Ana Ruiz Prado"], places: ["Lisbon"])))
        #expect(!table.article("a", matches: LibraryFilter(people: ["Ana Ruiz Prado"], places: ["Lisbon"])))
        table.removeAll(.tag)
        #expect(table.counts(among: ["c"]).isEmpty)
    }
}
