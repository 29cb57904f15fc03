import Foundation
import GlossCore
import Testing

@testable import GlossUI

/// The library list: sorting by every column both ways, the reading columns, the mouse, and
/// entries filled in by the index as it goes.
@Suite struct LibraryScreenTests {
    static func entry(
        _ id: String, _ title: String, words: Int, quotes: Int?, date: String? = nil, read: Double? = nil,
        progress: Int? = nil
    ) -> LibraryEntry {
        var e = LibraryEntry(id: id, title: title, origin: date ?? "—", date: date, words: words)
        e.counts = quotes.map { ArticleCounts(quotes: $0, people: 1, places: 2, figures: 3, notes: 0) }
        e.lastRead = read.map { Date(timeIntervalSince1970: $0) }
        e.progress = progress
        return e
    }

    static func state(width: Int = 120) -> AppState {
        let entries = [
            entry(
                "a/harbour", "Harbour reopens after storm", words: 300, quotes: 4, date: "2024-05-01", read: 2_000,
                progress: 40),
            entry(
                "a/bridge", "bridge vote delayed", words: 900, quotes: 1, date: "2023-01-09", read: 5_000, progress: 100
            ),
            entry("b/orchard", "Orchard harvest begins", words: 500, quotes: nil),
        ]
        return AppState(
            size: Size(width: width, height: 12), library: LibraryState(entries: entries, location: "Articles"))
    }

    @Test func everyColumnSortsBothWaysAndMissingValuesStayLast() {
        var state = Self.state()
        #expect(state.library.visible.map(\.id) == ["a/bridge", "a/harbour", "b/orchard"])
        _ = state.apply(.sortBy(.title))
        #expect(!state.library.ascending)
        #expect(state.library.visible.map(\.id) == ["b/orchard", "a/harbour", "a/bridge"])
        _ = state.apply(.sortBy(.words))
        #expect(state.library.visible.map(\.id) == ["a/bridge", "b/orchard", "a/harbour"])
        _ = state.apply(.reverseSort)
        #expect(state.library.visible.map(\.id) == ["a/harbour", "b/orchard", "a/bridge"])
        #expect(state.message?.text == "Sorted by words ▲")
        // Not counted yet: last in either direction.
        _ = state.apply(.sortBy(.quotes))
        #expect(state.library.visible.map(\.id) == ["a/harbour", "a/bridge", "b/orchard"])
        _ = state.apply(.sortBy(.quotes))
        #expect(state.library.visible.map(\.id) == ["a/bridge", "a/harbour", "b/orchard"])
        // Most recently read first, then the other way; never read stays last.
        _ = state.apply(.sortBy(.lastRead))
        #expect(state.library.visible.map(\.id) == ["a/bridge", "a/harbour", "b/orchard"])
        _ = state.apply(.sortBy(.lastRead))
        #expect(state.library.visible.map(\.id) == ["a/harbour", "a/bridge", "b/orchard"])
        _ = state.apply(.sortBy(.progress))
        #expect(state.library.visible.map(\.id) == ["a/bridge", "a/harbour", "b/orchard"])
        _ = state.apply(.sortBy(.date))
        #expect(state.library.visible.map(\.id) == ["a/harbour", "a/bridge", "b/orchard"])
        // s walks the columns, each in its first direction.
        _ = state.apply(.cycleSort)
        #expect(state.library.sort == .words)
        #expect(!state.library.ascending)
        for _ in 0..<LibrarySort.allCases.count - 1 { _ = state.apply(.cycleSort) }
        #expect(state.library.sort == .date)
    }

    @Test func theHeaderShowsTheDirectionAndTheReadingColumns() {
        var state = Self.state()
        _ = state.apply(.sortBy(.words))
        var lines = ScreenRenderer.render(state, theme: Theme(depth: .color256)).buffer.textLines()
        #expect(lines[0].contains("sorted by words ▼"))
        #expect(lines[1].contains("▼words"))
        #expect(lines[1].contains("last read") && lines[1].contains("read"))
        let bridge = lines.first { $0.contains("bridge vote") }!
        #expect(bridge.contains(LibraryView.day(Date(timeIntervalSince1970: 5_000))))
        #expect(bridge.hasSuffix("100%"))
        _ = state.apply(.reverseSort)
        lines = ScreenRenderer.render(state, theme: Theme(depth: .color256)).buffer.textLines()
        #expect(lines[0].contains("sorted by words ▲"))
        #expect(lines[1].contains("▲words"))
        // Narrower screens leave the reading columns out.
        let narrow = ScreenRenderer.render(Self.state(width: 100), theme: Theme(depth: .color256)).buffer.textLines()
        #expect(!narrow[1].contains("last read"))
        #expect(narrow[1].contains("title ▲"))
    }

    @Test func clicksSortSelectAndOpen() {
        var state = Self.state()
        let columns = LibraryView.columns(x: 0, width: 120)
        let words = columns.first { $0.sort == .words }!
        // A click on a column title sorts by it; again, the other way.
        _ = state.apply(.pointer(.press, x: words.x + 2, y: 1))
        #expect(state.library.sort == .words && !state.library.ascending)
        _ = state.apply(.pointer(.release, x: words.x + 2, y: 1))
        _ = state.apply(.pointer(.press, x: words.x + 2, y: 1))
        #expect(state.library.sort == .words && state.library.ascending)
        let progress = columns.first { $0.sort == .progress }!
        _ = state.apply(.pointer(.press, x: progress.x + progress.width - 1, y: 1))
        #expect(state.library.sort == .progress)
        // A click on a row selects it; on the selected row, opens it.
        let list = state.library.visible
        #expect(state.library.selectedID == list[0].id)
        #expect(state.apply(.pointer(.press, x: 5, y: 3)) == [])
        #expect(state.library.selectedID == list[1].id)
        #expect(state.apply(.pointer(.press, x: 5, y: 3)) == [.open(articleID: list[1].id)])
        #expect(state.apply(.pointer(.doubleClick, x: 5, y: 4)) == [.open(articleID: list[2].id)])
        // Below the last row nothing happens.
        #expect(state.apply(.pointer(.press, x: 5, y: 9)) == [])
    }

    @Test func indexedBatchesFillInPlaceholdersWithProgress() {
        var library = LibraryState(entries: [
            .pending(id: "news/zebra-crossing"), .pending(id: "news/apple-market"), .pending(id: "news/gone"),
        ])
        library.indexTotal = 3
        var state = AppState(size: Size(width: 120, height: 12), library: library)
        #expect(state.library.selectedID == "news/apple-market")
        var lines = ScreenRenderer.render(state, theme: Theme(depth: .color256)).buffer.textLines()
        #expect(lines.last!.contains("indexing 0/3…"))
        #expect(lines[2].contains("apple-market") && lines[2].contains("…"))
        var zebra = LibraryEntry(
            id: "news/zebra-crossing", title: "A crossing painted overnight", origin: "news", words: 210)
        zebra.counts = ArticleCounts(quotes: 2, tags: ["local"])
        _ = state.apply(.indexed(entries: [zebra], removed: [], notices: [], done: 1, total: 3))
        // The selection stayed on the first row while the titles came in.
        #expect(state.library.visible.first?.id == "news/zebra-crossing")
        #expect(state.library.selectedID == "news/zebra-crossing")
        #expect(state.knownTags == ["local"])
        lines = ScreenRenderer.render(state, theme: Theme(depth: .color256)).buffer.textLines()
        #expect(lines.last!.contains("indexing 1/3…"))
        #expect(lines[2].contains("A crossing painted overnight") && lines[2].contains("210"))
        let apple = LibraryEntry(
            id: "news/apple-market", title: "Market stalls return", origin: "news", words: 90, counts: ArticleCounts())
        _ = state.apply(
            .indexed(
                entries: [apple], removed: ["news/gone"], notices: ["news/gone.txt: skipped (empty file)"], done: 3,
                total: 3))
        #expect(!state.library.isIndexing)
        #expect(state.library.entries.map(\.id).sorted() == ["news/apple-market", "news/zebra-crossing"])
        #expect(state.notices == ["news/gone.txt: skipped (empty file)"])
        lines = ScreenRenderer.render(state, theme: Theme(depth: .color256)).buffer.textLines()
        #expect(!lines.last!.contains("indexing"))
        #expect(lines.last!.contains("1 problem loading the library"))
    }

    @Test func manyEntriesStayInOrderAsTheyChange() {
        let n = 5_000
        var entries: [LibraryEntry] = []
        for i in 0..<n {
            entries.append(Self.entry("x/\(i)", "Title \(String(i * 7919 % n))", words: i, quotes: i % 13))
        }
        var library = LibraryState(entries: entries)
        library.sort(by: .quotes)
        func check() {
            let v = library.visible
            for (a, b) in zip(v, v.dropFirst()) {
                #expect(!LibraryState.precedes(b, a, by: library.sort, ascending: library.ascending))
            }
        }
        check()
        library.modify("x/3") { $0.counts?.quotes = 99 }
        #expect(library.visible.first?.id == "x/3")
        check()
        library.update([Self.entry("x/new", "New", words: 1, quotes: 100)], removing: ["x/4"])
        #expect(library.visible.first?.id == "x/new")
        #expect(library.entry("x/4") == nil)
        #expect(library.entries.count == n)
        check()
    }

    @Test func aStreamingExecutorFeedsTheListThroughTheRunLoop() {
        let backend = TestBackend(width: 120, height: 12)
        var library = LibraryState(entries: [.pending(id: "one"), .pending(id: "two")])
        library.indexTotal = 2
        let executor = StreamingIndex()
        let app = ReaderApp(
            state: AppState(size: backend.size, library: library), backend: backend, executor: executor,
            theme: Theme(depth: .color256), inline: true)
        app.start(.indexLibrary)
        #expect(!app.state.library.isIndexing)
        #expect(app.state.library.entries.map(\.title).sorted() == ["First story", "Second story"])
        // Placeholders are never counted by analysis: their counts come from the index.
        #expect(executor.counted.isEmpty)
        app.startCounting()
        #expect(executor.counted == ["two"])
    }
}

/// Indexes two articles, posting the first before returning the second; counts what it is asked to.
final class StreamingIndex: EffectExecutor, @unchecked Sendable {
    var counted: [String] = []

    func perform(_ effect: Effect) -> [Event] { perform(effect, post: { _ in }) }

    func perform(_ effect: Effect, post: @escaping @Sendable ([Event]) -> Void) -> [Event] {
        switch effect {
        case .indexLibrary:
            let one = LibraryEntry(id: "one", title: "First story", origin: "—", words: 10, counts: ArticleCounts())
            post([.indexed(entries: [one], removed: [], notices: [], done: 1, total: 2)])
            // The second has annotations: its counts wait for its notes.
            let two = LibraryEntry(id: "two", title: "Second story", origin: "—", words: 20)
            return [.indexed(entries: [two], removed: [], notices: [], done: 2, total: 2)]
        case .count(let id):
            counted.append(id)
            return [.counted(id: id, counts: ArticleCounts(notes: 1))]
        default:
            return []
        }
    }
}
