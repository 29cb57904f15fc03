import Foundation
import GlossCore
import GlossUI

/// `gloss-bench library-facets [COUNT]`: what a facet change costs on the library screen, in
/// process: COUNT articles (default 10,000) with a facet table shaped like the generated
/// library's (people, places and speakers drawn from pools with a few very common names and a
/// long tail, seeded), the panel open; each step is the key's `apply` and the frame drawn after it.
enum FacetBenchmark {
    static let usage =
        "  library-facets [COUNT]      a facet change on the library screen (choose, choose another, let go) over COUNT articles, key + frame"

    static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    static func run(_ arguments: [String]) -> Int32? {
        guard arguments.first == "library-facets" else { return nil }
        let count = arguments.count > 1 ? Int(arguments[1]) ?? 10_000 : 10_000
        var random = StoreBenchmark.Seeded(seed: 7)
        var table = FacetTable()
        var entries: [LibraryEntry] = []
        entries.reserveCapacity(count)
        // Skewed picks: the square of a uniform number favours the first names of a pool.
        func pick(_ pool: Int) -> Int {
            let u = Double(random.next() % 1_000_000) / 1_000_000
            return Int(u * u * Double(pool))
        }
        for i in 0..<count {
            let id = "gen/article-\(i)"
            var entry = LibraryEntry(id: id, title: "Article \(i)", origin: "gen", words: 500)
            entry.counts = ArticleCounts(quotes: 3, people: 12, places: 10, figures: 8, notes: 0)
            entries.append(entry)
            for _ in 0..<12 { table.add(articleID: id, kind: .person, name: "Person \(pick(8_000))") }
            for _ in 0..<10 { table.add(articleID: id, kind: .place, name: "Place \(pick(3_000))") }
            for _ in 0..<3 { table.add(articleID: id, kind: .speaker, name: "Person \(pick(2_000))") }
        }
        let pairs = table.byArticle.values.reduce(0) { $0 + $1.count }
        print(
            "library-facets: \(count) articles, \(table.values.count) facet values, \(pairs) article–value pairs (synthetic, seeded)"
        )
        var state = AppState(
            size: Size(width: 120, height: 40), library: LibraryState(entries: entries, location: "gen"))
        let theme = Theme(depth: .color256)
        func timed(_ name: String, _ actions: [Action]) {
            var times: [Double] = []
            for _ in 0..<5 {
                var copy = state
                let clock = ContinuousClock()
                let start = clock.now
                for a in actions { _ = copy.apply(a) }
                _ = ScreenRenderer.render(copy, theme: theme)
                times.append(milliseconds(clock.now - start))
            }
            times.sort()
            print(
                "\(name.padding(toLength: 44, withPad: " ", startingAt: 0)) median \(String(format: "%6.1f", times[2])) ms  best \(String(format: "%6.1f", times[0])) ms"
            )
        }
        _ = state.apply(.togglePanel)
        let clock = ContinuousClock()
        let start = clock.now
        _ = state.apply(.facetsLoaded(table, failure: nil))
        print(
            "facets taken in (the table arrives, counted)   \(String(format: "%6.1f", milliseconds(clock.now - start))) ms"
        )
        timed("choose the most common person (Enter)", [.activate])
        _ = state.apply(.activate)
        print("  → \(state.library.visible.count) articles shown")
        timed("choose a second facet as well (j Enter)", [.lineDown, .activate])
        timed("let every facet go (c)", [.clearFacets])
        timed("move in the panel (j)", [.lineDown])
        return 0
    }
}
