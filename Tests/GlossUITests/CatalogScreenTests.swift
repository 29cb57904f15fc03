import GlossCore
import Testing

@testable import GlossUI

/// The catalog screen: the quote book, the figure ledger, people and places, what they load,
/// how their keys move and open articles at quotes and figures, and how they look.
@Suite struct CatalogScreenTests {
    static let raid = "sample/raid"
    static let lanterns = "wikinews/lanterns"

    static func quotes() -> [QuoteRecord] {
        [
            QuoteRecord(
                articleID: raid, title: "Migrants detained in Chiapas raid", date: nil, number: 0, kind: .speech,
                speaker: nil,
                range: Fixture.range("“They waited until we were resting,”"),
                text: "“They waited until we were resting,”"),
            QuoteRecord(
                articleID: raid, title: "Migrants detained in Chiapas raid", date: nil, number: 1, kind: .speech,
                speaker: "María López",
                range: Fixture.range("“We are not animals,”"), text: "“We are not animals,”"),
            QuoteRecord(
                articleID: lanterns, title: "Lanterns light up Taipei", date: "2016-02-22", number: 0, kind: .speech,
                speaker: "María López", range: TextRange(0, 8), text: "“Lanterns\nfor all\u{1B}[31m”"),
        ]
    }

    static func figure(
        _ id: String, _ title: String, _ text: String, _ value: Double?, _ unit: String?, range: TextRange,
        subjects: [String]
    ) -> FigureRecord {
        FigureRecord(
            articleID: id, title: title, date: nil, number: 0, range: range, text: text, value: value, unit: unit,
            qualifier: nil,
            sentence: "The sentence around \(text).", subjects: subjects)
    }

    static func figures() -> [FigureRecord] {
        [
            figure(
                raid, "Migrants detained in Chiapas raid", "over 370 migrants", 370, "people",
                range: Fixture.range("over 370 migrants"), subjects: ["migrant"]),
            figure(
                raid, "Migrants detained in Chiapas raid", "12 buses", 12, "buses", range: Fixture.range("12 buses"),
                subjects: ["buse"]),
            figure(
                lanterns, "Lanterns light up Taipei", "400 migrants", 400, "people", range: TextRange(0, 5),
                subjects: ["migrant"]),
        ]
    }

    static func people() -> [EntityListing] {
        [
            EntityListing(
                kind: .person, name: "María López", aliases: ["López", "ML"], mentions: 5, articles: 2, quotes: 2,
                articleIDs: [raid, lanterns]),
            EntityListing(
                kind: .person, name: "Andrés Manuel López Obrador", aliases: [], mentions: 1, articles: 1,
                articleIDs: [raid]),
        ]
    }

    static func state(_ tab: CatalogTab = .quotes, size: Size = Size(width: 100, height: 12)) -> AppState {
        var state = Fixture.libraryState(size: size)
        let effects = state.apply(.catalogTab(tab))
        #expect(effects == [.loadCatalog(tab)])
        switch tab {
        case .quotes: _ = state.apply(.catalogLoaded(.quotes(quotes())))
        case .figures: _ = state.apply(.catalogLoaded(.figures(figures())))
        case .people: _ = state.apply(.catalogLoaded(.people(people())))
        case .places:
            _ = state.apply(
                .catalogLoaded(
                    .places([
                        EntityListing(
                            kind: .place, name: "Chiapas", aliases: ["Chiapas state"], mentions: 2, articles: 1,
                            articleIDs: [raid])
                    ])))
        }
        return state
    }

    func render(_ state: AppState) -> String {
        let buffer = ScreenRenderer.render(state, theme: Theme(depth: .color256)).buffer
        #expect(buffer.invariantViolation() == nil)
        return buffer.snapshot()
    }

    @Test func theQuoteBookGroupsSpeakersByQuotesAndLoadsOnce() {
        var state = Self.state()
        #expect(state.screen == .catalog)
        #expect(state.keyContext == .catalog)
        let c = state.catalog!
        #expect(c.speakers.map(\.name) == ["María López", nil])
        #expect(c.speakers[0].quotes.count == 2)
        #expect(c.speakers[0].articles == 2)
        // Back to the library and in again: the data is kept, nothing is read again.
        _ = state.apply(.quit)
        #expect(state.screen == .library)
        #expect(state.apply(.catalogTab(.quotes)) == [])
        // Another tab is read when first shown.
        #expect(state.apply(.catalogTab(.figures)) == [.loadCatalog(.figures)])
        #expect(state.apply(.nextTab) == [.loadCatalog(.people)])
        #expect(state.catalog!.tab == .people)
        _ = state.apply(.previousTab)
        #expect(state.catalog!.tab == .figures)
    }

    @Test func enterOnAQuoteOpensItsArticleAtTheQuoteAndQComesBack() {
        var state = Self.state(size: Size(width: 100, height: 16))
        // Enter on the speaker goes into the quotes; Enter there opens the article.
        #expect(state.apply(.activate) == [])
        #expect(state.catalog!.inDetail)
        let effects = state.apply(.activate)
        #expect(effects == [.open(articleID: Self.raid)])
        _ = state.apply(.opened(Fixture.document()))
        #expect(state.reader != nil)
        let quote = Fixture.range("“We are not animals,”")
        #expect(state.reader?.focus?.range == quote)
        #expect(state.reader?.focus?.kind == .quote)
        #expect(state.catalogJump == nil)
        // q: back to the quote book, where the quote was chosen.
        _ = state.apply(.quit)
        #expect(state.screen == .catalog)
        #expect(state.catalog!.inDetail)
        _ = state.apply(.back)
        #expect(!state.catalog!.inDetail)
        _ = state.apply(.back)
        #expect(state.screen == .library)
    }

    @Test func aLongArticleGetsItsFocusWhenTheAnalysisArrives() {
        var state = Self.state(size: Size(width: 100, height: 16))
        _ = state.apply(.enterList)
        _ = state.apply(.activate)
        _ = state.apply(.opened(ReaderDocument.textOnly(Fixture.article())))
        #expect(state.catalogJump != nil)
        _ = state.apply(.analysed(Fixture.document()))
        #expect(state.reader?.focus?.range == Fixture.range("“We are not animals,”"))
        #expect(state.catalogJump == nil)
    }

    @Test func tTagsTheQuoteThroughTheReadersTagPrompt() {
        var state = Self.state(size: Size(width: 100, height: 16))
        _ = state.apply(.enterList)
        #expect(state.apply(.tagQuote) == [.open(articleID: Self.raid)])
        _ = state.apply(.opened(Fixture.document()))
        _ = state.apply(.annotationsLoaded(ArticleAnnotations(articleID: Self.raid), warning: nil))
        #expect(state.prompt?.kind == .tags)
        #expect(state.draft?.attribution?.speaker == "María López")
        for ch in "witness" { _ = state.apply(.insert(String(ch))) }
        let effects = state.apply(.activate)
        guard case .persist(let change)? = effects.first, let saved = change.after else {
            Issue.record("no persist: \(effects)")
            return
        }
        #expect(saved.articleID == Self.raid)
        #expect(saved.tags == ["witness"])
        #expect(saved.kind == .quote)
        #expect(saved.quote.exact == "“We are not animals,”")
        // t on a figure or a name says where it works.
        _ = state.apply(.quit)
        _ = state.apply(.catalogTab(.figures))
        #expect(state.apply(.tagQuote) == [])
        #expect(state.message?.isError == true)
    }

    @Test func theFilterNarrowsTheTabItIsTypedIn() {
        var state = Self.state()
        _ = state.apply(.filter)
        for ch in "waited" { _ = state.apply(.insert(String(ch))) }
        #expect(state.catalog!.speakers.map(\.name) == [nil])
        _ = state.apply(.activate)
        #expect(state.catalog!.filter(.quotes) == "waited")
        _ = state.apply(.cancel)
        #expect(state.catalog!.filter(.quotes) == "")
        #expect(state.catalog!.speakers.count == 2)
        #expect(state.screen == .catalog)
        _ = state.apply(.cancel)
        #expect(state.screen == .library)
        #expect(state.library.filter == "")
    }

    @Test func theLedgerSortsBothWaysAndComparesFigures() {
        var state = Self.state(.figures)
        func values() -> [Double?] {
            let c = state.catalog!
            return c.ledger.compactMap {
                if case .figure(let n, _) = $0 { return c.figures![n].value } else { return nil }
            }
        }
        #expect(values() == [370, 12, 400])
        _ = state.apply(.cycleSort)
        #expect(state.catalog!.ledgerSort == .value)
        #expect(values() == [400, 370, 12])
        _ = state.apply(.reverseSort)
        #expect(values() == [12, 370, 400])
        _ = state.apply(.cycleSort)
        #expect(state.catalog!.ledgerSort == .unit)
        #expect(values() == [12, 370, 400])
        _ = state.apply(.compareFigures)
        let c = state.catalog!
        #expect(c.comparing)
        guard case .heading(_, let articles, let differ) = c.ledger.first else {
            Issue.record("no heading: \(c.ledger)")
            return
        }
        #expect(articles == 2)
        #expect(differ)
        #expect(values() == [370, 400])
        // The selection skips the heading; Enter opens the article at the figure.
        #expect(c.lists[.figures]?.selected == 1)
        _ = state.apply(.top)
        #expect(state.catalog!.lists[.figures]?.selected == 1)
        #expect(state.apply(.activate) == [.open(articleID: Self.raid)])
        _ = state.apply(.opened(Fixture.document()))
        #expect(state.reader?.focus?.range == Fixture.range("over 370 migrants"))
        #expect(state.reader?.focus?.kind == .figure)
    }

    @Test func aNameListsItsArticlesAndEnterOpensOne() {
        var state = Self.state(.people)
        #expect(state.catalog!.names[.people]?.count == 2)
        _ = state.apply(.activate)
        #expect(state.catalog!.inDetail)
        _ = state.apply(.lineDown)
        #expect(state.apply(.activate) == [.open(articleID: Self.lanterns)])
    }

    @Test func theMouseSwitchesTabsSelectsAndOpens() {
        var state = Self.state(size: Size(width: 100, height: 16))
        // The tab bar: " 1 Quotes 3 " then " 2 Figures ".
        let figuresX = CatalogView.tabLabels(state.catalog!).first { $0.tab == .figures }!.x + 2
        #expect(state.apply(.pointer(.press, x: figuresX, y: 0)) == [.loadCatalog(.figures)])
        _ = state.apply(.catalogTab(.quotes))
        // A press on the second speaker selects it, a second press goes into its quotes.
        _ = state.apply(.pointer(.press, x: 3, y: 3))
        #expect(state.catalog!.lists[.quotes]?.selected == 1)
        _ = state.apply(.pointer(.press, x: 3, y: 3))
        #expect(state.catalog!.inDetail)
        // A double click on a quote (right of the speakers) opens it.
        _ = state.apply(.catalogTab(.quotes))
        #expect(state.apply(.pointer(.doubleClick, x: 60, y: 2)) == [.open(articleID: Self.raid)])
    }

    @Test func failuresAndTheIndexChangingShowAndReload() {
        var state = Fixture.libraryState()
        _ = state.apply(.catalogTab(.quotes))
        _ = state.apply(.catalogFailed(.quotes, "no index here"))
        #expect(state.message?.text == "no index here")
        #expect(render(state).contains("no index here"))
        // Another try reads again.
        _ = state.apply(.quit)
        #expect(state.apply(.catalogTab(.quotes)) == [.loadCatalog(.quotes)])
        _ = state.apply(.catalogLoaded(.quotes(Self.quotes())))
        // Indexing done: the tab on screen is read again.
        let effects = state.apply(.indexed(entries: [], removed: [], notices: [], done: 1, total: 1))
        #expect(effects == [.loadCatalog(.quotes)])
        #expect(state.catalog!.quotes == nil)
    }

    @Test func keysAreBoundAndInTheHelp() {
        var keymap = Keymap()
        #expect(keymap.resolve(.character("Q"), in: .library) == .action(.catalogTab(.quotes)))
        #expect(keymap.resolve(.character("F"), in: .library) == .action(.catalogTab(.figures)))
        #expect(keymap.resolve(.character("3"), in: .catalog) == .action(.catalogTab(.people)))
        #expect(keymap.resolve(.character("c"), in: .catalog) == .action(.compareFigures))
        #expect(keymap.resolve(.character("t"), in: .catalog) == .action(.tagQuote))
        #expect(keymap.resolve(.character("h"), in: .catalog) == .action(.back))
        #expect(keymap.resolve(.character("G"), in: .catalog) == .action(.bottom))
        let help = HelpContent.lines().map { $0.keys + " " + $0.text }
        #expect(help.contains { $0.hasPrefix("Q, 1 The quote book") })
        #expect(help.contains { $0.hasPrefix("F, 2 The figure ledger") })
        #expect(help.contains { $0.hasPrefix("c Figures: compare") })
    }

    @Test func snapshots() {
        var quotes = Self.state()
        _ = quotes.apply(.enterList)
        _ = quotes.apply(.lineDown)
        assertSnapshot(render(quotes), named: "catalog-quotes")
        var narrow = Self.state(size: Size(width: 44, height: 8))
        assertSnapshot(render(narrow), named: "catalog-quotes-narrow")
        _ = narrow.apply(.enterList)
        assertSnapshot(render(narrow), named: "catalog-quotes-narrow-detail")
        var figures = Self.state(.figures)
        assertSnapshot(render(figures), named: "catalog-figures")
        _ = figures.apply(.compareFigures)
        assertSnapshot(render(figures), named: "catalog-figures-compare")
        var people = Self.state(.people)
        assertSnapshot(render(people), named: "catalog-people")
        _ = people.apply(.activate)
        assertSnapshot(render(people), named: "catalog-people-articles")
        assertSnapshot(render(Self.state(.places)), named: "catalog-places")
        // Below the minimum size: the notice, as elsewhere.
        var tiny = Self.state(.figures)
        _ = tiny.apply(.resize(Size(width: 18, height: 5)))
        #expect(render(tiny).contains("small"))
        _ = tiny.apply(.resize(Size(width: 20, height: 6)))
        assertSnapshot(render(tiny), named: "catalog-figures-smallest")
    }
}
