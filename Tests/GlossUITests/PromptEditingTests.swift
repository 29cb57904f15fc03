import Testing
@testable import GlossUI

/// The one-line prompt's editing: cursor moves, deletions, wide characters.
@Suite struct PromptEditingTests {
    @Test func editsAtTheCursor() {
        var p = PromptState(kind: .note, text: "héllo wörld")
        #expect(p.cursor == 11)
        p.moveCursor(by: -5)
        p.insert("big ")
        #expect(p.text == "héllo big wörld")
        p.deleteWord()
        #expect(p.text == "héllo wörld")
        p.cursor = 0
        p.deleteForward()
        #expect(p.text == "éllo wörld")
        let atStart = p.deleteBackward()
        #expect(!atStart)
        p.cursor = p.text.count
        let deleted = p.deleteBackward()
        #expect(deleted)
        #expect(p.text == "éllo wörl")
    }

    @Test func wideCharactersScrollWithTheCursorInView() {
        var p = PromptState(kind: .note, text: String(repeating: "日本", count: 10))
        let end = p.window(room: 10)
        #expect(DisplayWidth.of(end.text) <= 10)
        #expect(end.cursorColumn <= 9)
        p.cursor = 0
        let start = p.window(room: 10)
        #expect(start.cursorColumn == 0)
        #expect(start.text.hasPrefix("日本"))
    }
}
