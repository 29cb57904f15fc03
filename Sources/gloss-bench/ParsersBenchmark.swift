import Foundation
import GlossCore
import GlossUI

/// `gloss-bench parsers`: each format on inputs made to be slow (deep nesting, marks that never
/// close), timed from the file to `gloss show`'s lines and to the reader's first frame. Every
/// figure should stay well under a second; a parser that turns quadratic shows here as seconds
/// or minutes.
enum ParsersBenchmark {
    static let usage =
        "  parsers          load, show and first-frame times on pathological HTML and Markdown (deep nesting, unclosed marks)"

    /// Name, file extension, text.
    static func inputs() -> [(String, String, String)] {
        func repeated(_ s: String, _ n: Int) -> String { String(repeating: s, count: n) }
        return [
            (
                "390 KB of nested <ul><li>", "html",
                "<html><body>" + repeated("<ul><li>item\n", 30_000) + "</body></html>"
            ),
            (
                "4,000 nested lists, closed", "html",
                "<html><body>" + repeated("<ul><li>item ", 4_000) + repeated("</li></ul>", 4_000) + "</body></html>"
            ),
            (
                "5,000 nested <blockquote>", "html",
                "<html><body>" + repeated("<blockquote>q ", 5_000) + repeated("</blockquote>", 5_000) + "</body></html>"
            ),
            ("100,000 '<'", "md", "# Title\n\n" + repeated("<", 100_000) + "\n"),
            ("100,000 'a < '", "md", "# Title\n\n" + repeated("a < ", 100_000) + "\n"),
            ("100,000 '['", "md", "# Title\n\n" + repeated("a [ ", 100_000) + "\n"),
            ("50,000 unclosed '[a]('", "md", "# Title\n\n" + repeated("[a]( ", 50_000) + "\n"),
            ("5,000 nested links", "md", "# Title\n\n" + repeated("[", 5_000) + "x" + repeated("](u)", 5_000) + "\n"),
            ("5,000 nested emphasis", "md", "# Title\n\n" + repeated("*_", 5_000) + "x" + repeated("_*", 5_000) + "\n"),
            ("5,000 nested block quotes", "md", "# Title\n\n" + repeated("> ", 5_000) + "x\n"),
            (
                "1,000 nested list items", "md",
                "# Title\n\n" + (0..<1_000).map { repeated("  ", $0) + "- item\n" }.joined()
            ),
            (
                "backtick runs of 1 to 450", "md",
                "# Title\n\n" + (1...450).map { repeated("`", $0) }.joined(separator: " ") + "\n"
            ),
        ]
    }

    static func run(_ arguments: [String]) -> Int32? {
        guard arguments.first == "parsers" else { return nil }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-bench-parsers-\(getpid())", isDirectory: true)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let clock = ContinuousClock()
        print(
            "parsers: load = read + decode + parse; show = `gloss show --width 80` lines; open = analysis + first frame at 80x24"
        )
        for (n, (name, ext, text)) in inputs().enumerated() {
            let file = folder.appendingPathComponent("input-\(n).\(ext)")
            do {
                try Data(text.utf8).write(to: file)
                let t0 = clock.now
                let (article, _) = try ArticleLoader.load(file)
                let t1 = clock.now
                let lines = WordWrap.render(article, width: 80)
                let t2 = clock.now
                let shown = lines.reduce(0) { $0 + $1.utf8.count + 1 }
                let backend = TestBackend(width: 80, height: 24)
                let app = ReaderApp(
                    state: AppState(size: backend.size, library: LibraryState(entries: [LibraryEntry(article)])),
                    backend: backend,
                    executor: BenchSource(articles: [article]), theme: Theme(depth: .color256), inline: true)
                app.post(.opened(BenchSource(articles: [article]).document(for: article.id)!))
                app.drawFrame()
                let t3 = clock.now
                let size = text.utf8.count >= 10_000 ? "\(text.utf8.count / 1000) KB" : "\(text.utf8.count) B"
                print(
                    "  \(RenderBenchmark.pad(ext + ": " + name, 36)) \(RenderBenchmark.pad(size, 7)) load \(RenderBenchmark.ms(t1 - t0)) ms, show \(RenderBenchmark.ms(t2 - t1)) ms (\(shown) bytes), open \(RenderBenchmark.ms(t3 - t2)) ms"
                )
            } catch {
                print("  \(ext): \(name): \(error)")
            }
        }
        return 0
    }
}
