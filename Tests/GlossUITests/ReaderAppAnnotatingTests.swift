import GlossCore
import Testing

@testable import GlossUI

/// The run loop's side of annotating: mouse decoding into selections, and effects handed to
/// the executable with their results fed back.
@Suite struct ReaderAppAnnotatingTests {
    func reading() -> (ReaderApp, TestBackend) {
        let (app, backend, _) = readingWithSource()
        return (app, backend)
    }

    func readingWithSource() -> (ReaderApp, TestBackend, FixtureSource) {
        let backend = TestBackend(width: 100, height: 16)
        let doc = Fixture.document()
        let source = FixtureSource([doc])
        let app = ReaderApp(
            state: AppState(size: backend.size, library: LibraryState(entries: [LibraryEntry(doc.article)])),
            backend: backend,
            executor: source, theme: Theme(depth: .color256), inline: true)
        app.openArticle(doc.article.id)
        return (app, backend, source)
    }

    func selected(_ app: ReaderApp) -> String? {
        guard let r = app.state.reader, let s = r.selection else { return nil }
        return r.document.article.text(in: s.range)
    }

    @Test func anIdleReaderPicksUpAnnotationsAnotherProcessWrote() throws {
        let (app, _, source) = readingWithSource()
        let doc = Fixture.document()
        app.storeCheckInterval = .zero
        #expect(app.state.reader?.annotations.count == 0)
        let readsAfterOpen = source.reads
        // Nothing changed: no read.
        app.pickUpOtherWriters()
        #expect(source.reads == readsAfterOpen)
        // Another process adds one.
        source.stored = [try Annotation(article: doc.article, range: TextRange(0, 8), note: "from elsewhere")]
        source.version += 1
        app.pickUpOtherWriters()
        #expect(app.state.reader?.annotations.count == 1)
        #expect(app.state.message?.text.contains("changed elsewhere") == true)
        // And removes it; Ctrl-L reads again at once.
        source.stored = []
        _ = app.send(.redraw)
        #expect(app.state.reader?.annotations.count == 0)
    }

    @Test func pressDragReleaseAndDoubleClick() {
        let (app, _) = reading()
        let x = app.state.geometry.textX
        // Motion without the button is not a drag.
        app.handle(.mouse(MouseEvent(kind: .drag, x: x + 3, y: 2)))
        #expect(app.state.reader?.selection == nil)
        app.handle(.mouse(MouseEvent(kind: .press, x: x, y: 2)))
        app.handle(.mouse(MouseEvent(kind: .drag, x: x + 14, y: 2)))
        app.handle(.mouse(MouseEvent(kind: .release, x: x + 14, y: 2)))
        #expect(selected(app) == "Mexican federal")
        app.handle(.key(.escape))
        app.handle(.mouse(MouseEvent(kind: .press, x: x + 18, y: 2)))
        app.handle(.mouse(MouseEvent(kind: .release, x: x + 18, y: 2)))
        app.handle(.mouse(MouseEvent(kind: .press, x: x + 18, y: 2)))
        #expect(selected(app) == "police")
    }

    @Test func effectsGoToTheExecutableAndResultsComeBack() {
        let (app, _, source) = readingWithSource()
        var seen: [Effect] = []
        source.handler = { effect in
            seen.append(effect)
            if case .export(_, let path, _) = effect { return [.done("Exported to \(path)")] }
            return []
        }
        for key in "ve" { app.handle(.key(.character(key))) }
        app.handle(.key(.character("m")))
        #expect(seen.count == 1)
        guard case .persist(let change) = seen.first else {
            Issue.record("no persist effect")
            return
        }
        #expect(change.after?.quote.exact == "Migrants")
        for key in "E" { app.handle(.key(.character(key))) }
        app.handle(.key(.enter))
        app.handle(.key(.enter))
        #expect(app.state.message?.text == "Exported to raid-notes.md")
        app.handle(.key(.character("u")))
        #expect(seen.count == 3)
        #expect(app.state.reader?.anchored.isEmpty == true)
    }
}
