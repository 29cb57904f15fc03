import Foundation
import FuzzSupport
import GlossCore
import GlossUI

/// Key sequences, mouse events and resizes applied to the reader (its state and its screen,
/// headless): no trap, no unsafe character in any cell, the cursor on the screen. The bytes
/// before a NUL are the events; after it, the text of a second article.
@_cdecl("fuzz_keys_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}

func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var input = fuzzInput(data, count)
    let (head, tail) = input.splitAtNUL()
    var events = FuzzBytes(Array(head))
    let docs = [
        FuzzArticle.make(FuzzArticle.fixed, id: "fuzz/first"),
        FuzzArticle.make(tail ?? "Second\n\nA line.", id: "fuzz/second"),
    ].map {
        ReaderDocument(article: $0, analysis: Analyzer.analyze($0))
    }
    let backend = TestBackend(width: 20 + Int(events.byte() % 120), height: 4 + Int(events.byte() % 40))
    let library = LibraryState(entries: docs.map { LibraryEntry($0.article) })
    let app = ReaderApp(
        state: AppState(size: backend.size, library: library), backend: backend, executor: MemorySource(docs),
        theme: Theme(depth: .color256), inline: true)
    app.drawFrame()
    var steps = 0
    while !events.isAtEnd, steps < 400 {
        steps += 1
        let event = nextEvent(&events)
        if case .resize(let size) = event { backend.resize(width: size.width, height: size.height) }
        if !app.handle(event) { break }
        if events.byte() % 4 == 0 { app.startCounting() }
        app.drawFrame()
        let screen = backend.screen
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                for s in screen[x, y].character.unicodeScalars {
                    Invariant.require(!TerminalSafe.isUnsafe(s), "cell \(x),\(y) holds U+\(String(s.value, radix: 16))")
                }
            }
        }
        if let c = backend.cursor {
            Invariant.require(c.x >= 0 && c.x < screen.width && c.y >= 0 && c.y < screen.height, "cursor off screen")
        }
    }
    return 0
}

/// The event a byte (and the bytes after it) stand for.
func nextEvent(_ input: inout FuzzBytes) -> InputEvent {
    let b = input.byte()
    switch b {
    case 0x20...0x7E: return .key(.character(Character(Unicode.Scalar(b))))
    case 0x01...0x1A: return .key(.control(Character(Unicode.Scalar(b + 0x60))))
    case 0x80: return .key(.enter)
    case 0x81: return .key(.escape)
    case 0x82: return .key(.tab)
    case 0x83: return .key(.backTab)
    case 0x84: return .key(.backspace)
    case 0x85: return .key(.delete)
    case 0x86: return .key(.up)
    case 0x87: return .key(.down)
    case 0x88: return .key(.left)
    case 0x89: return .key(.right)
    case 0x8A: return .key(.pageUp)
    case 0x8B: return .key(.pageDown)
    case 0x8C: return .key(.home)
    case 0x8D: return .key(.end)
    case 0x8E: return .key(.function(Int(input.byte() % 13)))
    case 0x8F: return .key(.character(["é", "“", "”", "移", "🌎", "\u{301}", "\u{202E}"][Int(input.byte() % 7)]))
    case 0x90...0x9F:
        let kinds: [MouseEvent.Kind] = [.wheelUp, .wheelDown, .press, .release, .click, .drag]
        return .mouse(
            MouseEvent(
                kind: kinds[Int(b - 0x90) % kinds.count], x: Int(input.byte()) - 8, y: Int(input.byte() % 70) - 4))
    case 0xA0: return .resize(Size(width: Int(input.byte() % 200), height: Int(input.byte() % 70)))
    default: return .key(.unknown(String(b)))
    }
}

/// The articles in memory; the reader runs `inline`, so effects are carried out at once.
final class MemorySource: EffectExecutor, @unchecked Sendable {
    let documents: [String: ReaderDocument]

    init(_ documents: [ReaderDocument]) {
        self.documents = Dictionary(documents.map { ($0.article.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func perform(_ effect: Effect) -> [Event] {
        switch effect {
        case .open(let id), .analyse(let id):
            return documents[id].map { [.opened($0)] } ?? [.failed("No article \(id)")]
        case .count(let id):
            return documents[id].map { [.counted(id: id, counts: ArticleCounts($0.analysis))] } ?? [
                .countFailed(id: id)
            ]
        default:
            return []
        }
    }
}
