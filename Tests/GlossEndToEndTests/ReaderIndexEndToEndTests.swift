import Foundation
import GlossTestSupport
import Testing

/// The reader's library from the library index, in a real terminal: fresh articles come from
/// the index without their files being read, new ones are indexed while the list is up, and
/// an article's text is read when it is opened.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed: end-to-end reader tests skipped"), .serialized)
struct ReaderIndexEndToEndTests {
    static let articles = [
        (
            "harbour.txt",
            "Ferry service returns to the old harbour\n\nThe council said on Tuesday that 14 ferries would sail again. “We waited long enough,” said Wilma Okafor, who runs a kiosk by the pier.\n"
        ),
        (
            "orchard.txt",
            "Orchard growers count a late frost\n\nGrowers near Valdane lost about 30 percent of the apple blossom, the cooperative reported.\n"
        ),
        (
            "bridge.md",
            "---\ntitle: Footbridge vote put off again\ndate: 2025-10-02\n---\n\nThe vote on the footbridge was put off for three weeks. “It is a simple question,” Tomas Brandt told the meeting.\n"
        ),
    ]

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-read-index-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(
            at: url.appendingPathComponent("library"), withIntermediateDirectories: true)
        for (name, text) in Self.articles {
            try Data(text.utf8).write(to: url.appendingPathComponent("library/\(name)"))
            // Settled files, as the index wants them to trust size and time alone.
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)],
                ofItemAtPath: url.appendingPathComponent("library/\(name)").path)
        }
        return url
    }

    func session(_ arguments: String, width: Int = 120, height: Int = 40) throws -> TmuxSession {
        try #require(
            ReaderBinary.path != nil, "the gloss binary was not found next to the tests; build it or set GLOSS_BINARY")
        return try TmuxSession(
            command: ReaderBinary.command(arguments, environment: "-u NO_COLOR TERM=xterm-256color"), width: width,
            height: height)
    }

    func row(_ screen: String, _ title: String) -> String? {
        screen.components(separatedBy: "\n").first { $0.contains(title) }
    }

    @Test func theListComesFromTheIndexAndNewArticlesFillIn() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let library = dir.appendingPathComponent("library").path
        let index = dir.appendingPathComponent("index.sqlite").path
        // Fill the index the way `gloss list` does.
        let listed = try GlossBinary.run(
            ["list", "--library", library, "--format", "json"], environment: ["GLOSS_INDEX": index])
        #expect(listed.status == 0, "\(listed.stderr)")

        // Change the orchard article's bytes but not its size or time: the index still counts
        // it fresh, so the list shows what the index holds (its file is not read at start).
        let orchard = dir.appendingPathComponent("library/orchard.txt")
        let original = try String(contentsOf: orchard, encoding: .utf8)
        let edited = original.replacingOccurrences(of: "Orchard growers count", with: "Vineyard owners note ")
        #expect(edited.utf8.count == original.utf8.count)
        try Data(edited.utf8).write(to: orchard)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)], ofItemAtPath: orchard.path)
        // And a new article the index has never seen.
        try Data("Night market draws record crowd\n\nAbout 9,000 people came, the organisers said.\n".utf8)
            .write(to: dir.appendingPathComponent("library/market.txt"))

        let tmux = try session("read --library '\(library)' --index '\(index)'")
        defer { tmux.close() }
        var screen = try tmux.waitFor(timeout: 10) { screen in
            screen.contains(" LIBRARY ") && screen.contains("Night market draws record crowd")
                && !screen.contains("indexing")
        }
        #expect(screen.contains("4 of 4 articles"))
        // The index's title and counts for the unchanged key, the new article's once indexed.
        let fromIndex = try #require(row(screen, "Orchard growers count a late frost"))
        #expect(!fromIndex.contains("…"), "counts from the index: \(fromIndex)")
        #expect(!screen.contains("Vineyard owners"))
        let harbour = try #require(row(screen, "Ferry service returns"))
        #expect(harbour.split(separator: " ").contains("1"), "one quote: \(harbour)")
        let market = try #require(row(screen, "Night market draws record crowd"))
        #expect(!market.contains("…"))
        #expect(!screen.contains("problem"))

        // Opening reads the file as it is now.
        try tmux.send("/")
        try tmux.send("orchard", literal: true)
        try tmux.send("Enter")
        try tmux.send("Enter")
        screen = try tmux.waitFor(" READ ")
        #expect(screen.contains("Vineyard owners note"))
        try tmux.send("q")
        screen = try tmux.waitFor(" LIBRARY ")
        // Sorting by words, then the other way: the header says which.
        try tmux.send("3")
        screen = try tmux.waitFor("sorted by words ▼")
        try tmux.send("3")
        screen = try tmux.waitFor("sorted by words ▲")
        try tmux.send("q")
        _ = try tmux.waitFor("EXIT=0")

        // The new article is in the index now: a second listing finds all four fresh.
        let again = try GlossBinary.run(
            ["list", "--library", library, "--format", "json"], environment: ["GLOSS_INDEX": index])
        #expect(again.stdout.contains("Night market draws record crowd"))
    }

    @Test func withoutAnIndexTheReaderAnalysesForItsCounts() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let library = dir.appendingPathComponent("library").path
        let index = dir.appendingPathComponent("never.sqlite").path
        let tmux = try session("read --library '\(library)' --index '\(index)' --no-index")
        defer { tmux.close() }
        let screen = try tmux.waitFor(timeout: 10) {
            $0.contains("Footbridge vote put off again") && !$0.contains("…") && !$0.contains("indexing")
        }
        #expect(screen.contains("3 of 3 articles"))
        #expect(try #require(row(screen, "Footbridge vote")).contains("2025-10-02"))
        try tmux.send("q")
        _ = try tmux.waitFor("EXIT=0")
        #expect(!FileManager.default.fileExists(atPath: index), "--no-index wrote an index")
    }

    @Test func openingOneArticleDirectlyReadsOnlyThatOne() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let library = dir.appendingPathComponent("library").path
        let tmux = try session("read --library '\(library)' harbour")
        defer { tmux.close() }
        var screen = try tmux.waitFor(" READ ")
        #expect(screen.contains("Ferry service returns to the old harbour"))
        try tmux.send("h")
        screen = try tmux.waitFor(timeout: 10) {
            $0.contains(" LIBRARY ") && $0.contains("Orchard growers") && !$0.contains("indexing")
        }
        #expect(screen.contains("3 of 3 articles"))
        try tmux.send("q")
        _ = try tmux.waitFor("EXIT=0")
    }
}
