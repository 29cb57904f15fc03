import GlossCore
import Testing

@testable import GlossUI

/// Whole screens rendered into the in-memory buffer and compared with reviewed files.
@Suite struct ScreenSnapshotTests {
    let color = Theme(depth: .color256)

    func render(_ state: AppState, _ theme: Theme? = nil) -> String {
        let buffer = ScreenRenderer.render(state, theme: theme ?? color).buffer
        #expect(buffer.invariantViolation() == nil)
        // A screen in another theme is about that theme's looks; the others name roles.
        return buffer.snapshot(theme == nil ? .roles : .looks)
    }

    @Test func library() {
        assertSnapshot(render(Fixture.libraryState()), named: "library")
    }

    @Test func libraryNarrowFiltered() {
        var state = Fixture.libraryState(size: Size(width: 50, height: 8))
        _ = state.apply(.filter)
        _ = state.apply(.insert("lan"))
        assertSnapshot(render(state), named: "library-filter")
    }

    @Test func readerWithHighlights() {
        assertSnapshot(render(Fixture.readerState()), named: "reader")
    }

    @Test func readerFocusedQuote() {
        var state = Fixture.readerState()
        _ = state.apply(.next(.quote))
        _ = state.apply(.next(.quote))
        assertSnapshot(render(state), named: "reader-next-quote")
    }

    @Test func readerMonochrome() {
        var state = Fixture.readerState()
        _ = state.apply(.next(.figure))
        assertSnapshot(render(state, Theme(depth: .monochrome)), named: "reader-mono")
    }

    @Test func readerEightColours() {
        assertSnapshot(render(Fixture.readerState(), Theme(depth: .color8)), named: "reader-8")
    }

    @Test func panel() {
        var state = Fixture.readerState(size: Size(width: 100, height: 16))
        _ = state.apply(.togglePanel)
        _ = state.apply(.lineDown)
        assertSnapshot(render(state), named: "panel-people")
        _ = state.apply(.previousTab)
        _ = state.apply(.previousTab)
        assertSnapshot(render(state), named: "panel-quotes")
    }

    @Test func help() {
        var state = Fixture.readerState(size: Size(width: 90, height: 30))
        _ = state.apply(.help)
        assertSnapshot(render(state), named: "help")
    }

    @Test func search() {
        var state = Fixture.readerState()
        _ = state.apply(.search)
        for ch in "lópez" { _ = state.apply(.insert(String(ch))) }
        assertSnapshot(render(state), named: "search-prompt")
        _ = state.apply(.activate)
        _ = state.apply(.nextMatch)
        assertSnapshot(render(state), named: "search-next")
    }

    @Test func smallTerminal() {
        var state = Fixture.readerState()
        _ = state.apply(.resize(Size(width: 18, height: 5)))
        assertSnapshot(render(state), named: "too-small")
    }

    @Test func hiddenKinds() {
        var state = Fixture.readerState()
        _ = state.apply(.toggle(.quote))
        _ = state.apply(.toggle(.place))
        assertSnapshot(render(state), named: "reader-hidden")
    }
}
