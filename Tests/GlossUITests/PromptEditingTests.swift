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

    /// Found by the keys fuzzer: a combining mark typed after a letter joins it, and the cursor
    /// ran past the end of the text, so drawing the prompt trapped.
    @Test func aCombiningMarkJoinsTheCharacterBeforeItAndTheCursorStaysInTheText() {
        var p = PromptState(kind: .search)
        p.insert("e")
        p.insert("\u{301}")
        #expect(p.text == "e\u{301}" && p.text.count == 1)
        #expect(p.cursor == 1)
        _ = p.window(room: 10)
        p.insert("\u{301}\u{308}x")
        #expect(p.cursor == p.text.count)
        // In the middle: the mark joins the character before the cursor.
        p.cursor = 0
        p.insert("a")
        p.insert("\u{300}")
        #expect(p.cursor == 1)
        #expect(p.window(room: 4).cursorColumn == 1)
    }
}
