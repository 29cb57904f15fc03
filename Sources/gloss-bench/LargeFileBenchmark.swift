import Foundation
import GlossCore

/// `gloss-bench large-file [MB]`: writes a plain-text article of MB megabytes (50 unless told:
/// well under the 128 MiB limit above which a file is skipped), loads it as a library and prints
/// the time; checks that the whole file arrived (title, every scalar, the words) and fails
/// otherwise. Kept out of `swift test`, which it would slow by seconds.
enum LargeFileBenchmark {
    static let usage =
        "  large-file [MB]  load time of one plain-text article of MB megabytes (default 50), checked whole"

    static func run(_ arguments: [String]) -> Int32? {
        guard arguments.first == "large-file" else { return nil }
        let megabytes = arguments.dropFirst().first.flatMap(Int.init) ?? 50
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-bench-large-\(getpid())", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sentence = "The ferry to the island left at 7 with 212 cyclists and a crate of pears on board. "
        let paragraph = Array((String(repeating: sentence, count: 20) + "\n\n").utf8)
        let size = megabytes * 1_000_000
        var bytes = Array("Big Title\n\n".utf8)
        bytes.reserveCapacity(size + paragraph.count)
        while bytes.count < size { bytes += paragraph }
        let paragraphs = (bytes.count - 11) / paragraph.count
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: folder.appendingPathComponent("big.txt"))
            let clock = ContinuousClock()
            let start = clock.now
            let library = try Library.load(from: folder)
            let took = clock.now - start
            guard let article = library.articles.first else {
                return fail("the article was not loaded: \(library.warnings)")
            }
            guard article.title == "Big Title" else { return fail("title '\(article.title)'") }
            guard article.scalars.count == bytes.count else {
                return fail("\(article.scalars.count) scalars of \(bytes.count)")
            }
            // 18 words a sentence, 20 sentences a paragraph, and the title's two.
            let words = paragraphs * 20 * 18 + 2
            guard article.wordCount == words else { return fail("\(article.wordCount) words, not \(words)") }
            print(
                "large-file: \(bytes.count / 1_000_000) MB, \(article.wordCount) words: loaded in \(RenderBenchmark.ms(took)) ms"
            )
            return 0
        } catch {
            return fail("\(error)")
        }
    }

    private static func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("gloss-bench large-file: \(message)\n".utf8))
        return 1
    }
}
