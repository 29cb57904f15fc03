import Foundation
import GlossCore
import Testing

@testable import GlossUI

/// The library's full-text search (`f`, or Tab in the `/` title filter) and its facet panel (Tab): the
/// effects asked for, the results list, opening at the match, narrowing by facets, and the
/// screens.
@Suite struct LibrarySearchScreenTests {
    static func hit(
        _ id: String, _ title: String, _ range: TextRange, before: String, match: String, after: String,
        source: SearchHitSource = .text
    )
        -> SearchHit
    {
        SearchHit(
            articleID: id, title: title, source: source, range: range,
            context: SearchContext(before: before, match: match, after: after), score: 1)
    }

    /// The library with a search for `buses` answered: the fixture article, then a note.
    static func searched(size: Size = Size(width: 100, height: 12)) -> AppState {
        var state = Fixture.libraryState(size: size)
        _ = state.apply(.findInLibrary)
        _ = state.apply(.insert("buses"))
        #expect(state.apply(.activate) == [.searchLibrary(query: "buses", scope: nil)])
        let results = SearchResults(
            query: "buses",
            hits: [
                hit(
                    "sample/raid", "Migrants detained in Chiapas raid", Fixture.range("buses"),
                    before: "Officials in Chiapas counted 12 ", match: "buses",
                    after: "; López said the families would be released.")
            ],
            total: 1)
        let note = hit(
            "wikinews/lanterns", "Lanterns light up Taipei", TextRange(0, 8), before: "Check the ", match: "buses",
            after: " that came", source: .note)
        _ = state.apply(.librarySearched(query: "buses", results: results, notes: [note], failure: nil))
        return state
    }

    @Test func tabInTheFilterSearchesTheLibraryAndListsTheResults() {
        var state = Fixture.libraryState()
        _ = state.apply(.filter)
        _ = state.apply(.insert("Buses"))
        // As you type, the titles are filtered; Tab searches the text instead.
        #expect(state.library.visible.isEmpty)
        #expect(state.apply(.complete) == [.searchLibrary(query: "Buses", scope: nil)])
        #expect(state.prompt == nil)
        #expect(state.library.filter.isEmpty)
        #expect(state.library.results?.isSearching == true)
        let lines = ScreenRenderer.render(state, theme: Theme(depth: .monochrome)).buffer.textLines()
        #expect(lines.last?.contains("Searching the library for “Buses”…") == true)
        // An answer to another query is not this one's.
        _ = state.apply(
            .librarySearched(
                query: "other", results: SearchResults(query: "other", hits: [], total: 0), notes: [], failure: nil))
        #expect(state.library.results?.isSearching == true)

        state = Self.searched()
        #expect(state.library.results?.hits.map(\.articleID) == ["sample/raid", "wikinews/lanterns"])
        let frame = ScreenRenderer.render(state, theme: Theme(depth: .monochrome)).buffer.textLines()
        #expect(frame[0].contains("search “buses” · 1 of 1 article · 1 note or tag"))
        #expect(frame.last?.contains("1 article match “buses” · 1 note or tag") == true)
        #expect(frame.contains { $0.contains("counted 12 buses; López said") })
        #expect(frame.contains { $0.contains("note · Lanterns light up Taipei") })
        // j moves to the note, k back; Esc goes back to the list.
        _ = state.apply(.lineDown)
        #expect(state.library.results?.selected == 1)
        _ = state.apply(.lineUp)
        #expect(state.library.results?.selected == 0)
        // f edits the query; Esc there leaves the results as they were.
        _ = state.apply(.findInLibrary)
        #expect(state.prompt?.kind == .librarySearch && state.prompt?.text == "buses")
        _ = state.apply(.cancel)
        #expect(state.library.results?.hits.count == 2)
        _ = state.apply(.cancel)
        #expect(state.library.results == nil)
        #expect(state.keyContext == .library)
    }

    @Test func aResultOpensAtItsMatchWithTheSearchPrimed() {
        var state = Self.searched(size: Size(width: 80, height: 8))
        #expect(state.apply(.activate) == [.open(articleID: "sample/raid")])
        _ = state.apply(.opened(Fixture.document()))
        let r = try! #require(state.reader)
        #expect(r.search?.query == "buses")
        let match = try! #require(r.search?.current.map { r.search!.matches[$0] })
        #expect(match == Fixture.range("buses"))
        // The match is on screen.
        let line = r.layout.lineIndex(for: match.start)
        #expect(line >= r.topLine && line < r.topLine + state.geometry.viewHeight)
        #expect(r.topLine > 0)
        // q goes back to the results, as they were; q again to the list.
        _ = state.apply(.quit)
        #expect(state.screen == .library)
        #expect(state.library.results?.query == "buses")
        _ = state.apply(.quit)
        #expect(state.library.results == nil)
        #expect(state.screen == .library)
    }

    @Test func aMultiWordQueryPrimesTheWordsMatched() {
        let h = Self.hit("a", "A", TextRange(0, 5), before: "", match: "Buses", after: "")
        #expect(LibrarySearch.readerQuery("\"twelve buses\"", hit: h) == "twelve buses")
        #expect(LibrarySearch.readerQuery("bus*", hit: h) == "bus")
        #expect(LibrarySearch.readerQuery("buses chiapas", hit: h) == "buses")
        #expect(LibrarySearch.readerQuery("Buses Chiapas", hit: h) == "Buses")
    }

    /// People, places and speakers of the two fixture articles and a third, one person in two.
    static func table() -> FacetTable {
        var t = FacetTable()
        t.add(articleID: "sample/raid", kind: .person, name: "María López")
        t.add(articleID: "sample/raid", kind: .place, name: "Chiapas")
        t.add(articleID: "sample/raid", kind: .speaker, name: "María López")
        t.add(articleID: "wikinews/lanterns", kind: .place, name: "Taipei")
        t.add(articleID: "wikinews/lanterns", kind: .person, name: "María López")
        return t
    }

    @Test func facetsNarrowTheListAndCombine() {
        var state = Fixture.libraryState()
        state.library.modify("wikinews/lanterns") { $0.counts?.tags = ["check"] }
        #expect(state.apply(.togglePanel) == [.loadFacets])
        #expect(state.keyContext == .facets)
        _ = state.apply(.facetsLoaded(Self.table(), failure: nil))
        let shown = state.library.facets.shown
        #expect(shown.map(\.name) == ["María López", "Chiapas", "Taipei", "María López", "check"])
        #expect(shown.first?.count == 2)
        // Choosing María López keeps both; then Taipei leaves one.
        _ = state.apply(.activate)
        #expect(state.library.visible.count == 2)
        _ = state.apply(.lineDown)
        _ = state.apply(.lineDown)
        #expect(state.library.facets.selectedValue?.name == "Taipei")
        _ = state.apply(.activate)
        #expect(state.library.visible.map(\.id) == ["wikinews/lanterns"])
        #expect(state.message?.text == "1 article with person María López + place Taipei")
        let header = ScreenRenderer.render(state, theme: Theme(depth: .monochrome)).buffer.textLines()[0]
        #expect(header.contains("1 of 2 articles"))
        #expect(header.contains("with person María López + place Taipei"))
        // Counted among what is shown now.
        #expect(state.library.facets.shown.map(\.name) == ["María López", "Taipei", "check"])
        // Backspace lets the last go, c all of them; Tab closes the panel.
        _ = state.apply(.dropFacet)
        #expect(state.library.visible.count == 2)
        _ = state.apply(.clearFacets)
        #expect(state.library.facets.chosen.isEmpty)
        #expect(state.library.facets.scope == nil)
        _ = state.apply(.togglePanel)
        #expect(state.keyContext == .library)
        // Opened again, the facets are there already.
        #expect(state.apply(.togglePanel) == [])
    }

    @Test func aTagFacetAndSearchesAmongTheChosen() {
        var state = Fixture.libraryState()
        state.library.modify("wikinews/lanterns") { $0.counts?.tags = ["check"] }
        _ = state.apply(.togglePanel)
        _ = state.apply(.facetsLoaded(Self.table(), failure: nil))
        _ = state.apply(.bottom)
        #expect(state.library.facets.selectedValue?.kind == .tag)
        _ = state.apply(.activate)
        #expect(state.library.visible.map(\.id) == ["wikinews/lanterns"])
        _ = state.apply(.togglePanel)
        _ = state.apply(.findInLibrary)
        _ = state.apply(.insert("lantern"))
        #expect(state.apply(.activate) == [.searchLibrary(query: "lantern", scope: ["wikinews/lanterns"])])
        // A facet changed while results are up asks again among the articles left.
        _ = state.apply(.togglePanel)
        #expect(state.apply(.clearFacets) == [.searchLibrary(query: "lantern", scope: nil)])
    }

    @Test func withoutAnIndexThePanelSaysSoAndListsTags() {
        var state = Fixture.libraryState()
        state.library.modify("sample/raid") { $0.counts?.tags = ["witness"] }
        _ = state.apply(.togglePanel)
        _ = state.apply(
            .facetsLoaded(nil, failure: "People, places and speakers need the library index, which is off (--no-index)")
        )
        #expect(state.library.facets.shown.map(\.name) == ["witness"])
        #expect(state.message?.isError == true)
        let lines = ScreenRenderer.render(state, theme: Theme(depth: .monochrome)).buffer.textLines()
        #expect(lines.contains { $0.contains("People, places and") })
        #expect(lines.contains { $0.contains("#witness") })
        _ = state.apply(.activate)
        #expect(state.library.visible.map(\.id) == ["sample/raid"])
    }

    @Test func theFacetPanelFollowsTheMouse() {
        var state = Fixture.libraryState()
        _ = state.apply(.togglePanel)
        _ = state.apply(.facetsLoaded(Self.table(), failure: nil))
        let panel = try! #require(state.facetPanelArea)
        // Row 2 is the People heading, row 3 its one value, row 4 the Places heading.
        _ = state.apply(.pointer(.press, x: panel.x + 3, y: 5))
        #expect(state.library.facets.selectedValue?.name == "Chiapas")
        _ = state.apply(.pointer(.press, x: panel.x + 3, y: 5))
        #expect(state.library.visible.map(\.id) == ["sample/raid"])
    }

    func render(_ state: AppState) -> String {
        ScreenRenderer.render(state, theme: Theme(depth: .color256)).buffer.snapshot()
    }

    @Test func searchResultsScreen() {
        assertSnapshot(render(Self.searched()), named: "library-search-results")
    }

    @Test func facetPanelScreen() {
        var state = Fixture.libraryState(size: Size(width: 100, height: 14))
        state.library.modify("wikinews/lanterns") { $0.counts?.tags = ["check"] }
        _ = state.apply(.togglePanel)
        _ = state.apply(.facetsLoaded(Self.table(), failure: nil))
        _ = state.apply(.activate)
        assertSnapshot(render(state), named: "library-facets")
    }
}
