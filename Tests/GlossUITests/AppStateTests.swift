import Foundation
import GlossCore
import Testing

@testable import GlossUI

@Suite struct AppStateTests {
    /// A long article (many paragraphs) so scrolling has room.
    static func longDocument(paragraphs: Int = 60) -> ReaderDocument {
        var text = "A long article\n\n"
        for i in 0..<paragraphs {
            text +=
                "Paragraph \(i) says that “things happen \(i) times” in Paris, said Ana Ruiz, and more words follow here to fill the line.\n\n"
        }
        let doc = PlainTextFormat.parse(text)
        let article = Article(id: "long", title: doc.title, text: doc.text, blocks: doc.blocks)
        var quotes: [Quote] = []
        var paris: [TextRange] = []
        for i in 0..<paragraphs {
            quotes.append(
                Quote(
                    segments: [Fixture.range("“things happen \(i) times”", in: text)], kind: .speech,
                    speaker: Speaker(name: "Ana Ruiz", mention: Fixture.range("Ana Ruiz", i, in: text))))
            paris.append(Fixture.range("Paris", i, in: text))
        }
        return ReaderDocument(
            article: article,
            analysis: Analysis(
                quotes: quotes, entities: [Entity(id: 0, kind: .place, canonicalName: "Paris", mentions: paris)]))
    }

    static func reading(_ doc: ReaderDocument = longDocument(), size: Size = Size(width: 80, height: 20)) -> AppState {
        var state = AppState(size: size, library: LibraryState(entries: [LibraryEntry(doc.article)]))
        _ = state.apply(.opened(doc))
        return state
    }

    @Test func scrollingIsClampedToTheArticle() {
        var state = Self.reading()
        _ = state.apply(.lineUp)
        #expect(state.reader!.topLine == 0)
        _ = state.apply(.pageDown)
        #expect(state.reader!.topLine == 19)
        _ = state.apply(.halfPageUp)
        #expect(state.reader!.topLine == 10)
        _ = state.apply(.bottom)
        let last = state.reader!.topLine
        #expect(last == state.reader!.layout.count - 19)
        _ = state.apply(.lineDown)
        #expect(state.reader!.topLine == last)
        _ = state.apply(.scroll(-3))
        #expect(state.reader!.topLine == last - 3)
        _ = state.apply(.top)
        #expect(state.reader!.topLine == 0)
    }

    @Test func nextQuoteFocusesItAndSaysWhoSpoke() {
        var state = Self.reading()
        _ = state.apply(.next(.quote))
        #expect(state.reader!.focus?.range == state.reader!.document.targets[.quote]![0].range)
        #expect(state.reader!.focus?.detail == "Quote 1/60 · speaker: Ana Ruiz")
        for _ in 0..<20 { _ = state.apply(.next(.quote)) }
        let focus = state.reader!.focus!.range
        #expect(focus == state.reader!.document.targets[.quote]![20].range)
        // The focused quote is on screen.
        let line = state.reader!.layout.lineIndex(for: focus.start)
        #expect(line >= state.reader!.topLine && line < state.reader!.topLine + state.geometry.viewHeight)
        _ = state.apply(.previous(.quote))
        #expect(state.reader!.focus!.range == state.reader!.document.targets[.quote]![19].range)
        _ = state.apply(.previous(.place))
        #expect(state.reader!.focus!.kind == .place)
        #expect(state.reader!.focus!.range == state.reader!.document.targets[.place]![18].range)
    }

    @Test func jumpsWrapAndSaySo() {
        var state = Self.reading()
        _ = state.apply(.previous(.quote))
        #expect(state.reader!.focus!.detail.hasSuffix("(wrapped)"))
        #expect(state.reader!.focus!.range == state.reader!.document.targets[.quote]!.last!.range)
        _ = state.apply(.next(.person))
        #expect(state.message?.text == "No persons in this article")
    }

    @Test func searchIsIncrementalCountsAndCancels() {
        var state = Self.reading()
        _ = state.apply(.pageDown)
        let origin = state.reader!.topLine
        _ = state.apply(.search)
        #expect(state.keyContext == .prompt)
        _ = state.apply(.insert("paragraph 4"))
        // "Paragraph 4", "Paragraph 40"…"49": 11 matches, smart case ignores case.
        #expect(state.reader!.search!.matches.count == 11)
        _ = state.apply(.insert("2"))
        #expect(state.reader!.search!.countLabel == "1/1")
        _ = state.apply(.deleteBackward)
        _ = state.apply(.cancel)
        #expect(state.reader!.search == nil)
        #expect(state.reader!.topLine == origin)
        #expect(state.prompt == nil)
    }

    @Test func nAndNMoveThroughMatchesAndWrap() {
        var state = Self.reading()
        _ = state.apply(.search)
        _ = state.apply(.insert("Paris"))
        _ = state.apply(.activate)
        #expect(state.prompt == nil)
        #expect(state.reader!.search!.countLabel == "1/60")
        _ = state.apply(.nextMatch)
        #expect(state.reader!.search!.countLabel == "2/60")
        _ = state.apply(.previousMatch)
        _ = state.apply(.previousMatch)
        #expect(state.reader!.search!.countLabel == "60/60")
        #expect(state.message?.text == "Search wrapped")
        let current = state.reader!.search!.matches[59]
        let line = state.reader!.layout.lineIndex(for: current.start)
        #expect(line >= state.reader!.topLine && line < state.reader!.topLine + state.geometry.viewHeight)
        _ = state.apply(.cancel)
        #expect(state.reader!.search == nil)
    }

    @Test func upperCaseMakesSearchCaseSensitive() {
        var state = Self.reading()
        _ = state.apply(.search)
        _ = state.apply(.insert("PARIS"))
        #expect(state.reader!.search!.matches.isEmpty)
        #expect(state.reader!.search!.countLabel == "no match")
    }

    @Test func resizingRewrapsAndKeepsTheSameTextAtTheTop() {
        var state = Self.reading(size: Size(width: 100, height: 20))
        _ = state.apply(.pageDown)
        _ = state.apply(.pageDown)
        let offset = state.reader!.topOffset
        let before = state.reader!.layout.measure
        _ = state.apply(.resize(Size(width: 40, height: 12)))
        #expect(state.reader!.layout.measure < before)
        let top = state.reader!.layout.lines[state.reader!.topLine].range
        #expect(top.start <= offset && offset < max(top.end, top.start + 1))
        _ = state.apply(.resize(Size(width: 100, height: 20)))
        #expect(state.reader!.layout.lines[state.reader!.topLine].range.start <= offset)
        #expect(state.reader!.layout.lines[state.reader!.topLine].range.end > offset)
    }

    @Test func measureChangesWithinTheTerminal() {
        var state = Self.reading(size: Size(width: 120, height: 20))
        #expect(state.reader!.layout.measure == 80)
        _ = state.apply(.widen)
        #expect(state.reader!.layout.measure == 84)
        _ = state.apply(.narrow)
        _ = state.apply(.narrow)
        #expect(state.reader!.layout.measure == 76)
        for _ in 0..<40 { _ = state.apply(.widen) }
        #expect(state.reader!.layout.measure == 117)  // 120 minus ruler and margins
    }

    @Test func togglesHideAndShowKinds() {
        var state = Self.reading()
        _ = state.apply(.toggle(.place))
        #expect(state.hiddenKinds == [.place])
        _ = state.apply(.showAll)
        #expect(state.hiddenKinds.isEmpty)
        _ = state.apply(.showAll)
        #expect(state.hiddenKinds == Set(HighlightKind.allCases))
        _ = state.apply(.toggle(.quote))
        #expect(state.shownKinds == [.quote])
    }

    @Test func panelPreviewsAndEnterWalksMentions() {
        var state = Self.reading(Fixture.document(), size: Size(width: 100, height: 16))
        _ = state.apply(.togglePanel)
        #expect(state.keyContext == .panel)
        _ = state.apply(.nextTab)
        #expect(state.reader!.panel.tab == .places)
        // Places sorted by mention count: Chiapas (2) first.
        _ = state.apply(.lineDown)
        _ = state.apply(.lineUp)
        #expect(state.reader!.focus?.range == Fixture.range("Chiapas", 1))
        _ = state.apply(.activate)
        #expect(state.reader!.focus?.range == Fixture.range("Chiapas", 1))
        _ = state.apply(.activate)
        #expect(state.reader!.focus?.range == Fixture.range("Chiapas", 2))
        #expect(state.reader!.focus?.detail == "Chiapas · 2/2")
        _ = state.apply(.activate)
        #expect(state.reader!.focus?.range == Fixture.range("Chiapas", 1))
        _ = state.apply(.cancel)
        #expect(state.keyContext == .reader)
    }

    @Test func quotesTabGroupsBySpeaker() {
        let items = Fixture.document().panelItems[.quotes]!
        #expect(
            items.map(\.title) == [
                "a farmer from Honduras", "“They waited until we were resting,”", "María López",
                "“We are not animals,”",
            ])
        #expect(items.map(\.isHeading) == [true, false, true, false])
        let figures = Fixture.document().panelItems[.figures]!
        #expect(figures.first?.badge == "over 370 people")
        #expect(figures.first?.subtitle?.contains("arrested over 370 migrants in") == true)
    }

    @Test func libraryFiltersSortsAndOpens() {
        var state = Fixture.libraryState()
        #expect(state.library.visible.map(\.id) == ["wikinews/lanterns", "sample/raid"])
        _ = state.apply(.cycleSort)
        #expect(state.library.sort == .date)
        #expect(state.library.visible.first?.id == "wikinews/lanterns")
        _ = state.apply(.cycleSort)
        #expect(state.library.visible.map(\.id) == ["sample/raid", "wikinews/lanterns"])
        _ = state.apply(.filter)
        _ = state.apply(.insert("chiapas"))
        #expect(state.library.visible.map(\.id) == ["sample/raid"])
        #expect(state.apply(.activate) == [])
        #expect(state.prompt == nil)
        #expect(state.apply(.activate) == [.open(articleID: "sample/raid")])
        _ = state.apply(.cancel)
        #expect(state.library.filter.isEmpty)
    }

    @Test func quittingTheReaderRemembersThePosition() {
        var state = Self.reading()
        _ = state.apply(.pageDown)
        let offset = state.reader!.topOffset
        let progress = state.readingProgress(state.reader!)
        #expect(progress > 0 && progress < 100)
        #expect(state.apply(.quit) == [.saveReadingPosition(articleID: "long", offset: offset, progress: progress)])
        #expect(state.screen == .library)
        // The library shows how far the article was read, and when once the store says it saved.
        #expect(state.library.entry("long")?.progress == progress)
        let saved = Date(timeIntervalSince1970: 1_780_000_000)
        _ = state.apply(.positionSaved(articleID: "long", date: saved))
        #expect(state.library.entry("long")?.lastRead == saved)
        _ = state.apply(.opened(Self.longDocument()))
        #expect(state.reader!.topOffset == offset)
        _ = state.apply(.quit)
        #expect(state.apply(.quit) == [.quit])
    }

    @Test func anArticleOpenedDirectlyQuitsToTheShellAndGoesBackWithHOrEsc() {
        var state = Self.reading()
        state.openedDirectly = true
        _ = state.apply(.pageDown)
        let offset = state.reader!.topOffset
        let progress = state.readingProgress(state.reader!)
        #expect(
            state.apply(.quit) == [.saveReadingPosition(articleID: "long", offset: offset, progress: progress), .quit])

        state = Self.reading()
        state.openedDirectly = true
        _ = state.apply(.back)
        #expect(state.screen == .library)
        _ = state.apply(.opened(Self.longDocument()))
        // Opened again from the library: q goes back to it.
        _ = state.apply(.quit)
        #expect(state.screen == .library)

        state = Self.reading()
        state.openedDirectly = true
        _ = state.apply(.cancel)
        #expect(state.screen == .library)
    }

    @Test func clickingALibraryRowSelectsItAndADoubleClickOpensIt() {
        var state = Fixture.libraryState()
        let list = state.library.visible
        #expect(list.count >= 2)
        _ = state.apply(.pointer(.press, x: 5, y: 3))
        #expect(state.library.selectedID == list[1].id)
        #expect(state.apply(.pointer(.doubleClick, x: 5, y: 2)) == [.open(articleID: list[0].id)])
        // The header and the rows past the end do nothing.
        _ = state.apply(.pointer(.press, x: 5, y: 0))
        _ = state.apply(.pointer(.press, x: 5, y: 2 + list.count))
        #expect(state.library.selectedID == list[0].id)
    }

    @Test func helpListsEachKeyOnceAndTheMouse() {
        let lines = HelpContent.lines()
        let enter = lines.filter {
            $0.keys.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.contains("Enter")
        }
        #expect(enter.count == 1)
        let e = lines.filter { $0.keys == "E" }
        #expect(e.count == 1)
        #expect(lines.contains { $0.isHeading && $0.text == "Mouse" })
        #expect(lines.contains { $0.keys == "double-click" })
        #expect(lines.contains { $0.keys.contains("h") && $0.text == Action.back.help })
    }

    @Test func loadProblemsAreCountedAndWListsThemWithTheLastMessage() {
        var state = Fixture.libraryState(size: Size(width: 100, height: 12))
        state.notices = [
            "notes/scan.txt: binary content (NUL byte at offset 3), skipped",
            "GLOSS_COLORS=bogus is not 256, 8 or mono; ignored",
        ]
        for i in state.library.entries.indices { state.library.entries[i].counts = ArticleCounts() }
        var frame = ScreenRenderer.render(state, theme: Theme(depth: .monochrome)).buffer.textLines()
        #expect(frame.last?.contains("2 problems loading the library · W lists them") == true, "\(frame.last ?? "")")
        _ = state.apply(.filter)
        _ = state.apply(.insert("zzzz"))
        _ = state.apply(.activate)
        _ = state.apply(.activate)
        _ = state.apply(.messages)
        #expect(state.keyContext == .help)
        frame = ScreenRenderer.render(state, theme: Theme(depth: .monochrome)).buffer.textLines()
        #expect(frame[0].contains("Messages"))
        #expect(frame.contains { $0.contains("No article to open") })
        #expect(frame.contains { $0.contains("notes/scan.txt: binary content") })
        #expect(frame.contains { $0.contains("GLOSS_COLORS=bogus") })
        _ = state.apply(.messages)
        #expect(state.keyContext == .library)
    }

    @Test func aMessageTakesTheRoomBeforeTheLegend() {
        var state = Self.reading(size: Size(width: 100, height: 20))
        _ = state.apply(.failed("Not saved: /data/gloss/annotations/article/x.json: No space left on device"))
        let last = ScreenRenderer.render(state, theme: Theme(depth: .monochrome)).buffer.textLines().last ?? ""
        #expect(last.contains("No space left on device"), "\(last)")
        // Longer than the line: W shows it whole.
        let long =
            "Not saved: store/gloss/annotations/a-folder-with-a-long-name/a-long-article-name/x.json: No space left on device"
        _ = state.apply(.failed(long))
        _ = state.apply(.messages)
        let page = ScreenRenderer.render(state, theme: Theme(depth: .monochrome)).buffer.textLines().joined(
            separator: " ")
        #expect(page.contains("a-long-article-name/x.json") && page.contains("left on device"))
    }

    @Test func helpScrollsWithinItsLinesAndCloses() {
        var state = Self.reading(size: Size(width: 80, height: 12))
        _ = state.apply(.help)
        #expect(state.keyContext == .help)
        _ = state.apply(.bottom)
        let last = HelpContent.lines().count - 10
        #expect(state.help == last)
        _ = state.apply(.lineDown)
        #expect(state.help == last)
        _ = state.apply(.halfPageUp)
        #expect(state.help == last - 5)
        _ = state.apply(.top)
        #expect(state.help == 0)
        _ = state.apply(.quit)
        #expect(state.help == nil)
        #expect(state.reader != nil)
    }

    @Test func aTinyTerminalOnlyQuits() {
        var state = Self.reading()
        _ = state.apply(.resize(Size(width: 10, height: 3)))
        #expect(state.isTooSmall)
        _ = state.apply(.pageDown)
        #expect(state.reader!.topLine == 0)
        _ = state.apply(.resize(Size(width: 80, height: 20)))
        _ = state.apply(.pageDown)
        #expect(state.reader!.topLine > 0)
    }
}
