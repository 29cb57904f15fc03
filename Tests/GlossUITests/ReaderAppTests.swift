import GlossCore
import Testing

@testable import GlossUI

@Suite struct ReaderAppTests {
    func app(width: Int = 100, height: Int = 16) -> (ReaderApp, TestBackend) {
        let backend = TestBackend(width: width, height: height)
        let docs = [Fixture.document(), ReaderDocument(article: Fixture.otherArticle(), analysis: Analysis())]
        let library = LibraryState(entries: docs.map { LibraryEntry($0.article) })
        let app = ReaderApp(
            state: AppState(size: backend.size, library: library), backend: backend, executor: FixtureSource(docs),
            theme: Theme(depth: .color256), inline: true)
        return (app, backend)
    }

    func keys(_ app: ReaderApp, _ text: String) {
        for ch in text { app.handle(.key(ch == "\n" ? .enter : .character(ch))) }
    }

    @Test func keysDriveTheScreensAndOnlyChangedCellsAreSent() {
        let (app, backend) = app()
        let first = app.drawFrame()
        #expect(first.cellsSent == 100 * 16)
        #expect(backend.screen.textLines()[2].contains("Lanterns light up Taipei"))
        // Idle work fills in the counts.
        app.startCounting()
        #expect(app.state.library.entries.allSatisfy { $0.counts != nil })
        keys(app, "j\n")
        #expect(app.state.reader != nil)
        app.drawFrame()
        #expect(backend.screen.textLines()[0].contains("Migrants detained in Chiapas raid"))
        keys(app, "]q")
        let frame = app.drawFrame()
        // Focusing a quote changes a few cells, not the screen.
        #expect(frame.cellsSent > 0 && frame.cellsSent < 200)
        #expect(backend.screen.textLines()[15].contains("Quote 1/2 · speaker: a farmer from Honduras"))
        let unchanged = app.drawFrame()
        #expect(unchanged.cellsSent == 0)
    }

    @Test func pendingKeysShowAndUnboundKeysExplain() {
        let (app, backend) = app()
        keys(app, "j\n]")
        app.drawFrame()
        #expect(backend.screen.textLines()[15].hasPrefix(" READ  ]"))
        keys(app, "z")
        app.drawFrame()
        #expect(backend.screen.textLines()[15].contains("z is not bound here"))
    }

    @Test func thePromptShowsTheCursorAfterTheText() {
        let (app, backend) = app()
        keys(app, "j\n/López")
        app.drawFrame()
        #expect(backend.cursor?.y == 15)
        #expect(backend.cursor?.x == 6)
        #expect(backend.screen.textLines()[15].hasPrefix("/López"))
        app.handle(.key(.escape))
        app.drawFrame()
        #expect(backend.cursor == nil)
    }

    @Test func resizeRepaintsAtTheNewSize() {
        let (app, backend) = app()
        keys(app, "j\n")
        app.drawFrame()
        backend.resize(width: 50, height: 10)
        app.handle(backend.nextEvent(timeout: 0)!)
        let frame = app.drawFrame()
        #expect(frame.cellsSent == 500)
        #expect(backend.screen.textLines().allSatisfy { DisplayWidth.of($0) <= 50 })
        #expect(backend.screen.textLines()[0].contains("Migrants detained"))
    }

    @Test func savedPositionsAreRestoredAndSaveFailuresReported() {
        let backend = TestBackend(width: 60, height: 8)
        let doc = Fixture.document()
        let source = FixtureSource([doc])
        let offset = Fixture.range("“We are not animals").start
        // The executable loads the saved positions from the store into the state at start.
        var state = AppState(size: backend.size, library: LibraryState(entries: [LibraryEntry(doc.article)]))
        state.positions[doc.article.id] = offset
        let app = ReaderApp(
            state: state, backend: backend, executor: source, theme: Theme(depth: .monochrome), inline: true)
        var saved: [Effect] = []
        source.handler = { effect in
            saved.append(effect)
            return [.failed("disk full")]
        }
        app.handle(.key(.enter))
        let top = app.state.reader!.layout.lines[app.state.reader!.topLine].range
        #expect(top.start == offset)
        app.handle(.key(.character("q")))
        #expect(saved.count == 1)
        #expect(app.state.message == StatusMessage("disk full", isError: true))
    }

    @Test func theWheelScrollsAndQuitEnds() {
        let (app, _) = app(height: 8)
        keys(app, "j\n")
        app.handle(.mouse(MouseEvent(kind: .wheelDown, x: 5, y: 5)))
        #expect(app.state.reader!.topLine == 3)
        #expect(app.handle(.key(.character("q"))))
        #expect(app.state.screen == .library)
        #expect(!app.handle(.key(.character("q"))))
    }
}

/// A long article shows its text before its analysis; the analysis lands where the reader is.
@Suite struct TwoPhaseOpenTests {
    @Test func theTextFirstThenTheHighlightsWithoutMovingTheView() {
        let full = Fixture.document()
        var state = AppState(
            size: Size(width: 60, height: 8), library: LibraryState(entries: [LibraryEntry(full.article)]))
        let effects = state.apply(.opened(ReaderDocument.textOnly(full.article)))
        #expect(effects == [.analyse(articleID: full.article.id)])
        #expect(state.reader?.document.spans.isEmpty == true)
        _ = state.apply(.lineDown)
        _ = state.apply(.lineDown)
        let top = state.reader!.topLine
        _ = state.apply(.analysed(full))
        #expect(state.reader?.document.isAnalysed == true)
        #expect(state.reader?.document.spans.isEmpty == false)
        #expect(state.reader?.topLine == top)
        // An analysis for an article no longer open changes nothing.
        _ = state.apply(.back)
        _ = state.apply(.analysed(full))
        #expect(state.reader == nil)
    }

    @Test func effectsRunOffTheMainLoopAndTheirEventsArriveThroughTheInbox() {
        let backend = TestBackend(width: 60, height: 8)
        let full = Fixture.document()
        let source = FixtureSource([full])
        let app = ReaderApp(
            state: AppState(size: backend.size, library: LibraryState(entries: [LibraryEntry(full.article)])),
            backend: backend,
            executor: source, theme: Theme(depth: .monochrome))
        app.openArticle(full.article.id)
        app.startCounting()
        app.settle()
        #expect(app.state.reader?.document.article.id == full.article.id)
        #expect(app.state.library.entries.first?.counts != nil)
    }
}
