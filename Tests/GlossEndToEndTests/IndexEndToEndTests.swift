import Foundation
import GlossTestSupport
import Testing

/// The library index from the outside: whatever state the index is in, a command prints the
/// same bytes as a fresh analysis (`--no-index`).
@Suite struct IndexEndToEndTests {
    static let libraries = ["Articles", "Tests/Hostile"]

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-index-e2e-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `arguments` with an empty index, again with it filled, and with --no-index.
    static func expectSameWithAndWithoutIndex(_ arguments: [String]) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["GLOSS_INDEX": dir.appendingPathComponent("index.sqlite").path]
        let fresh = try GlossBinary.run(arguments + ["--no-index"], environment: env)
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(!FileManager.default.fileExists(atPath: env["GLOSS_INDEX"]!), "--no-index wrote an index")
        let cold = try GlossBinary.run(arguments, environment: env)
        let warm = try GlossBinary.run(arguments, environment: env)
        #expect(FileManager.default.fileExists(atPath: env["GLOSS_INDEX"]!))
        for run in [cold, warm] {
            #expect(run.status == 0)
            #expect(run.stdout == fresh.stdout, "\(arguments)")
            #expect(run.stderr == fresh.stderr, "\(arguments)")
        }
        #expect(!fresh.stdout.isEmpty)
    }

    @Test(arguments: libraries, ["json", "table"])
    func listIsTheSameFromTheIndex(library: String, format: String) throws {
        try Self.expectSameWithAndWithoutIndex(["list", "--library", library, "--format", format])
    }

    @Test(arguments: libraries, ["json", "jsonl", "table"])
    func entitiesAreTheSameFromTheIndex(library: String, format: String) throws {
        try Self.expectSameWithAndWithoutIndex(["entities", "--library", library, "--format", format])
    }

    @Test func namedArticlesAreTheSameFromTheIndex() throws {
        let names = [
            "Articles/wikinews/GUM_news_flag.txt", "mexican-police-detain-migrants", "GUM_news_clock",
            "Tests/Hostile/cp1252.txt",
        ]
        try Self.expectSameWithAndWithoutIndex(["entities", "--format", "jsonl"] + names)
        try Self.expectSameWithAndWithoutIndex(["entities", "--format", "table"] + names.reversed())
    }

    @Test func indexOptionAndVariableChooseTheFile() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let byOption = dir.appendingPathComponent("a/one.sqlite").path
        let byVariable = dir.appendingPathComponent("b/two.sqlite").path
        #expect(
            try GlossBinary.run(["list", "--index", byOption], environment: ["GLOSS_INDEX": byVariable]).status == 0)
        #expect(FileManager.default.fileExists(atPath: byOption) && !FileManager.default.fileExists(atPath: byVariable))
        #expect(try GlossBinary.run(["list"], environment: ["GLOSS_INDEX": byVariable]).status == 0)
        #expect(FileManager.default.fileExists(atPath: byVariable))
        // The default place follows XDG_CACHE_HOME.
        #expect(
            try GlossBinary.run(["list"], environment: ["GLOSS_INDEX": "", "XDG_CACHE_HOME": dir.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("gloss/index.sqlite").path))
    }

    @Test func aDamagedOrUnusableIndexIsNeverFatal() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = dir.appendingPathComponent("index.sqlite")
        let fresh = try GlossBinary.run(["list", "--format", "json", "--no-index"])
        try Data(repeating: 0x5A, count: 50_000).write(to: index)
        let damaged = try GlossBinary.run(["list", "--format", "json", "--index", index.path])
        #expect(damaged.status == 0 && damaged.stdout == fresh.stdout)
        #expect(damaged.stderr.contains("damaged"))
        #expect(FileManager.default.fileExists(atPath: index.path + ".damaged"))
        let after = try GlossBinary.run(["list", "--format", "json", "--index", index.path])
        #expect(after.status == 0 && after.stdout == fresh.stdout && after.stderr.isEmpty)
        // A folder that cannot be made: said once, and the listing goes on.
        try Data("x".utf8).write(to: dir.appendingPathComponent("file"))
        let unusable = try GlossBinary.run([
            "list", "--format", "json", "--index", dir.appendingPathComponent("file/index.sqlite").path,
        ])
        #expect(unusable.status == 0 && unusable.stdout == fresh.stdout)
        #expect(unusable.stderr.contains("going on without it"))
    }

    @Test func processesFillingOneNewIndexAtOnce() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["GLOSS_INDEX": dir.appendingPathComponent("index.sqlite").path]
        let fresh = try GlossBinary.run(["list", "--format", "json", "--no-index"])
        for _ in 0..<3 {
            try? FileManager.default.removeItem(at: dir.appendingPathComponent("index.sqlite"))
            let results = Locked<[GlossBinary.Result]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                if let r = try? GlossBinary.run(["list", "--format", "json"], environment: env) {
                    results.mutate { $0.append(r) }
                }
            }
            let both = results.value
            #expect(both.count == 4)
            for r in both {
                #expect(r.status == 0, "\(r.stderr)")
                #expect(r.stdout == fresh.stdout)
                // Known, not yet understood: under heavy load one of several processes starting
                // on a new index at the same moment can find its tables missing after every retry;
                // it says so once and lists without the index (the output above is still exact).
                // Nothing else may be said.
                let lines = r.stderr.split(separator: "\n").filter {
                    !$0.contains("no such table") || !$0.contains("going on without it")
                }
                #expect(lines.isEmpty, "\(r.stderr)")
            }
        }
    }
}
