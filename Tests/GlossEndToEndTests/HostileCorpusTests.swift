import Foundation
import GlossTestSupport
import Testing

/// The articles of `Tests/Hostile` (and file names made at run time) through every command and
/// the reader: no crash, no hang, and no raw control character in anything printed.
@Suite(.serialized) struct HostileCorpusTests {
    static let escape = "\u{1B}"
    static let bell = "\u{07}"

    /// A temporary library: the hostile articles, plus files and a folder whose names hold
    /// escape sequences.
    static func library() throws -> URL {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent(
            "gloss-hostile-\(getpid())-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        let source = GlossBinary.repository.appendingPathComponent("Tests/Hostile")
        for name in try fm.contentsOfDirectory(atPath: source.path) where name != "README.md" {
            try fm.copyItem(at: source.appendingPathComponent(name), to: root.appendingPathComponent(name))
        }
        let named = root.appendingPathComponent("name-\(escape)]0;file\(bell).txt")
        try Data("Named badly\n\n“Names lie,” said Rosa Petrova in Turin.\n".utf8).write(to: named)
        let folder = root.appendingPathComponent("folder-\(escape)[2J", isDirectory: true)
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("Inside\n\nA plain line about 40 percent.\n".utf8).write(
            to: folder.appendingPathComponent("inner-\u{202E}txt.md"))
        return root
    }

    /// Every scalar that must never reach a terminal: C0 controls but tab and line feed, DEL,
    /// C1 controls, bidirectional controls, and (for line splitters) U+2028 and U+2029.
    static func unsafe(_ text: String) -> [String] {
        text.unicodeScalars.filter { s in
            let v = s.value
            if v == 0x09 || v == 0x0A { return false }
            return v < 0x20 || (v >= 0x7F && v < 0xA0) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || v == 0x200E || v == 0x200F || v == 0x2028 || v == 0x2029
        }.map { String(format: "U+%04X", $0.value) }
    }

    /// Runs gloss and checks it neither crashed nor hung nor printed anything unsafe.
    @discardableResult
    static func clean(_ arguments: [String], environment: [String: String] = [:], expect statuses: Set<Int32> = [0])
        throws -> GlossBinary.Result
    {
        let r = try GlossBinary.run(arguments, environment: environment, timeout: 240)
        let what = arguments.joined(separator: " ")
        #expect(!r.timedOut, "\(what): hung")
        #expect(!r.signalled, "\(what): crashed: \(r.stderr.suffix(400))")
        #expect(statuses.contains(r.status), "\(what): exit \(r.status): \(r.stderr.suffix(400))")
        #expect(unsafe(r.stdout).isEmpty, "\(what): stdout has \(Set(unsafe(r.stdout)))")
        #expect(unsafe(r.stderr).isEmpty, "\(what): stderr has \(Set(unsafe(r.stderr)))")
        return r
    }

    @Test func everyCommandGoesThroughTheHostileLibraryCleanly() throws {
        let root = try Self.library()
        let store = root.appendingPathComponent(".store-under-test", isDirectory: true)
        let out = root.deletingLastPathComponent().appendingPathComponent(
            root.lastPathComponent + "-exports", isDirectory: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: out)
        }
        let lib = ["--library", root.path]
        let st = ["--store", store.path]
        try Self.clean(lib + ["list"])
        let listed = try Self.clean(lib + ["list", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let ids = rows.compactMap { $0["id"] as? String }
        #expect(ids.count >= 12, "\(ids)")
        // Titles carried escape sequences as character references: they are decoded, then cleaned.
        #expect(
            rows.contains {
                ($0["title"] as? String)?.hasPrefix("Harbour") == true
                    && !($0["title"] as? String ?? "").contains(Self.escape)
            })
        for format in ["table", "json", "jsonl"] { try Self.clean(lib + ["entities", "--format", format]) }
        for id in ids {
            try Self.clean(lib + ["show", id, "--width", "72"])
            try Self.clean(lib + ["entities", id, "--format", "table"])
        }
        // An argument with escapes is echoed cleaned in the error.
        let missing = try Self.clean(lib + ["show", "\(Self.escape)]0;arg\(Self.bell)"], expect: [1])
        #expect(missing.stderr.contains("no article named"))

        // A hostile note, tag and quote, then every export, to standard output and to files.
        let note = "\(Self.escape)]52;c;aGk=\(Self.bell)note\n# Heading\n---\n===\n| a | b |\n=HYPERLINK(\"x\")"
        try Self.clean(
            lib + st + ["annotate", "title-escapes", "--quote", "412 boats", "--note", note, "--tag", "claim"])
        try Self.clean(
            lib + st + ["annotate", "raw-controls", "--quote", "Nothing here is safe", "--note", "@SUM(A1)"])
        try Self.clean(lib + st + ["annotations"])
        for format in ["markdown", "json", "csv", "html"] {
            try Self.clean(lib + st + ["export", "--format", format])
            let file = out.appendingPathComponent("all.\(format)")
            try Self.clean(lib + st + ["export", "--format", format, "--output", file.path])
            let written = try String(contentsOf: file, encoding: .utf8)
            #expect(!written.contains(Self.escape) && !written.contains(Self.bell), "\(format) file holds raw escapes")
            // A second export to the same file is refused unless forced; forced, it keeps the mode.
            chmod(file.path, 0o600)
            let again = try Self.clean(lib + st + ["export", "--format", format, "--output", file.path], expect: [1])
            #expect(again.stderr.contains("exists; use --force"))
            try Self.clean(lib + st + ["export", "--format", format, "--output", file.path, "--force"])
            var info = stat()
            #expect(stat(file.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
            try Self.clean(lib + st + ["export", "--format", format, "--output", "/dev/null"])
            #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        }

        // A crafted import: escapes in the article, the id, the kind; and a damaged store file
        // whose name holds an escape sequence.
        let crafted = """
            {"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection","items":[
            {"type":"Annotation","id":"\\u001b]0;id\\u0007","gloss:annotation":{"article":"\\u001b]0;art\\u0007","kind":"\\u001b]0;kind\\u0007"},
            "target":{"source":"x","selector":[{"type":"TextQuoteSelector","exact":"\\u001b[2J"}]}}]}
            """
        let craftedFile = out.appendingPathComponent("crafted.json")
        try Data(crafted.utf8).write(to: craftedFile)
        try Self.clean(lib + st + ["import-annotations", craftedFile.path], expect: [0, 1])
        let folders = try FileManager.default.contentsOfDirectory(atPath: store.path).filter {
            !$0.hasPrefix(".") && $0 != "positions"
        }
        if let folder = folders.first {
            try Data("{not json".utf8).write(
                to: store.appendingPathComponent(folder).appendingPathComponent(
                    "\(Self.escape)]0;store\(Self.bell).json"))
        }
        try Self.clean(lib + st + ["annotations"], expect: [0, 1])
        try Self.clean(lib + st + ["export", "--format", "csv"], expect: [0, 1])
    }

    /// The reader, run under `script` so every byte it sends to the terminal is kept, opens each
    /// hostile article and goes to its end: no escape sequence from the text reaches the terminal.
    @Test(.enabled(if: TmuxSession.tmux != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func theReaderSendsNoEscapeSequenceFromTheText() throws {
        let binary = try #require(ReaderBinary.path)
        let root = try Self.library()
        let typescript = root.appendingPathExtension("typescript")
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: typescript)
        }
        let store = root.appendingPathComponent(".store-under-test").path
        let inner = "env -u NO_COLOR TERM=xterm-256color '\(binary)' --library '\(root.path)' read --store '\(store)'"
        let command = "script -qfe -c \"\(inner)\" '\(typescript.path)'; echo EXIT=$?; sleep 60"
        let tmux = try TmuxSession(command: command, width: 100, height: 30)
        defer { tmux.close() }
        _ = try tmux.waitFor(" LIBRARY ", timeout: 60)
        let count =
            try GlossBinary.run(["--library", root.path, "list", "--format", "json"]).stdout.components(
                separatedBy: "\"id\""
            ).count - 1
        for _ in 0..<count {
            try tmux.send("Enter")
            _ = try tmux.waitFor(" READ ", timeout: 60)
            try tmux.send("G")
            try tmux.send("q")
            _ = try tmux.waitFor(" LIBRARY ", timeout: 30)
            try tmux.send("j")
        }
        try tmux.send("q")
        _ = try tmux.waitFor("EXIT=0", timeout: 30)
        let bytes = try String(decoding: Data(contentsOf: typescript), as: UTF8.self)
        #expect(bytes.contains("Harbour"))
        for payload in [
            "\(Self.escape)]0;owned", "\(Self.escape)]52;", "\(Self.escape)]0;file", "\(Self.escape)[5m",
            "\(Self.escape)]0;t",
        ] {
            #expect(!bytes.contains(payload), "the reader sent \(payload.debugDescription)")
        }
        let foreign = bytes.unicodeScalars.filter {
            (0x80..<0xA0).contains($0.value) || (0x202A...0x202E).contains($0.value)
                || (0x2066...0x2069).contains($0.value)
        }
        #expect(
            foreign.isEmpty,
            "C1 or bidirectional controls reached the terminal: \(foreign.map { String(format: "U+%04X", $0.value) })")
        // Only ncurses' own sequences: every ESC starts CSI, a charset switch or keypad mode.
        var i = bytes.unicodeScalars.startIndex
        let scalars = bytes.unicodeScalars
        var odd: [String] = []
        while let e = scalars[i...].firstIndex(of: "\u{1B}") {
            let next = scalars.index(after: e)
            guard next < scalars.endIndex else { break }
            if !"[()>=78cM".unicodeScalars.contains(scalars[next]) { odd.append(String(scalars[next])) }
            i = next
        }
        #expect(odd.isEmpty, "escape sequences ncurses does not send: \(Set(odd))")
    }
}
