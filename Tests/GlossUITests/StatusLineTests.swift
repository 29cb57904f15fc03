import GlossCore
import Testing

@testable import GlossUI

/// What the status bar says, from the state alone: the mode, the note that wins, the hint or
/// the position on the right.
@Suite struct StatusLineTests {
    @Test func theLibraryShowsItsHintAndWhatItIsDoing() {
        var state = Fixture.libraryState()
        var line = StatusLine(state)
        #expect(line.mode == "LIBRARY")
        #expect(
            line.note == nil && line.hint?.contains("f search") == true && line.progress == nil && !line.showsLegend)
        // Indexing comes before problems; problems show once it is done.
        state.notices = ["a.txt: not UTF-8"]
        state.library.indexTotal = 10
        state.library.indexDone = 3
        line = StatusLine(state)
        #expect(line.note?.text == "indexing 3/10…")
        state.library.indexDone = 10
        line = StatusLine(state)
        #expect(line.note?.text == "1 problem loading the library · W lists it" && line.note?.isError == true)
        // A message beats both, and the hint gives way to it.
        state.message = StatusMessage("Exported 3 annotations")
        line = StatusLine(state)
        #expect(line.note?.text == "Exported 3 annotations" && line.noteIsMessage && line.hint == nil)
    }

    @Test func theReaderShowsTheTitlePositionAndLegendAndTheSearchBeforeTheFocus() {
        var state = Fixture.readerState()
        var line = StatusLine(state)
        #expect(line.mode == "READ")
        #expect(line.title == Fixture.article().title && line.progress != nil && line.showsLegend && line.hint == nil)
        _ = state.apply(.next(.quote))
        line = StatusLine(state)
        #expect(line.note != nil && !line.noteIsMessage, "the focused quote's detail")
        let focusNote = line.note
        _ = state.apply(.search)
        for c in "police" { _ = state.apply(.insert(String(c))) }
        _ = state.apply(.activate)
        line = StatusLine(state)
        #expect(line.mode == "SEARCH")
        #expect(line.note?.text.hasPrefix("/police") == true && line.note != focusNote)
    }

    @Test func helpHidesThePositionAndLegend() {
        var state = Fixture.readerState()
        _ = state.apply(.help)
        let line = StatusLine(state)
        #expect(line.mode == "HELP" && line.progress == nil && !line.showsLegend)
    }
}
