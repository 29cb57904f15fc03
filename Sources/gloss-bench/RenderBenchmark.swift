import Foundation
import GlossCore
import GlossUI

/// `gloss-bench render [LIBRARY]`: drives the reader through the in-memory backend and prints
/// first-frame time on the library, per-keystroke frame time on a 1 MB article at 200×60,
/// and the cells each frame sends.
enum RenderBenchmark {
    static let usage =
        "  render [DIR]     first frame on the library in DIR (default: Articles/), keystroke frames at 200x60 on a 1 MB article"

    /// Runs when the first argument is `render`; nil otherwise.
    static func run(_ arguments: [String]) -> Int32? {
        guard arguments.first == "render" else { return nil }
        measure(Array(arguments.dropFirst()))
        return 0
    }

    static func measure(_ arguments: [String]) {
        let root = URL(fileURLWithPath: arguments.first ?? "Articles", isDirectory: true)
        let clock = ContinuousClock()

        // 1. Launch to first frame on the library (load, state, first frame), 120×40.
        let launch = clock.now
        let library: Library
        do {
            library = try Library.load(from: root)
        } catch {
            FileHandle.standardError.write(Data("gloss-bench: \(error)\n".utf8))
            exit(1)
        }
        let backend = TestBackend(width: 120, height: 40)
        let source = BenchSource(articles: library.articles)
        let state = AppState(
            size: backend.size,
            library: LibraryState(entries: library.articles.map(LibraryEntry.init), location: root.relativePath))
        let app = ReaderApp(
            state: state, backend: backend, executor: source, theme: Theme(depth: .color256), inline: true)
        let firstFrame = app.drawFrame()
        let toFirstFrame = clock.now - launch
        print("library: \(library.articles.count) articles from \(root.relativePath)")
        print(
            "  load + first frame (120x40):  \(ms(toFirstFrame)) ms  (render \(ms(firstFrame.renderTime)) ms, \(firstFrame.cellsSent) cells)"
        )
        // Opening the founding sample (analysis + layout + frame).
        if let sample = library.articles.first(where: { $0.id.contains("mexican-police") }) ?? library.articles.first {
            let open = clock.now
            app.post(.opened(source.document(for: sample.id)!))
            let frame = app.drawFrame()
            print("  open \(sample.id): \(ms(clock.now - open)) ms to its first frame (\(frame.cellsSent) cells)")
        }

        // 2. A 1 MB article at 200×60.
        let big = BenchArticle.make(from: library.articles, bytes: 1 << 20)
        let analysisStart = clock.now
        let (analysis, origin) = BenchArticle.analysis(for: big)
        let analysisTime = clock.now - analysisStart
        let docStart = clock.now
        let document = ReaderDocument(article: big, analysis: analysis)
        let docTime = clock.now - docStart
        print("1 MB article: \(big.text.utf8.count) bytes, \(big.scalars.count) scalars, \(big.wordCount) words")
        print(
            "  highlights: \(analysis.quotes.count) quotes, \(analysis.people.count) people, \(analysis.places.count) places, \(analysis.figures.count) figures, \(document.spans.count) spans (\(origin); \(ms(analysisTime)) ms)"
        )
        print("  document (spans, targets, panel, search index): \(ms(docTime)) ms")

        let wide = TestBackend(width: 200, height: 60)
        let bigApp = ReaderApp(
            state: AppState(size: wide.size, library: LibraryState(entries: [LibraryEntry(big)])), backend: wide,
            executor: BenchSource(articles: [big], documents: [big.id: document]), theme: Theme(depth: .color256),
            inline: true)
        let openStart = clock.now
        bigApp.post(.opened(document))
        let openFrame = bigApp.drawFrame()
        print(
            "  open (layout at 80 columns) + first frame: \(ms(clock.now - openStart)) ms, \(openFrame.cellsSent) cells"
        )
        let lines = bigApp.state.reader!.layout.count
        print("  layout: \(lines) lines")

        // A 5 MB article opens on its text while the analysis runs off the main loop: what the
        // main loop spends before the first frame (the document is built off it too).
        let huge = BenchArticle.make(from: library.articles, bytes: 5 << 20)
        let textStart = clock.now
        let textOnly = ReaderDocument.textOnly(huge)
        let textTime = clock.now - textStart
        let hugeBackend = TestBackend(width: 200, height: 60)
        let hugeApp = ReaderApp(
            state: AppState(size: hugeBackend.size, library: LibraryState(entries: [LibraryEntry(huge)])),
            backend: hugeBackend,
            executor: BenchSource(articles: []), theme: Theme(depth: .color256), inline: true)
        let hugeOpen = clock.now
        hugeApp.post(.opened(textOnly))
        hugeApp.drawFrame()
        let hugeFirst = clock.now - hugeOpen
        var scrolls: [Duration] = []
        for _ in 0..<200 {
            let t = clock.now
            hugeApp.handle(.key(.character("j")))
            hugeApp.drawFrame()
            scrolls.append(clock.now - t)
        }
        scrolls.sort()
        print("5 MB article: \(huge.text.utf8.count) bytes")
        print(
            "  first frame on the main loop (text shown, analysis running elsewhere): \(ms(hugeFirst)) ms  (target 200 ms); text-only document, built off the main loop: \(ms(textTime)) ms"
        )
        print(
            "  j while the analysis runs: median \(ms(scrolls[scrolls.count / 2])) ms, max \(ms(scrolls.last!)) ms  (target 2 ms)"
        )

        // Re-wrap on resize.
        let resizeStart = clock.now
        bigApp.handle(.resize(Size(width: 160, height: 60)))
        bigApp.drawFrame()
        bigApp.handle(.resize(Size(width: 200, height: 60)))
        bigApp.drawFrame()
        print("  two resizes (re-wrap 1 MB twice + frames): \(ms(clock.now - resizeStart)) ms")

        // 3. Keystrokes: each is handle (keymap, apply) + render + diff + send.
        func keys(_ s: String) -> [Key] { s.map { Key.character($0) } }
        let scenarios: [(String, [[Key]])] = [
            ("j (line down)", Array(repeating: keys("j"), count: 300)),
            ("k (line up)", Array(repeating: keys("k"), count: 300)),
            ("Space (page down)", Array(repeating: keys(" "), count: 200)),
            ("b (page up)", Array(repeating: keys("b"), count: 200)),
            ("]q (next quote)", Array(repeating: keys("]q"), count: 200)),
            ("]p (next person)", Array(repeating: keys("]p"), count: 200)),
            ("]f (next figure)", Array(repeating: keys("]f"), count: 200)),
            (
                "G / g (end, top)",
                Array(repeating: [[Key.character("G")], [Key.character("g")]], count: 50).flatMap { $0 }
            ),
            ("3 (toggle people)", Array(repeating: keys("3"), count: 100)),
        ]
        print("keystroke frames at 200x60 on the 1 MB article (handle + render + diff):")
        var all: [Duration] = []
        var allCells: [Int] = []
        for (name, presses) in scenarios {
            var times: [Duration] = []
            var cells: [Int] = []
            for press in presses {
                let start = clock.now
                for key in press { bigApp.handle(.key(key)) }
                let frame = bigApp.drawFrame()
                times.append(clock.now - start)
                cells.append(frame.cellsSent)
            }
            all += times
            allCells += cells
            print("  \(pad(name, 20)) \(summary(times, cells))")
        }
        // Search: typing a query (incremental search over 1 MB per key), then n.
        var typing: [Duration] = []
        var typingCells: [Int] = []
        bigApp.handle(.key(.character("/")))
        bigApp.drawFrame()
        for ch in "migrants" {
            let start = clock.now
            bigApp.handle(.key(.character(ch)))
            let frame = bigApp.drawFrame()
            typing.append(clock.now - start)
            typingCells.append(frame.cellsSent)
        }
        print(
            "  \(pad("typing /migrants", 20)) \(summary(typing, typingCells))  matches: \(bigApp.state.reader!.search!.countLabel)"
        )
        bigApp.handle(.key(.enter))
        bigApp.drawFrame()
        var next: [Duration] = []
        var nextCells: [Int] = []
        for _ in 0..<200 {
            let start = clock.now
            bigApp.handle(.key(.character("n")))
            let frame = bigApp.drawFrame()
            next.append(clock.now - start)
            nextCells.append(frame.cellsSent)
        }
        all += next
        allCells += nextCells
        print("  \(pad("n (next match)", 20)) \(summary(next, nextCells))")
        bigApp.handle(.key(.escape))
        // Panel: open, move, jump.
        var panel: [Duration] = []
        var panelCells: [Int] = []
        for key in [Key.tab] + Array(repeating: Key.character("j"), count: 100)
            + Array(repeating: Key.enter, count: 100)
        {
            let start = clock.now
            bigApp.handle(.key(key))
            let frame = bigApp.drawFrame()
            panel.append(clock.now - start)
            panelCells.append(frame.cellsSent)
        }
        all += panel
        allCells += panelCells
        print("  \(pad("panel Tab, j, Enter", 20)) \(summary(panel, panelCells))")
        print("  \(pad("all keystrokes", 20)) \(summary(all, allCells))")
        // The parts of one frame, for the scrolled view: rendering the cells, then the diff.
        bigApp.handle(.key(.tab))
        var renderTimes: [Duration] = []
        var diffTimes: [Duration] = []
        var previous = ScreenRenderer.render(bigApp.state, theme: bigApp.theme).buffer
        for _ in 0..<300 {
            bigApp.handle(.key(.character("j")))
            let t0 = clock.now
            let frame = ScreenRenderer.render(bigApp.state, theme: bigApp.theme)
            let t1 = clock.now
            let changes = frame.buffer.changes(from: previous)
            renderTimes.append(t1 - t0)
            diffTimes.append(clock.now - t1)
            previous = frame.buffer
            precondition(!changes.isEmpty)
        }
        print(
            "  frame parts for j: render \(summary(renderTimes, [0]).prefix { $0 != ";" }), diff \(summary(diffTimes, [0]).prefix { $0 != ";" })"
        )
        print("  full screen would be \(200 * 60) cells")
    }

    static func summary(_ times: [Duration], _ cells: [Int]) -> String {
        let t = times.sorted()
        let c = cells.sorted()
        func at(_ q: Double) -> Duration { t[min(t.count - 1, Int(Double(t.count) * q))] }
        return
            "median \(ms(at(0.5))) ms, p95 \(ms(at(0.95))) ms, max \(ms(t.last!)) ms; cells median \(c[c.count / 2]), max \(c.last!)"
    }

    static func ms(_ d: Duration) -> String {
        let value = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        return String(format: value < 10 ? "%.3f" : "%.1f", value)
    }

    static func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
}
