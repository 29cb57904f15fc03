import Foundation
import GlossTestSupport
import Testing

/// The library's full-text search and facet panel in a real terminal, over a small library
/// whose articles name one person three ways: `f` finds a word deep in an article's body and
/// Enter opens it with the match on screen; Tab's facets narrow the list.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed: end-to-end reader tests skipped"), .serialized)
struct LibrarySearchEndToEndTests {
    static let articles = [
        (
            "tide.txt",
            "Tide gauges fall silent along the coast\n\nHelena Varga Sorensen, an engineer, said on Monday that six tide gauges had stopped sending readings.\n\n"
                + "“The batteries froze,” said Varga Sorensen, who leads the coastal survey.\n\nThe survey office in Port Elmstead will send a crew next week.\n\n"
                + "Volunteers counted the gulls on the breakwater while they waited.\n\nThe crew will carry spare cables, two ladders and a flask of tea.\n\n"
                + "A fisherman said the harbour had seen worse winters.\n\nThe last repair took four days and cost about 9,000 dollars.\n\n"
                + "Nobody expects the sensors to last another decade.\n\nThe report ends with a note on the quillwort growing by the old pier.\n"
        ),
        (
            "dunes.txt",
            "Dune fences return to Saltby beach\n\nThe council approved new fences on Thursday. Varga Sorensen, the coastal engineer, told councillors the dunes had shrunk by a third.\n\nResidents in Saltby welcomed the plan.\n"
        ),
        (
            "boat.txt",
            "Survey boat named after retired skipper\n\nThe coastal survey unveiled its new boat in Port Elmstead. Helena Varga Sorensen (HVS) thanked the crew.\n\n“It is a fine boat,” HVS said.\n"
        ),
        (
            "bakery.txt",
            "Bakery wins regional bread prize\n\nA bakery in Lowmoor won the regional prize for its rye loaf, judges said on Friday.\n"
        ),
    ]

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-search-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(
            at: url.appendingPathComponent("library"), withIntermediateDirectories: true)
        for (name, text) in Self.articles {
            let file = url.appendingPathComponent("library/\(name)")
            try Data(text.utf8).write(to: file)
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)], ofItemAtPath: file.path)
        }
        return url
    }

    func session(_ arguments: String) throws -> TmuxSession {
        try #require(
            ReaderBinary.path != nil, "the gloss binary was not found next to the tests; build it or set GLOSS_BINARY")
        return try TmuxSession(
            command: ReaderBinary.command(arguments, environment: "-u NO_COLOR TERM=xterm-256color"), width: 100,
            height: 16)
    }

    @Test func searchOpensAtTheMatchAndFacetsNarrowTheList() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let library = dir.appendingPathComponent("library").path
        let index = dir.appendingPathComponent("index.sqlite").path
        let tmux = try session("read --library '\(library)' --index '\(index)'")
        defer { tmux.close() }
        var screen = try tmux.waitFor(timeout: 15) {
            $0.contains(" LIBRARY ") && $0.contains("Bakery wins") && !$0.contains("indexing")
        }
        #expect(screen.contains("4 of 4 articles"))

        // A word from the last paragraph of one article’s body.
        try tmux.send("f")
        try tmux.send("quillwort", literal: true)
        try tmux.send("Enter")
        screen = try tmux.waitFor(timeout: 10) { $0.contains("1 article match") }
        #expect(screen.contains("Tide gauges fall silent along the coast"))
        #expect(screen.contains("note on the quillwort growing"))
        #expect(screen.contains(" SEARCH "))
        try tmux.send("Enter")
        screen = try tmux.waitFor(timeout: 10) { $0.contains("/quillwort") }
        let rows = screen.components(separatedBy: "\n")
        // The match is on screen, the top of the article scrolled away.
        #expect(rows.dropLast().contains { $0.contains("quillwort growing by the old pier") }, "\(screen)")
        #expect(!rows[0].contains("Tide gauges fall silent"), "\(screen)")
        #expect(screen.contains("1/1"))
        // q: back to the results; Esc: back to the list.
        try tmux.send("q")
        screen = try tmux.waitFor("1 article match")
        try tmux.send("Escape")
        screen = try tmux.waitFor(timeout: 5) { $0.contains(" LIBRARY ") && $0.contains("4 of 4 articles") }

        // Tab: the person named three ways is one facet, in three articles.
        try tmux.send("Tab")
        screen = try tmux.waitFor(timeout: 10) { $0.contains(" FACETS ") && $0.contains("People") }
        let person = try #require(
            screen.components(separatedBy: "\n").first { $0.contains("Helena Varga Sorensen") }, "\(screen)")
        #expect(person.hasSuffix(" 3") || person.contains(" 3 "), "\(person)")
        // The first value is the person with most articles: choose it.
        try tmux.send("Enter")
        screen = try tmux.waitFor(timeout: 5) { $0.contains("3 of 4 articles with person") }
        #expect(!screen.contains("Bakery wins"))
        #expect(
            screen.contains("Dune fences return") && screen.contains("Survey boat named")
                && screen.contains("Tide gauges fall"))
        // A second facet combines with it: the place of two of them, the next value down.
        try tmux.send("j")
        try tmux.send("Enter")
        screen = try tmux.waitFor(timeout: 5) { $0.contains("2 of 4 articles with person") }
        #expect(screen.contains("+ place Port Elmstead"), "\(screen)")
        #expect(!screen.contains("Dune fences return"))
        try tmux.send("Tab")
        screen = try tmux.waitFor(timeout: 5) { $0.contains(" LIBRARY ") && !$0.contains("Facets") }
        try tmux.send("c")
        screen = try tmux.waitFor("4 of 4 articles")
        try tmux.send("q")
        _ = try tmux.waitFor("EXIT=0")
    }
}
