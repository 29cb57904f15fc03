import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// Annotating in the real binary in tmux, with a temporary store. Every test kills its tmux
/// server and then checks that the gloss process it started is gone.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed: end-to-end annotate tests skipped"), .serialized)
struct AnnotateEndToEndTests {
    static let sampleID = ReaderEndToEndTests.sampleID

    /// A fresh folder under the temporary directory, removed by the caller.
    static func temporaryFolder(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-e2e-\(label)-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func session(_ arguments: String, width: Int = 110, height: Int = 30) throws -> TmuxSession {
        try #require(
            ReaderBinary.path != nil, "the gloss binary was not found next to the tests; build it or set GLOSS_BINARY")
        return try TmuxSession(
            command: ReaderBinary.command(
                arguments, environment: "-u NO_COLOR -u GLOSS_COLORS -u EDITOR -u VISUAL TERM=xterm-256color"),
            width: width, height: height)
    }

    /// The one annotation file of the sample in the store, parsed.
    func storedNotes(_ store: URL) throws -> [String] {
        let folder = store.appendingPathComponent("annotations/\(Self.sampleID)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        return try names.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    }

    func statusLine(_ screen: String) -> String {
        screen.components(separatedBy: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
    }

    @Test func noteSurvivesARestartThenEditUndoAndExport() throws {
        let store = try Self.temporaryFolder("store")
        let out = try Self.temporaryFolder("export")
        defer {
            try? FileManager.default.removeItem(at: store)
            try? FileManager.default.removeItem(at: out)
        }
        // First run: select the first three words of the body and write a note with two tags.
        var pids: [Int32] = []
        do {
            let tmux = try session("read --store '\(store.path)' \(Self.sampleID)")
            defer { tmux.close() }
            _ = try tmux.waitFor(" READ ")
            pids.append(try GlossProcess.child(of: try tmux.panePID()))
            try tmux.send("j", "j")
            try tmux.send("v")
            var screen = try tmux.waitFor(" SELECT ")
            try tmux.send("e", "w", "w")  // whole words: three of them
            screen = try tmux.waitFor("characters · a note")
            try tmux.send("a")
            _ = try tmux.waitFor("note: ")
            try tmux.send("Vérifier les chiffres — 移民", literal: true)
            try tmux.send("Enter")
            _ = try tmux.waitFor("tags: ")
            try tmux.send("à vérifier, migrants", literal: true)
            try tmux.send("Enter")
            screen = try tmux.waitFor("Annotation saved")
            #expect(screen.contains("▌"), "a line with a note has a margin mark")
            let styled = try tmux.capture(escapes: true)
            #expect(styled.contains("48;5;58"), "the passage is drawn in its colour")
            try tmux.send("q")
            try tmux.send("q")
            screen = try tmux.waitFor("EXIT=0")
        }
        var files = try storedNotes(store)
        try #require(files.count == 1)
        #expect(files[0].contains("Vérifier les chiffres — 移民"))
        #expect(files[0].contains("\"à vérifier\"") && files[0].contains("\"migrants\""))
        #expect(files[0].contains("\"exact\" : \"Mexican federal police\""))

        // Second run: the note is there; edit it in the Notes tab, undo, export.
        do {
            let tmux = try session("read --store '\(store.path)' \(Self.sampleID)")
            defer { tmux.close() }
            _ = try tmux.waitFor(" READ ")
            pids.append(try GlossProcess.child(of: try tmux.panePID()))
            try tmux.send("]", "a")
            var screen = try tmux.waitFor("1/1")
            #expect(statusLine(screen).contains("Vérifier les chiffres"))
            #expect(statusLine(screen).contains("#migrants"))
            try tmux.send("Tab")
            try tmux.send("h")
            screen = try tmux.waitFor("Enter: jump")
            #expect(screen.contains("Vérifier les chiffres — 移民"))
            try tmux.send("e")
            _ = try tmux.waitFor("note: Vérifier")
            try tmux.send("C-u")
            try tmux.send("Corrigé: 371 personnes", literal: true)
            try tmux.send("Enter")
            _ = try tmux.waitFor("tags: ")
            try tmux.send("Enter")
            screen = try tmux.waitFor("Annotation updated")
            files = try storedNotes(store)
            #expect(files.first?.contains("Corrigé: 371 personnes") == true)
            try tmux.send("Escape")
            try tmux.send("u")
            screen = try tmux.waitFor("Undid edit")
            files = try storedNotes(store)
            #expect(files.first?.contains("Vérifier les chiffres — 移民") == true)
            #expect(files.first?.contains("Corrigé") == false)

            // Export Markdown through the dialog, to a path typed over the suggestion.
            let markdown = out.appendingPathComponent("notes.md")
            try tmux.send("E")
            _ = try tmux.waitFor("export format")
            try tmux.send("Enter")
            // The suggestion is in the exports folder, never the current one.
            screen = try tmux.waitFor("gloss/exports/\(Self.sampleID)-notes.md")
            try tmux.send("C-u")
            try tmux.send(markdown.path, literal: true)
            try tmux.send("Enter")
            screen = try tmux.waitFor("Exported 1 annotation")
            let text = try String(contentsOf: markdown, encoding: .utf8)
            #expect(text.contains("> Mexican federal police"))
            #expect(text.contains("Vérifier les chiffres — 移民"))
            #expect(text.contains("#migrants"))

            // Tag a quote: its speaker goes into the annotation and the export.
            var speaker = ""
            for _ in 0..<20 {
                try tmux.send("]", "q")
                Thread.sleep(forTimeInterval: 0.15)
                let line = statusLine(try tmux.capture())
                if let r = line.range(of: "speaker: ") {
                    speaker = String(line[r.upperBound...]).components(separatedBy: "  ")[0].trimmingCharacters(
                        in: .whitespaces)
                    break
                }
            }
            try #require(!speaker.isEmpty, "no quote with a speaker in the sample")
            try tmux.send("t")
            _ = try tmux.waitFor("tags: ")
            try tmux.send("witness", literal: true)
            try tmux.send("Enter")
            screen = try tmux.waitFor("Annotation saved")
            let html = out.appendingPathComponent("all.md")
            try tmux.send(":")
            try tmux.send("export", literal: true)
            try tmux.send("Enter")
            _ = try tmux.waitFor("export format")
            try tmux.send("Enter")
            _ = try tmux.waitFor("export to: annotations.md")
            try tmux.send("C-u")
            try tmux.send(html.path, literal: true)
            try tmux.send("Enter")
            screen = try tmux.waitFor("Exported 2 annotations")
            let all = try String(contentsOf: html, encoding: .utf8)
            #expect(all.contains("#witness"))
            let shortSpeaker = speaker.replacingOccurrences(of: "…", with: "")
            #expect(all.contains("— " + shortSpeaker.prefix(12)), "speaker \(speaker) in:\n\(all)")
            try tmux.send("q")
            try tmux.send("q")
            screen = try tmux.waitFor("EXIT=0")
        }
        for pid in pids { #expect(GlossProcess.ended(pid), "gloss \(pid) survived its tmux server") }
    }

    @Test func readingPositionIsRestored() throws {
        let store = try Self.temporaryFolder("store")
        defer { try? FileManager.default.removeItem(at: store) }
        var pids: [Int32] = []
        var top = ""
        do {
            let tmux = try session("read --store '\(store.path)' \(Self.sampleID)")
            defer { tmux.close() }
            _ = try tmux.waitFor(" READ ")
            pids.append(try GlossProcess.child(of: try tmux.panePID()))
            try tmux.send("Space")
            try tmux.send("j")
            _ = try tmux.waitFor(timeout: 5) { !$0.components(separatedBy: "\n")[0].contains("Mexican police detain") }
            let screen = try tmux.waitForStable()
            top = screen.components(separatedBy: "\n")[0].trimmingCharacters(in: .whitespaces)
            try tmux.send("q")
            try tmux.send("q")
            _ = try tmux.waitFor("EXIT=0")
        }
        do {
            let tmux = try session("read --store '\(store.path)' \(Self.sampleID)")
            defer { tmux.close() }
            let screen = try tmux.waitFor(" READ ")
            pids.append(try GlossProcess.child(of: try tmux.panePID()))
            #expect(!top.isEmpty)
            #expect(screen.components(separatedBy: "\n")[0].contains(top.prefix(30)), "reopened at \(top)")
        }
        for pid in pids { #expect(GlossProcess.ended(pid)) }
    }

    @Test func ctrlEWritesTheNoteInTheEditorAndComesBack() throws {
        let folder = try Self.temporaryFolder("editor")
        defer { try? FileManager.default.removeItem(at: folder) }
        // A stand-in editor that adds a second line to the note it is given.
        let editor = folder.appendingPathComponent("editor.sh")
        try "#!/bin/sh\nprintf '\\nsecond line, é\\n' >> \"$1\"\n".write(to: editor, atomically: true, encoding: .utf8)
        chmod(editor.path, 0o755)
        let tmux = try TmuxSession(
            command: ReaderBinary.command(
                "read --store '\(folder.path)' \(Self.sampleID)",
                environment: "-u VISUAL TERM=xterm-256color EDITOR='\(editor.path)'"),
            width: 110, height: 30)
        defer { tmux.close() }
        _ = try tmux.waitFor(" READ ")
        let pid = try GlossProcess.child(of: try tmux.panePID())
        try tmux.send("v", "e", "a")
        _ = try tmux.waitFor("note: ")
        try tmux.send("first", literal: true)
        try tmux.send("C-e")
        var screen = try tmux.waitFor("second line")
        #expect(screen.contains(" READ ") == false, "back in the note prompt")
        #expect(screen.contains("Mexican police detain"), "the reader is drawn again after the editor")
        try tmux.send("Enter")
        try tmux.send("Enter")
        screen = try tmux.waitFor("Annotation saved")
        let folderURL = folder.appendingPathComponent("annotations/\(Self.sampleID)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folderURL.path)
        let file = try String(
            contentsOf: folderURL.appendingPathComponent(try #require(names.first { $0.hasSuffix(".json") })),
            encoding: .utf8)
        #expect(file.contains("first\\nsecond line, é"))
        try tmux.send("q")
        try tmux.send("q")
        _ = try tmux.waitFor("EXIT=0")
        tmux.close()
        #expect(GlossProcess.ended(pid))
    }

    @Test func killingTheTerminalEndsTheReader() throws {
        // Once with the hang-up signal, once without it (a new session: the reader only sees
        // its input fail).
        for prefix in ["", "setsid -w "] {
            let tmux = try TmuxSession(
                command: ReaderBinary.command("", environment: "TERM=xterm-256color").replacingOccurrences(
                    of: "'\(ReaderBinary.path!)'", with: prefix + "'\(ReaderBinary.path!)'"))
            _ = try tmux.waitFor(" LIBRARY ")
            let pid = try GlossProcess.child(of: try tmux.panePID())
            #expect(pid > 0)
            tmux.close()
            #expect(
                GlossProcess.ended(pid),
                "gloss \(pid) survived its tmux server (\(prefix.isEmpty ? "SIGHUP" : "no SIGHUP"))")
        }
    }
}
