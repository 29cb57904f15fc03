import Foundation
import GlossTestSupport
import Testing

/// The catalog screen in a real terminal, on a small library written here: one speaker quoted
/// in two articles under two of her names, and two articles that disagree on one figure.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed: end-to-end reader tests skipped"), .serialized)
struct CatalogScreenEndToEndTests {
    static let articles = [
        (
            "quarry.txt",
            "Quarry expansion splits the valley\n\nThe county said 212 households would be moved to make room for the pit. “We will not sell our land,” said Odile Vantrecht, who farms near the site.\n"
        ),
        (
            "residents.txt",
            "Valley residents question the quarry plan\n\nThe planning office now says about 180 households would be moved. “The numbers were never checked,” said Odile Vantrecht Moreau, a farmer who leads the residents group.\n"
        ),
    ]

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-catalog-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(
            at: url.appendingPathComponent("library"), withIntermediateDirectories: true)
        for (name, text) in Self.articles {
            try Data(text.utf8).write(to: url.appendingPathComponent("library/\(name)"))
        }
        return url
    }

    func session(_ dir: URL, width: Int = 110, height: Int = 24) throws -> TmuxSession {
        try #require(
            ReaderBinary.path != nil, "the gloss binary was not found next to the tests; build it or set GLOSS_BINARY")
        let arguments =
            "read --library '\(dir.path)/library' --index '\(dir.path)/index.sqlite' --store '\(dir.path)/store'"
        return try TmuxSession(
            command: ReaderBinary.command(arguments, environment: "-u NO_COLOR TERM=xterm-256color"), width: width,
            height: height)
    }

    func row(_ screen: String, _ text: String) -> String? {
        screen.components(separatedBy: "\n").first { $0.contains(text) }
    }

    @Test func theQuoteBookOpensTheArticleAtTheQuoteAndTagsIt() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmux = try session(dir)
        defer { tmux.close() }
        _ = try tmux.waitFor(timeout: 15) {
            $0.contains(" LIBRARY ") && $0.contains("Valley residents") && !$0.contains("indexing")
        }
        try tmux.send("Q")
        var screen = try tmux.waitFor(timeout: 10) { $0.contains("Odile Vantrecht Moreau") && $0.contains(" QUOTES ") }
        // One speaker, two quotes in two articles, under her two names.
        let speaker = try #require(
            screen.components(separatedBy: "\n").first { $0.hasPrefix(" Odile Vantrecht Moreau") })
        #expect(speaker.split(separator: " ").contains("2"), "two quotes: \(speaker)")
        #expect(screen.contains("“We will not sell our land,”"))
        #expect(screen.contains("“The numbers were never checked,”"))

        // Into her quotes, down to the second, Enter: its article, the quote on screen.
        try tmux.send("Enter")
        try tmux.send("j")
        try tmux.send("Enter")
        screen = try tmux.waitFor(" READ ")
        #expect(screen.contains("Valley residents question the quarry plan"))
        #expect(screen.contains("were never checked,”"))
        #expect(screen.contains("Quote 1/1"), "the quote is focused: \(screen)")
        // q: back to the quote book.
        try tmux.send("q")
        _ = try tmux.waitFor(" QUOTES ")

        // t on the quote: the reader opens at it with the tag prompt; the tag is saved.
        try tmux.send("t")
        _ = try tmux.waitFor(timeout: 5) { $0.contains("comma between tags") || $0.contains("Tab: ") }
        try tmux.send("disputed", literal: true)
        try tmux.send("Enter")
        screen = try tmux.waitFor("Annotation saved")
        #expect(screen.contains("speaker: Odile Vantrecht Moreau"))
        try tmux.send("q")
        _ = try tmux.waitFor(" QUOTES ")

        let listed = try GlossBinary.run(
            [
                "annotations", "list", "--store", dir.appendingPathComponent("store").path, "--library",
                dir.appendingPathComponent("library").path, "--format", "json",
            ])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("disputed"))
        #expect(listed.stdout.contains("The numbers were never checked"))
        #expect(listed.stdout.contains("residents"))
    }

    @Test func theFigureLedgerComparesTheTwoArticlesAndOpensAFigure() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmux = try session(dir)
        defer { tmux.close() }
        _ = try tmux.waitFor(timeout: 15) {
            $0.contains(" LIBRARY ") && $0.contains("Valley residents") && !$0.contains("indexing")
        }
        try tmux.send("F")
        var screen = try tmux.waitFor(timeout: 10) { $0.contains(" FIGURES ") && $0.contains("households") }
        #expect(screen.contains("212"))
        try tmux.send("c")
        screen = try tmux.waitFor("compared")
        #expect(screen.contains("households · moved · 2 articles · the values differ"), "\(screen)")
        let first = try #require(row(screen, "about 180"))
        let second = try #require(row(screen, "212 households"))
        #expect(first.contains("180") && second.contains("212"))
        // By value, largest first, and Enter opens the article at that figure.
        try tmux.send("c")
        try tmux.send("s")
        screen = try tmux.waitFor("sorted by value ▼")
        try tmux.send("Enter")
        screen = try tmux.waitFor(" READ ")
        #expect(screen.contains("Quarry expansion splits the valley"))
        #expect(screen.contains("212"))
        // Back, then the people tab: her articles, and one opened from there.
        try tmux.send("q")
        _ = try tmux.waitFor(" FIGURES ")
        try tmux.send("3")
        screen = try tmux.waitFor(timeout: 10) { $0.contains(" PEOPLE ") && $0.contains("Odile Vantrecht Moreau") }
        #expect(screen.contains("Odile Vantrecht"))
        try tmux.send("Enter")
        screen = try tmux.waitFor("articles naming Odile Vantrecht Moreau (2)")
        #expect(screen.contains("Quarry expansion") && screen.contains("Valley residents"))
        try tmux.send("h")
        try tmux.send("q")
        _ = try tmux.waitFor(" LIBRARY ")
    }
}
