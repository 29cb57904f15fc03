import Foundation
import GlossCore

/// Seconds since an arbitrary start, from the monotonic clock.
func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// `analysis [DIR]`: words/s and MB/s of the analyzer, and the founding sample's latency.
enum AnalysisBenchmark {
    static let usage =
        "  analysis [DIR]   words/s and MB/s of analysis over DIR (default: Articles/), repeated to 10 MB"

    static func run(_ arguments: [String]) -> Int32? {
        guard arguments.first == "analysis" else { return nil }

        let dir = URL(fileURLWithPath: arguments.count > 1 ? arguments[1] : "Articles")
        let library: Library
        do {
            library = try Library.load(from: dir)
        } catch {
            FileHandle.standardError.write(Data("gloss-bench: cannot load \(dir.path): \(error)\n".utf8))
            return 1
        }
        let articles = library.articles
        guard !articles.isEmpty else {
            FileHandle.standardError.write(Data("gloss-bench: no articles in \(dir.path)\n".utf8))
            return 1
        }
        // The first analysis also loads the name lists: the latency a reader sees once.
        let sample = articles.first { $0.stem == "mexican-police-detain-migrants" } ?? articles[0]
        var t = now()
        var sink = analyze(sample).entities.count
        let first = now() - t
        t = now()
        for _ in 0..<20 { sink &+= analyze(sample).entities.count }
        let warm = (now() - t) / 20
        // Throughput: whole articles, one after another, until 10 MB have been analysed.
        let target = 10_000_000
        var bytes = 0, words = 0
        t = now()
        while bytes < target {
            for a in articles {
                sink &+= analyze(a).figures.count
                bytes += a.text.utf8.count
                words += a.wordCount
            }
        }
        let elapsed = now() - t
        print(
            String(
                format: "analysis: %d articles, %.1f MB, %d words in %.3f s", articles.count, Double(bytes) / 1e6,
                words, elapsed))
        print(
            String(
                format: "analysis: %.2f M words/s, %.1f MB/s", Double(words) / elapsed / 1e6,
                Double(bytes) / elapsed / 1e6))
        print(
            String(
                format: "analysis: %@ (%d words): first %.2f ms (with name lists), then %.3f ms", sample.stem,
                sample.wordCount, first * 1e3, warm * 1e3))
        if sink == -1 { print(sink) }
        return 0
    }
}
