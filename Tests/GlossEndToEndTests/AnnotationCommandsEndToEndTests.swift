import Foundation
import GlossCore
import GlossStore
import GlossTestSupport
import Testing

/// The annotation verbs of the real `gloss` binary, end to end.
@Suite("Annotation commands", .serialized)
struct AnnotationCommandsEndToEndTests {
    typealias Result = Subprocess.Result

    static let articleText = """
        Water prices to rise

        The minister said no. The mayor said no. Prices will rise by ten percent, officials confirmed on Tuesday.

        Residents were angry about it, and said so at a meeting.
        """

    /// A library with one article and an empty store.
    func setUp() throws -> (library: URL, store: URL, gloss: URL, cleanup: () -> Void) {
        let gloss = try BuiltProduct.url(named: "gloss")
        let base = try AnnotateEndToEndTests.temporaryFolder("cli")
        let library = base.appendingPathComponent("library", isDirectory: true)
        try FileManager.default.createDirectory(
            at: library.appendingPathComponent("news"), withIntermediateDirectories: true)
        try Data(Self.articleText.utf8).write(to: library.appendingPathComponent("news/water.txt"))
        return (
            library, base.appendingPathComponent("store", isDirectory: true), gloss,
            { try? FileManager.default.removeItem(at: base) }
        )
    }

    func gloss(_ env: (library: URL, store: URL, gloss: URL, cleanup: () -> Void), _ arguments: [String]) throws
        -> Result
    {
        try run(env.gloss, arguments + ["--library", env.library.path, "--store", env.store.path])
    }

    /// Runs an executable to the end with an index of its own.
    func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws
        -> Result
    {
        let index = GlossBinary.testIndex()
        defer { try? FileManager.default.removeItem(at: index) }
        var env = ["GLOSS_INDEX": index.appendingPathComponent("index.sqlite").path]
        env.merge(environment) { $1 }
        return try Subprocess.run(executable.path, arguments, environment: env, input: input)
    }

    /// Bytes and modification time of a file, to prove Gloss did not touch it.
    func fingerprint(_ url: URL) throws -> (Data, Date) {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (try Data(contentsOf: url), attributes[.modificationDate] as! Date)
    }

    func listed(_ env: (library: URL, store: URL, gloss: URL, cleanup: () -> Void), _ extra: [String] = []) throws
        -> [[String: Any]]
    {
        let result = try gloss(env, ["annotations", "--format", "json"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]) ?? []
    }

    @Test func theTableShowsAQuotedPassageOnceQuotedAndKeepsTheNoteOfALongOne() throws {
        let env = try setUp()
        defer { env.cleanup() }
        let long = "Prices will rise by ten percent, officials confirmed on Tuesday."
        #expect(try gloss(env, ["annotate", "news/water", "--quote", long, "--note", "ask the ministry"]).status == 0)
        let table = try gloss(env, ["annotations"])  // 100 columns when not a terminal
        #expect(table.status == 0, "\(table.stderr)")
        let row = table.stdout.split(separator: "\n").first { $0.contains("Prices") }.map(String.init) ?? ""
        #expect(row.contains("ask the ministry"), "\(row)")
        #expect(!row.contains("\u{201C}\u{201C}"))
    }

    @Test func theStoreRemembersWhereTheTextIsForCommandsRunWithoutTheLibrary() throws {
        let env = try setUp()
        defer { env.cleanup() }
        #expect(
            try gloss(env, ["annotate", "news/water", "--quote", "rise by ten percent", "--note", "check"]).status == 0)
        let elsewhere = [
            "--library", env.library.appendingPathComponent("no-such-folder").path, "--store", env.store.path,
        ]
        let listed = try run(env.gloss, ["annotations"] + elsewhere)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("exact"), "\(listed.stdout)")
        #expect(!listed.stderr.contains("not checked"), "\(listed.stderr)")
        let exported = try run(env.gloss, ["export", "news/water", "--format", "csv"] + elsewhere)
        #expect(exported.status == 0 && !exported.stdout.contains("orphan"), "\(exported.stdout)")
        // Once the file is gone, the passages are reported as unchecked, not as fine.
        try FileManager.default.removeItem(at: env.library.appendingPathComponent("news/water.txt"))
        let gone = try run(env.gloss, ["annotations"] + elsewhere)
        #expect(gone.stderr.contains("not checked"), "\(gone.stderr)")
    }

    @Test func annotateListEditDelete() throws {
        let env = try setUp()
        defer { env.cleanup() }
        let made = try gloss(
            env,
            [
                "annotate", "news/water", "--quote", "rise by ten percent", "--note", "Check, \"really\"", "--tag",
                "figure", "--tag", "check",
            ])
        #expect(made.status == 0, "\(made.stderr)")
        let id = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(UUID(uuidString: id) != nil)

        let missing = try gloss(env, ["annotate", "news/water", "--quote", "fall by half"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("'fall by half' is not in news/water"))
        let ambiguous = try gloss(env, ["annotate", "news/water", "--quote", "said no"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("occurs 2 times") && ambiguous.stderr.contains("--occurrence"))
        let second = try gloss(
            env, ["annotate", "news/water", "--quote", "said no", "--occurrence", "2", "--color", "blue"])
        #expect(second.status == 0)
        let byOffsets = try gloss(env, ["annotate", "news/water", "--start", "0", "--end", "5"])
        #expect(byOffsets.status == 0)
        let outOfRange = try gloss(env, ["annotate", "news/water", "--start", "5", "--end", "99999"])
        #expect(outOfRange.status == 1)
        #expect(try gloss(env, ["annotate", "news/water"]).status == 2)

        var items = try listed(env)
        #expect(items.count == 3)
        #expect(items.allSatisfy { $0["status"] as? String == "exact" })
        #expect(items.map { $0["quote"] as? String } == ["Water", "said no", "rise by ten percent"])
        #expect(try listed(env, ["--tag", "figure"]).count == 1)

        #expect(
            try gloss(
                env,
                ["annotations", "edit", String(id.prefix(8)), "--note", "Changed", "--tag", "new", "--untag", "check"]
            ).status == 0)
        items = try listed(env)
        let edited = try #require(items.first { $0["id"] as? String == id })
        #expect(edited["note"] as? String == "Changed")
        #expect(edited["tags"] as? [String] == ["figure", "new"])

        // The article changes: text inserted before the passages moves them.
        try Data(
            Self.articleText.replacingOccurrences(
                of: "The minister", with: "Update: officials spoke again. The minister"
            ).utf8
        )
        .write(to: env.library.appendingPathComponent("news/water.txt"))
        items = try listed(env)
        #expect(items.compactMap { $0["status"] as? String }.sorted() == ["exact", "moved", "moved"])

        #expect(try gloss(env, ["annotations", "delete", id]).status == 0)
        #expect(try listed(env).count == 2)
        let gone = try gloss(env, ["annotations", "delete", id])
        #expect(gone.status == 1)
        #expect(gone.stderr.contains("no annotation with id"))
    }

    @Test func exportImportRoundTrip() throws {
        let env = try setUp()
        defer { env.cleanup() }
        for (quote, note) in [
            ("The minister said no.", "First, with a comma"), ("Residents were angry", "Line one\nline two"),
        ] {
            #expect(
                try gloss(env, ["annotate", "news/water", "--quote", quote, "--note", note, "--tag", "t"]).status == 0)
        }
        let exported = try gloss(env, ["export", "--format", "json"])
        #expect(exported.status == 0)
        let file = env.store.deletingLastPathComponent().appendingPathComponent("export.json")
        try Data(exported.stdout.utf8).write(to: file)

        let other = env.store.deletingLastPathComponent().appendingPathComponent("other-store").path
        let imported = try run(env.gloss, ["import-annotations", file.path, "--store", other])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("imported 2 new"))
        let again = try run(
            env.gloss, ["export", "--format", "json", "--library", env.library.path],
            environment: ["GLOSS_STORE": other])
        #expect(again.stdout == exported.stdout)
        let twice = try run(env.gloss, ["import-annotations", file.path, "--store", other])
        #expect(twice.stderr.contains("2 unchanged"))

        for format in ["markdown", "csv", "html"] {
            let out = env.store.deletingLastPathComponent().appendingPathComponent("export.\(format)")
            #expect(try gloss(env, ["export", "news/water", "--format", format, "--output", out.path]).status == 0)
            let text = try String(contentsOf: out, encoding: .utf8)
            #expect(text.contains("minister said no"))
        }
        let bad = try run(
            env.gloss, ["import-annotations", "-", "--store", other],
            input: "{\"type\": \"AnnotationCollection\", \"first\": {\"items\": [{\"type\": \"Annotation\"}]}}")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("item 1"))
    }

    @Test func importShowsProgressOnlyOnATerminal() throws {
        let env = try setUp()
        defer { env.cleanup() }
        let text =
            "The minister said the water prices would rise by ten percent next year. Residents were angry about it."
        let article = Article(
            id: "news/water", title: "Water", text: text,
            blocks: [Block(kind: .paragraph, range: TextRange(0, text.unicodeScalars.count))])
        let items = (0..<1_200).map { n in
            try! Annotation(
                article: article, range: TextRange(n % 50, n % 50 + 10), note: "n\(n)",
                now: Date(timeIntervalSince1970: 1_764_000_000))
        }
        let file = env.store.deletingLastPathComponent().appendingPathComponent("many.json")
        try AnnotationJSON.encodeCollection(items).write(to: file)
        // stderr a pipe: the summary only.
        let piped = try gloss(env, ["import-annotations", file.path])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stderr == "gloss: imported 1200 new, 0 replaced, 0 unchanged, 0 skipped\n")
        #expect(try AnnotationStore(root: env.store).load(articleID: "news/water").annotations.count == 1_200)
        #if os(Linux)
            // stderr a terminal (script(1) gives the command one): the progress line, then the summary on a clean line.
            let script = URL(fileURLWithPath: "/usr/bin/script")
            if FileManager.default.isExecutableFile(atPath: script.path) {
                let command = [env.gloss.path, "import-annotations", file.path, "--store", env.store.path].map {
                    "'\($0)'"
                }.joined(separator: " ")
                let shown = try run(script, ["-qec", command, "/dev/null"])
                #expect(shown.status == 0, "\(shown.stderr)")
                #expect(shown.stdout.contains("importing 0/1,200 annotations"), "\(shown.stdout)")
                #expect(
                    shown.stdout.contains("\r\u{1B}[Kgloss: imported 0 new, 0 replaced, 1200 unchanged, 0 skipped"),
                    "\(shown.stdout)")
            }
        #endif
    }

    @Test func damagedFilesAreReportedByPathAndLeftAlone() throws {
        let env = try setUp()
        defer { env.cleanup() }
        #expect(try gloss(env, ["annotate", "news/water", "--quote", "Residents"]).status == 0)
        let folder = AnnotationStore(root: env.store).folder(for: "news/water")
        let damaged = folder.appendingPathComponent("0badf11e-0000-4000-8000-000000000000.json")
        try Data("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"Annot".utf8).write(to: damaged)
        let before = try fingerprint(damaged)
        let result = try gloss(env, ["annotations"])
        #expect(result.status == 0)
        #expect(result.stderr.contains(damaged.path) && result.stderr.contains("not valid JSON"))
        #expect(result.stdout.contains("Residents"))
        let delete = try gloss(env, ["annotations", "delete", "0badf11e"])
        #expect(delete.status == 1)
        let after = try fingerprint(damaged)
        #expect(before.0 == after.0 && before.1 == after.1)
    }

    @Test func twoAnnotatingProcessesLoseNothing() throws {
        let env = try setUp()
        defer { env.cleanup() }
        let script = """
            for i in $(seq 1 25); do
              "$0" annotate news/water --quote "Prices will rise" --note "writer $1 number $i" --library "$2" --store "$3" > /dev/null || exit 1
            done
            """
        let shells = try ["a", "b"].map { name in
            try Subprocess.start(
                "/bin/sh", ["-c", script, env.gloss.path, name, env.library.path, env.store.path], captureOutput: false)
        }
        #expect(shells.map { $0.wait().status } == [0, 0])
        let notes = try listed(env).compactMap { $0["note"] as? String }
        #expect(notes.count == 50)
        #expect(Set(notes).count == 50)
    }

    @Test func killedAnnotateLeavesALoadableStore() throws {
        let env = try setUp()
        defer { env.cleanup() }
        var saved = 0
        for n in 0..<20 {
            let p = try Subprocess.start(
                env.gloss.path,
                [
                    "annotate", "news/water", "--quote", "angry", "--note", "try \(n)", "--library", env.library.path,
                    "--store", env.store.path,
                ],
                captureOutput: false)
            usleep(UInt32.random(in: 0...40_000))
            p.kill()
            let ended = p.wait()
            if !ended.signalled && ended.status == 0 { saved += 1 }
        }
        let result = try gloss(env, ["annotations", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let items = (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any]) ?? []
        // Every process that finished saved its annotation; killed ones saved theirs or nothing.
        #expect(items.count >= saved && items.count <= 20)
    }
}
