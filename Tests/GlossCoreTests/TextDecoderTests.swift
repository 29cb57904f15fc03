import Foundation
import Testing

@testable import GlossCore

@Suite struct TextDecoderTests {
    @Test func keepsValidUTF8AsIs() throws {
        let (text, notes) = try TextDecoder.decode(Data("López “leftist” — ok\n".utf8))
        #expect(text == "López “leftist” — ok\n")
        #expect(notes.isEmpty)
    }

    @Test func dropsByteOrderMark() throws {
        let (text, notes) = try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF] + Array("Title\n".utf8)))
        #expect(text == "Title\n")
        #expect(notes == [.byteOrderMark])
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        // "caf\xe9 \x93quoted\x94" in Windows-1252.
        let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94]
        let (text, notes) = try TextDecoder.decode(Data(bytes))
        #expect(text == "café “q”")
        #expect(notes.contains(.windows1252))
    }

    @Test func lineEndsKeepOffsets() throws {
        let (crlf, n1) = try TextDecoder.decode(Data("a\r\nb\r\n".utf8))
        #expect(crlf == "a \nb \n")
        #expect(crlf.unicodeScalars.count == 6)
        #expect(n1.contains(.crlfLineEnds))
        let (cr, n2) = try TextDecoder.decode(Data("a\rb\r".utf8))
        #expect(cr == "a\nb\n")
        #expect(n2.contains(.crLineEnds))
    }

    @Test func controlCharactersAndEscapesAreReplacedOneForOne() throws {
        let (text, notes) = try TextDecoder.decode(Data("red \u{1B}[31mtext\u{7}\u{85}!\tok\n".utf8))
        #expect(text == "red \u{FFFD}[31mtext\u{FFFD}\u{FFFD}!\tok\n")
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        #expect(notes.contains(.controlCharacters(count: 3)))
    }

    @Test func rejectsEmptyAndBinary() {
        #expect(throws: TextDecoder.Failure.empty) { try TextDecoder.decode(Data()) }
        #expect(throws: TextDecoder.Failure.empty) { try TextDecoder.decode(Data(" \n\n \r\n".utf8)) }
        #expect(throws: TextDecoder.Failure.self) {
            try TextDecoder.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]))
        }
        #expect(throws: TextDecoder.Failure.self) { try TextDecoder.decode(Data([0xFF, 0xFE, 0x41, 0x00])) }
        let noisy = Data((0..<4000).map { UInt8(($0 * 7) % 32) }.map { $0 == 0 ? 1 : $0 })
        #expect(throws: TextDecoder.Failure.self) { try TextDecoder.decode(noisy) }
    }

    @Test func sanitizeReplacesControls() {
        #expect(TextDecoder.sanitize("a\u{1B}b\rc") == "a\u{FFFD}b\nc")
        #expect(TextDecoder.sanitize("plain") == "plain")
    }
}

@Suite struct ScalarArrayTests {
    @Test func givesTheScalarsOfEveryWidth() {
        let samples = [
            "", "a", "plain words\n", "café déjà vu", "“quoted” — dash", "日本語のテキスト", "emoji 🙂🏳️‍🌈 and 𝄞",
            "e\u{301} combining", "\u{FFFD}\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
        ]
        for s in samples { #expect(ScalarArray.of(s) == Array(s.unicodeScalars), "\(s)") }
        // Every scalar width at every position, over many lengths.
        var generator = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = ["a", "\n", "é", "€", "語", "🙂", "\u{10FFFF}", " "]
        for length in 0..<200 {
            var view = String.UnicodeScalarView()
            for _ in 0..<length { view.append(pool[Int(generator.next() % UInt64(pool.count))]) }
            let s = String(view)
            #expect(ScalarArray.of(s) == Array(s.unicodeScalars))
        }
    }

    @Test func aBridgedOrSubstringBackedStringToo() {
        let whole = "Ünïcödé text, 🙂 twice 🙂."
        let sub = String(whole.dropFirst(3).dropLast(2))
        #expect(ScalarArray.of(sub) == Array(sub.unicodeScalars))
        let ns = String(NSString(string: whole))
        #expect(ScalarArray.of(ns) == Array(ns.unicodeScalars))
    }
}
