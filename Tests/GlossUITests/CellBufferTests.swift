import GlossCore
import Testing

@testable import GlossUI

@Suite struct CellBufferTests {
    @Test func wideCharactersTakeTwoCellsAndKeepColumns() {
        var buffer = CellBuffer(width: 12, height: 1)
        let used = buffer.write("a移民🌎b", x: 0, y: 0)
        #expect(used == 8)
        #expect(buffer[1, 0].character == "移")
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[5, 0].character == "🌎")
        #expect(buffer[6, 0].isContinuation)
        #expect(buffer[7, 0].character == "b")
        #expect(buffer.textLines() == ["a移民🌎b"])
    }

    @Test func writeStopsAtTheWidthAndNeverSplitsAWideCharacter() {
        var buffer = CellBuffer(width: 4, height: 1)
        buffer.write("ab移民", x: 0, y: 0)
        // 移 fits in columns 2–3; 民 does not fit at all.
        #expect(buffer.textLines() == ["ab移"])
        var narrow = CellBuffer(width: 3, height: 1)
        narrow.write("ab移", x: 0, y: 0)
        #expect(narrow.textLines() == ["ab"])
        #expect(!narrow[2, 0].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.write("移民", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)  // right half of 移
        #expect(buffer[0, 0].character == " ")
        #expect(buffer[1, 0].character == "x")
        #expect(!buffer[1, 0].isContinuation)
        buffer.write("y", x: 2, y: 0)  // left half of 民
        #expect(!buffer[3, 0].isContinuation)
        #expect(buffer.textLines() == [" xy"])
        #expect(buffer.invariantViolation() == nil)
        var broken = buffer
        broken.set(Cell("移"), x: 4, y: 0)
        #expect(broken.invariantViolation() == "(4, 0): wide 移 without its continuation cell")
    }

    @Test func controlCharactersNeverReachACell() {
        var buffer = CellBuffer(width: 20, height: 1)
        buffer.write("a\u{1B}[31mb\u{07}\u{9B}c\u{202E}d\r\n", x: 0, y: 0)
        let text = buffer.textLines()[0]
        #expect(!text.unicodeScalars.contains { TerminalSafe.isUnsafe($0) })
        #expect(text.hasPrefix("a\u{FFFD}[31mb\u{FFFD}\u{FFFD}c\u{FFFD}d"))
    }

    @Test func changesAreOnlyTheCellsThatDiffer() {
        var a = CellBuffer(width: 10, height: 3)
        a.write("hello", x: 0, y: 1)
        var b = a
        b.write("J", x: 0, y: 1)
        b.apply(CellStyle(attributes: .bold), to: Rect(x: 4, y: 1, width: 1, height: 1))
        let changes = b.changes(from: a)
        #expect(changes.map { [$0.x, $0.y] } == [[0, 1], [4, 1]])
        #expect(a.changes(from: nil).count == 30)
        #expect(a.changes(from: a).isEmpty)
    }

    @Test func mergedStylesAddAttributesAndLetLaterColoursWin() {
        let quote = CellStyle(foreground: .indexed(117), attributes: .italic)
        let person = CellStyle(foreground: .indexed(114), attributes: .bold)
        let merged = quote.merged(with: person)
        #expect(merged.foreground == .indexed(114))
        #expect(merged.attributes == [.italic, .bold])
        #expect(person.merged(with: .plain) == person)
    }

    @Test func aBufferFromLinesIsAsWideAsItsWidestLineAndItsRunsCoverEachRow() {
        var buffer = CellBuffer(lines: ["ab", "移民", ""])
        #expect(buffer.size == Size(width: 4, height: 3))
        #expect(buffer.textLines() == ["ab", "移民", ""])
        #expect(buffer[1, 1].isContinuation && buffer.cells.allSatisfy { $0.style == .plain })
        #expect(
            CellBuffer(lines: ["ab"], width: 6).textLines() == ["ab"] && CellBuffer(lines: ["ab"], width: 6).width == 6)
        let bold = CellStyle(attributes: .bold)
        buffer.apply(bold, to: Rect(x: 1, y: 0, width: 2, height: 1))
        let runs = buffer.styleRuns(row: 0)
        #expect(runs.map(\.columns) == [0...0, 1...2, 3...3] && runs.map(\.style) == [.plain, bold, .plain])
    }
}
