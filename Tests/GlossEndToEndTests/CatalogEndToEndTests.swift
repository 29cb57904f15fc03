import Foundation
import Testing

/// `search`, `quotes`, `figures`, `people`, `places` and `list` filters, run as a user runs them,
/// on a library of our own written into a temporary folder.
@Suite struct CatalogEndToEndTests {
    static func library() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-catalog-e2e-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let articles = [
            "quarry.txt": """
            Quarry expansion approved

            Councillor Ingrid Håkansson Berg (IHB) said the quarry would add 80 jobs in Eastmere. “It is a fair trade,” Håkansson Berg said.
            """,
            "protest.txt": """
            Residents protest quarry

            About 200 residents marched in Eastmere on Sunday. “We were not asked,” said resident Paulo Menezes. IHB said the council listened.
            “The jobs are real,” said Councillor Håkansson Berg. The company says 120 jobs will follow.
            """,
        ]
        for (name, text) in articles { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    static func run(_ arguments: [String], _ dir: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let r = try GlossBinary.run(
            arguments + ["--library", dir.path],
            environment: ["GLOSS_INDEX": dir.appendingPathComponent(".index/index.sqlite").path])
        return (r.status, r.stdout, r.stderr)
    }

    @Test func theCatalogCommandsWorkOnALibrary() throws {
        let dir = try Self.library()
        defer { try? FileManager.default.removeItem(at: dir) }
        let search = try Self.run(["search", "hakansson"], dir)
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.stdout.hasPrefix("2 articles match \"hakansson\""))
        #expect(search.stdout.contains("Håkansson") && !search.stdout.contains("\u{1B}"))
        let json = try Self.run(["search", "\"not asked\"", "--format", "json"], dir)
        #expect(
            json.stdout.contains("\"match\" : \"not asked\"") || json.stdout.contains("\"match\": \"not asked\""),
            "\(json.stdout)")
        let quotes = try Self.run(["quotes", "--speaker", "ihb"], dir)
        #expect(quotes.status == 0)
        #expect(quotes.stdout.contains("Ingrid Håkansson Berg · 2 quotes"), "\(quotes.stdout)")
        let csv = try Self.run(["quotes", "--format", "csv"], dir)
        #expect(csv.stdout.hasPrefix("speaker,article,title,date,kind,start,end,quote"))
        let figures = try Self.run(["figures", "--compare"], dir)
        #expect(figures.stdout.contains("jobs"), "\(figures.stdout)")
        let people = try Self.run(["people", "--format", "json"], dir)
        #expect(people.stdout.contains("\"Ingrid Håkansson Berg\""))
        let list = try Self.run(["list", "--person", "Håkansson Berg", "--speaker", "menezes"], dir)
        #expect(list.status == 0)
        #expect(
            list.stdout.split(separator: "\n").map { $0.split(separator: " ").first ?? "" } == ["ID", "protest"],
            "\(list.stdout)")
        let none = try Self.run(["list", "--place", "Atlantis"], dir)
        #expect(none.stdout.contains("No article in"))
        let bad = try Self.run(["quotes", "--article", "missing"], dir)
        #expect(bad.status == 1 && bad.stderr.contains("no article with the id 'missing'"))
        let empty = try Self.run(["search", "\"\""], dir)
        #expect(empty.status == 2)
        // Without the index, a temporary one serves the command and is removed.
        let noIndex = try Self.run(["people", "--no-index"], dir)
        #expect(noIndex.status == 0 && noIndex.stdout.contains("Ingrid Håkansson Berg"))
    }

    @Test func searchFindsNotesAndTagsOfTheLibrarysArticlesOnly() throws {
        let dir = try Self.library()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent(".store").path
        // No annotations yet: articles only, no notes section.
        let bare = try Self.run(["search", "marched", "--store", store], dir)
        #expect(bare.status == 0, "\(bare.stderr)")
        #expect(bare.stdout.hasPrefix("1 article match \"marched\""), "\(bare.stdout)")
        #expect(!bare.stdout.contains("or tag"))
        let made = try Self.run(
            [
                "annotate", "protest", "--quote", "marched in Eastmere", "--note", "count the walkers", "--tag",
                "crowd", "--store", store,
            ], dir)
        #expect(made.status == 0, "\(made.stderr)")
        let note = try Self.run(["search", "walkers", "--store", store], dir)
        #expect(note.status == 0, "\(note.stderr)")
        #expect(note.stdout.contains("1 note or tag match"), "\(note.stdout)")
        #expect(note.stdout.contains("protest  note"), "\(note.stdout)")
        let tag = try Self.run(["search", "crowd", "--store", store, "--format", "json"], dir)
        #expect(tag.stdout.contains("\"source\" : \"tag\""), "\(tag.stdout)")
        #expect(tag.stdout.contains("\"title\" : \"Residents protest quarry\""), "\(tag.stdout)")
        // An annotation of an article no longer in the library is not searched.
        try FileManager.default.removeItem(at: dir.appendingPathComponent("protest.txt"))
        let gone = try Self.run(["search", "walkers", "--store", store], dir)
        #expect(!gone.stdout.contains("or tag"), "\(gone.stdout)")
    }
}
