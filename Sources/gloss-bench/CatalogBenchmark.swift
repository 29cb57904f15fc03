import Foundation
import GlossCore
import GlossIndex

/// `catalog DIR INDEX`: the library-wide views over a warm index (run `gloss list --library DIR
/// --index INDEX` first), in this process and as a user runs the commands. The speaker is the
/// library's most quoted person and the search word the last word of that name, so the
/// figures hold for whatever library is measured:
///
/// - a search's first page (20 articles with their lines of context), target ≤ 100 ms;
/// - a facet change: the articles naming that person narrowed from the facet table, and the
///   facet counts of what is left, target ≤ 50 ms (the facet table itself is built once);
/// - the quote book of that speaker, target ≤ 200 ms;
/// - `gloss search`, `gloss quotes --speaker` and `gloss list --person`, from the process's start
///   to its end (the library's scan and the index's freshness check included), with peak memory.
///
/// `library` runs this after its own warm runs.
enum CatalogBenchmark {
    static let usage = """
          catalog DIR INDEX           search, facets and the quote book over DIR's warm index, in process and as gloss commands
        """

    static let searchTarget = 0.1
    static let facetTarget = 0.05
    static let quotesTarget = 0.2

    static func run(_ arguments: [String]) -> Int32? {
        if arguments.first == "catalog-in-process", arguments.count == 4 {
            return inProcess(
                library: URL(fileURLWithPath: arguments[1], isDirectory: true), index: arguments[2],
                report: arguments[3])
        }
        guard arguments.first == "catalog" else { return nil }
        guard arguments.count == 3 else { return StoreBenchmark.fail("usage: catalog DIR INDEX") }
        let gloss = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "gloss"
        ).path
        return measure(
            library: URL(fileURLWithPath: arguments[1], isDirectory: true), index: arguments[2], gloss: gloss)
    }

    /// The fastest of `times` runs of `body`, in seconds, and its last result.
    static func best<T>(_ times: Int, _ body: () throws -> T) rethrows -> (Double, T) {
        var fastest = Double.infinity
        var result: T?
        for _ in 0..<times {
            let start = now()
            result = try body()
            fastest = min(fastest, now() - start)
        }
        return (fastest, result!)
    }

    static func line(_ name: String, _ seconds: Double, target: Double?, _ detail: String = "") -> String {
        var text = name.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: "%8.1f ms", seconds * 1000)
        if let target { text += "  (target ≤ \(Int(target * 1000)) ms: \(seconds <= target ? "met" : "NOT met"))" }
        return text + (detail.isEmpty ? "" : "  " + detail)
    }

    /// The in-process figures run in a process of their own: the memory they take would
    /// otherwise be counted in the peak of every command spawned after them (Linux keeps a
    /// process's high-water mark across `exec`). That process names the speaker and the word.
    static func measure(library: URL, index path: String, gloss: String) -> Int32 {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-bench-catalog-\(getpid())")
            .path
        defer { unlink(report) }
        // What this process printed goes out before the child's lines.
        fflush(nil)
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["catalog-in-process", library.path, path, report]
        do {
            try child.run()
        } catch {
            return StoreBenchmark.fail("\(error)")
        }
        child.waitUntilExit()
        guard child.terminationStatus == 0, let named = try? String(contentsOfFile: report, encoding: .utf8) else {
            return 1
        }
        let parts = named.split(separator: "\n").map(String.init)
        guard parts.count == 2 else { return StoreBenchmark.fail("the in-process run named no speaker") }
        let (speaker, word) = (parts[0], parts[1])
        let common = ["--library", library.path, "--index", path]
        for (name, arguments, target) in [
            ("gloss search", ["search", word] + common, searchTarget),
            ("gloss quotes --speaker", ["quotes", "--speaker", speaker] + common, quotesTarget),
            ("gloss list --person", ["list", "--person", speaker] + common, nil),
        ] as [(String, [String], Double?)] {
            let run = LibraryBenchmark.best(5) { LibraryBenchmark.spawn(gloss, arguments) }
            guard run.status == 0 else { return StoreBenchmark.fail("\(name) failed") }
            print(
                line(
                    name + " (process)", run.seconds, target: target,
                    String(format: "cpu %.0f ms  peak %.0f MB", run.cpuSeconds * 1000, run.peakMegabytes)))
        }
        print("load average at the end: \(LibraryBenchmark.loadAverage())")
        return 0
    }

    /// The figures measured in this process; the speaker and the search word go to `report`.
    static func inProcess(library: URL, index path: String, report: String) -> Int32 {
        do {
            let (files, _) = try Library.scan(library)
            let ordered = Library.sortedByID(files, id: \.id)
            let index = try LibraryIndex(url: URL(fileURLWithPath: path))
            defer { index.close() }
            var articles: [CatalogArticle] = []
            for case .article(let s, let row?, _, _)? in try LibraryIndexer(index: index).freshItems(ordered) {
                articles.append(CatalogArticle(rowID: row, id: s.id, title: s.title, date: s.metadata.date))
            }
            guard articles.count == ordered.count else {
                return StoreBenchmark.fail(
                    "the index holds \(articles.count) of \(ordered.count) articles fresh: run gloss list on it first")
            }
            let catalog = LibraryCatalog(index: index, articles: articles)
            print("catalog: \(articles.count) articles, warm index (fastest of 5 runs each)")
            // What every command does before it answers: the folder's scan, then what the index
            // holds fresh of it.
            let (scanTime, _) = try best(5) { try Library.scan(library) }
            let (freshTime, _) = try best(5) { try LibraryIndexer(index: index).freshItems(ordered) }
            print(line("library scan (stat only)", scanTime, target: nil))
            print(line("freshness check (index read)", freshTime, target: nil))

            let (listingTime, people) = try best(3) { try catalog.listing(.person) }
            guard let speaker = people.max(by: { ($0.quotes, $1.name) < ($1.quotes, $0.name) }), speaker.quotes > 0
            else {
                return StoreBenchmark.fail("nobody is quoted in this library")
            }
            let word = LibraryNames.key(String(speaker.name.split(separator: " ").last ?? ""), kind: .person)
            guard let query = SearchQuery(word) else {
                return StoreBenchmark.fail("no word to search for in '\(speaker.name)'")
            }
            let (searchTime, results) = try best(5) { try catalog.search(query, limit: 20) }
            print(
                line(
                    "search, first page", searchTime, target: searchTarget,
                    "\"\(word)\": \(results.hits.count) of \(results.total) articles"))
            let (quotesTime, quotes) = try best(5) { try catalog.quotes(speaker: speaker.name) }
            print(
                line(
                    "quote book of one speaker", quotesTime, target: quotesTarget,
                    "\(quotes.count) quotes in \(Set(quotes.map(\.articleID)).count) articles"))
            let (tableTime, table) = try best(3) { try catalog.facetTable() }
            print(line("facet table (once per library)", tableTime, target: nil, "\(table.values.count) values"))
            let all = articles.map(\.id)
            let filter = LibraryFilter(people: [speaker.name])
            let (facetTime, narrowed) = best(5) { () -> ([String], [FacetValue]) in
                let shown = all.filter { table.article($0, matches: filter) }
                return (shown, table.counts(among: shown))
            }
            print(
                line(
                    "facet change (one person)", facetTime, target: facetTarget,
                    "\(narrowed.0.count) articles, \(narrowed.1.count) facet values left"))
            print(line("people listing", listingTime, target: nil, "\(people.count) people"))

            try Data("\(speaker.name)\n\(word)\n".utf8).write(to: URL(fileURLWithPath: report))
            return 0
        } catch {
            return StoreBenchmark.fail("\(error)")
        }
    }
}
