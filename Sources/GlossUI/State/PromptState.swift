import GlossCore

/// The one-line prompt at the bottom: what it is for, the text typed so far and the cursor
/// (a `Character` index into the text, so wide and combined characters move as one).
public struct PromptState: Hashable, Sendable {
    public var kind: PromptKind
    public var text: String {
        didSet { cursor = min(cursor, text.count) }
    }
    public var cursor: Int

    public init(kind: PromptKind, text: String = "") {
        self.kind = kind
        self.text = text
        cursor = text.count
    }

    /// Puts `typed` at the cursor and moves the cursor past it.
    ///
    /// What is typed may join the character before it (a combining accent after `e` makes one
    /// `é`), so the cursor is counted again in the new text rather than moved by what was typed.
    public mutating func insert(_ typed: String) {
        let i = text.index(text.startIndex, offsetBy: cursor)
        let scalarsUpToCursor = text.unicodeScalars[..<i].count + typed.unicodeScalars.count
        text.insert(contentsOf: typed, at: i)
        let end = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: scalarsUpToCursor)
        cursor = min(text.count, text[..<end].count)
    }

    /// Removes the character before the cursor; false when there is none.
    @discardableResult
    public mutating func deleteBackward() -> Bool {
        guard cursor > 0 else { return false }
        let i = text.index(text.startIndex, offsetBy: cursor - 1)
        cursor -= 1
        text.remove(at: i)
        return true
    }

    /// Removes the character under the cursor.
    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    }

    /// Removes the word before the cursor and the spaces after it (Ctrl-W).
    public mutating func deleteWord() {
        var chars = Array(text)
        var i = cursor
        while i > 0 && chars[i - 1].isWhitespace { i -= 1 }
        while i > 0 && !chars[i - 1].isWhitespace { i -= 1 }
        chars.removeSubrange(i..<cursor)
        let newCursor = i
        text = String(chars)
        cursor = newCursor
    }

    public mutating func moveCursor(by delta: Int) { cursor = max(0, min(text.count, cursor + delta)) }

    /// The part of the text that fits in `room` columns with the cursor in view, and the
    /// cursor's column inside it. Long text scrolls so the cursor stays visible.
    public func window(room: Int) -> (text: String, cursorColumn: Int) {
        let chars = Array(text).map { Character(TerminalSafe.string(String($0))) }
        let cursor = min(self.cursor, chars.count)
        var start = 0
        let limit = max(1, room - 1)
        while start < cursor && DisplayWidth.of(String(chars[start..<cursor])) > limit { start += 1 }
        var end = start
        var width = 0
        while end < chars.count {
            let w = DisplayWidth.of(String(chars[end]))
            if width + w > room { break }
            width += w
            end += 1
        }
        return (String(chars[start..<end]), DisplayWidth.of(String(chars[start..<cursor])))
    }
}
