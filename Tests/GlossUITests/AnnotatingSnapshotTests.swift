import GlossCore
import Testing

@testable import GlossUI

/// Screens of the annotating features: selection, prompts, drawn annotations, Notes tab,
/// confirmation and the export dialog.
@Suite struct AnnotatingSnapshotTests {
    let color = Theme(depth: .color256)

    func render(_ state: AppState, _ theme: Theme? = nil) -> String {
        // A screen in another theme is about that theme's looks; the others name roles.
        ScreenRenderer.render(state, theme: theme ?? color).buffer.snapshot(theme == nil ? .roles : .looks)
    }

    /// The fixture with a selection across a line break.
    func selecting() -> AppState {
        var state = Fixture.readerState()
        _ = state.apply(.scroll(2))
        _ = state.apply(.startSelection)
        for _ in 0..<12 { _ = state.apply(.extendSelection(.wordForward)) }
        return state
    }

    /// The fixture with a note on the first sentence and a mark on a quote.
    func annotated() -> AppState {
        var state = selecting()
        _ = state.apply(.selectSentence)
        _ = state.apply(.annotate)
        _ = state.apply(.insert("Check the figure"))
        _ = state.apply(.activate)
        _ = state.apply(.insert("check, figures"))
        _ = state.apply(.activate)
        _ = state.apply(.next(.quote))
        _ = state.apply(.mark)
        _ = state.apply(.cycleColor)
        return state
    }

    @Test func selection() {
        assertSnapshot(render(selecting()), named: "select-words")
    }

    @Test func notePrompt() {
        var state = selecting()
        _ = state.apply(.annotate)
        for ch in "Détenus — 移民の権利 ok" { _ = state.apply(.insert(String(ch))) }
        _ = state.apply(.cursorLeft)
        _ = state.apply(.cursorLeft)
        _ = state.apply(.cursorLeft)
        let frame = ScreenRenderer.render(state, theme: color)
        #expect(frame.cursor?.y == 15)
        #expect(frame.cursor?.x == DisplayWidth.of("note: Détenus — 移民の権利"))
        assertSnapshot(frame.buffer.snapshot(), named: "prompt-note")
        _ = state.apply(.activate)
        state.knownTags = ["check", "chiapas"]
        _ = state.apply(.insert("ch"))
        assertSnapshot(render(state), named: "prompt-tags")
    }

    @Test func annotationsDrawn() {
        assertSnapshot(render(annotated()), named: "annotations")
        assertSnapshot(render(annotated(), Theme(depth: .monochrome)), named: "annotations-mono")
    }

    @Test func notesTabAndConfirmation() {
        var state = annotated()
        _ = state.apply(.togglePanel)
        _ = state.apply(.previousTab)
        assertSnapshot(render(state), named: "notes-tab")
        _ = state.apply(.deleteAnnotation)
        assertSnapshot(render(state), named: "notes-confirm")
    }

    @Test func exportDialog() {
        var state = annotated()
        _ = state.apply(.export)
        assertSnapshot(render(state), named: "export-format")
        _ = state.apply(.activate)
        assertSnapshot(render(state), named: "export-path")
    }
}
