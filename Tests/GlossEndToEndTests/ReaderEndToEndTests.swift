import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// The real binary in a real terminal (tmux): each test starts its own tmux server and kills it.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed: end-to-end reader tests skipped"), .serialized)
struct ReaderEndToEndTests {
    static let sampleID = "mexican-police-detain-migrants"

    static func sample() throws -> Article {
        let url = ReaderBinary.repository.appendingPathComponent("Articles/\(sampleID).txt")
        return try ArticleLoader.load(url, id: sampleID, displayPath: sampleID + ".txt").0
    }

    func session(
        _ arguments: String = "", environment: String = "-u NO_COLOR -u GLOSS_COLORS TERM=xterm-256color",
        width: Int = 100, height: Int = 30
    ) throws -> TmuxSession {
        try #require(
            ReaderBinary.path != nil, "the gloss binary was not found next to the tests; build it or set GLOSS_BINARY")
        return try TmuxSession(
            command: ReaderBinary.command(arguments, environment: environment), width: width, height: height)
    }

    @Test func theReadingPositionIsKeptOnDisk() throws {
        let store = ReaderBinary.scratchStore.path
        defer { try? FileManager.default.removeItem(atPath: store) }
        let first = try session("read --store '\(store)' \(Self.sampleID)")
        defer { first.close() }
        _ = try first.waitFor(" READ ")
        try first.send("Space")
        try first.send("Space")
        var screen = try first.waitFor(timeout: 5) { !$0.contains("Mexican police detain hundreds") }
        screen = try first.waitForStable()
        let top = lines(screen)[0]
        #expect(!top.trimmingCharacters(in: .whitespaces).isEmpty)
        // Opened directly, q goes back to the shell (saving the position).
        try first.send("q")
        _ = try first.waitFor("EXIT=0")
        #expect(FileManager.default.fileExists(atPath: store + "/positions"))

        let second = try session("read --store '\(store)' \(Self.sampleID)")
        defer { second.close() }
        _ = try second.waitFor(" READ ")
        screen = try second.waitForStable()
        #expect(lines(screen)[0] == top, "reopened at the same place")
        // h goes to the library; there q quits.
        try second.send("h")
        _ = try second.waitFor(" LIBRARY ")
        try second.send("q")
        _ = try second.waitFor("EXIT=0")
    }

    func lines(_ screen: String) -> [String] { screen.components(separatedBy: "\n") }

    @Test func libraryReaderJumpSearchPanelResizeQuit() throws {
        let tmux = try session()
        defer { tmux.close() }
        // The library.
        var screen = try tmux.waitFor("Mexican police detain")
        #expect(screen.contains(" LIBRARY "))
        #expect(screen.contains("13 of 13 articles"))
        // Filter to the founding sample and open it.
        try tmux.send("/")
        try tmux.send("mexican", literal: true)
        screen = try tmux.waitFor("1 of 13")
        try tmux.send("Enter")
        try tmux.send("Enter")
        screen = try tmux.waitFor(" READ ")
        #expect(lines(screen)[0].contains("Mexican police detain hundreds of Central American migrants"))
        #expect(screen.contains("1quote 2speaker 3person 4place 5figure"))

        // Next quote: what the status bar says follows from the analysis.
        let article = try Self.sample()
        let quotes = analyze(article).quotes.count
        try tmux.send("]", "q")
        if quotes > 0 {
            screen = try tmux.waitFor("Quote 1/\(quotes)")
            #expect(screen.contains("Quote 1/\(quotes)"))
            let styled = try tmux.capture(escapes: true)
            #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m"), "the focused quote is drawn reversed")
        } else {
            screen = try tmux.waitFor("No quotes in this article")
            #expect(screen.contains("No quotes in this article"))
        }

        // Search, with the count the text implies.
        let expected = article.text.lowercased().components(separatedBy: "police").count - 1
        try tmux.send("/")
        try tmux.send("police", literal: true)
        screen = try tmux.waitFor("1/\(expected)")
        #expect(lines(screen).last { !$0.isEmpty }?.hasPrefix("/police") == true)
        try tmux.send("Enter")
        try tmux.send("n")
        screen = try tmux.waitFor("2/\(expected)")
        #expect(screen.contains(" SEARCH "))
        let styled = try tmux.capture(escapes: true)
        #expect(styled.contains("48;5;222") || styled.contains("48;5;208"), "matches are highlighted:\n\(styled)")
        try tmux.send("Escape")

        // The side panel.
        try tmux.send("Tab")
        screen = try tmux.waitFor(" PANEL ")
        #expect(screen.contains("People") || screen.contains("Ppl"))
        #expect(screen.contains("Quotes") || screen.contains("Quo"))
        try tmux.send("Escape")
        screen = try tmux.waitFor(timeout: 5) { !$0.contains(" PANEL ") }

        // Resize: re-wrapped to the new width, the same text at the top.
        try tmux.send("Space")
        try tmux.send("j")
        screen = try tmux.waitFor(timeout: 5) { !$0.components(separatedBy: "\n")[0].contains("Mexican police detain") }
        screen = try tmux.waitForStable()
        let before = screen
        let topWords = lines(screen)[0].split(separator: " ").prefix(2).joined(separator: " ")
        #expect(!topWords.isEmpty)
        try tmux.resize(width: 60, height: 20)
        screen = try tmux.waitFor(timeout: 5) {
            $0.components(separatedBy: "\n").count <= 21 && !$0.contains("1quote 2speaker")
        }
        screen = try tmux.waitForStable()
        let rows = lines(screen)
        #expect(rows.allSatisfy { $0.count <= 60 })
        #expect(
            rows[0].contains(topWords) || rows[1].contains(topWords),
            "top text kept: \(topWords)\nbefore:\n\(before)\nafter:\n\(screen)")

        // Too small: a notice, not garbage; back to normal afterwards.
        try tmux.resize(width: 16, height: 5)
        screen = try tmux.waitFor("Terminal too")
        #expect(screen.contains("need 20×6"))
        try tmux.resize(width: 100, height: 30)
        screen = try tmux.waitFor(" READ ")

        // q back to the library, q quits and the terminal is restored.
        try tmux.send("q")
        screen = try tmux.waitFor(" LIBRARY ")
        try tmux.send("q")
        screen = try tmux.waitFor("EXIT=0")
        #expect(!screen.contains("LIBRARY"))
    }

    @Test func openingAnArticleDirectlyAndHelp() throws {
        let tmux = try session("read \(Self.sampleID)", width: 90, height: 40)
        defer { tmux.close() }
        var screen = try tmux.waitFor(" READ ")
        #expect(lines(screen)[0].contains("Mexican police detain"))
        try tmux.send("?")
        // Wait for the whole help screen, not just its first row: a capture can land mid-draw.
        screen = try tmux.waitFor(timeout: 5) { $0.contains("Gloss keys") && $0.contains("Next quote") }
        #expect(screen.contains("]q"))
        #expect(screen.contains("Next quote"))
        try tmux.send("q")
        screen = try tmux.waitFor(timeout: 5) { !$0.contains("Gloss keys") }
        // Esc with nothing to cancel goes to the library; q there quits.
        try tmux.send("Escape")
        screen = try tmux.waitFor(" LIBRARY ")
        try tmux.send("q")
        screen = try tmux.waitFor("EXIT=0")
    }

    @Test func ctrlCAndSigtermRestoreTheTerminal() throws {
        let tmux = try session()
        defer { tmux.close() }
        _ = try tmux.waitFor(" LIBRARY ")
        try tmux.send("C-c")
        var screen = try tmux.waitFor("EXIT=")
        #expect(screen.contains("EXIT=130"))
        #expect(!screen.contains("LIBRARY"))

        let term = try session()
        defer { term.close() }
        _ = try term.waitFor(" LIBRARY ")
        let shell = try term.panePID()
        let child = try childPID(of: shell)
        #expect(child > 0)
        kill(child, SIGTERM)
        screen = try term.waitFor("EXIT=")
        #expect(screen.contains("EXIT=143"))
        #expect(!screen.contains("LIBRARY"))
    }

    @Test func aCrashRestoresTheTerminal() throws {
        let tmux = try session(environment: "-u NO_COLOR -u SWIFT_BACKTRACE TERM=xterm-256color")
        defer { tmux.close() }
        _ = try tmux.waitFor(" LIBRARY ")
        let child = try childPID(of: try tmux.panePID())
        #expect(child > 0)
        kill(child, SIGSEGV)
        let screen = try tmux.waitFor("EXIT=")
        #expect(screen.contains("EXIT=139"))
        #expect(screen.contains("gloss: crashed; the terminal was restored"))
        #expect(!screen.contains("LIBRARY"))
    }

    @Test func unusableTerminalsGetAClearMessage() throws {
        let unset = try session("read \(Self.sampleID)", environment: "-u TERM")
        defer { unset.close() }
        var screen = try unset.waitFor("EXIT=")
        #expect(screen.contains("TERM is not set"))
        #expect(screen.contains("EXIT=1"))

        let dumb = try session("read \(Self.sampleID)", environment: "TERM=dumb")
        defer { dumb.close() }
        screen = try dumb.waitFor("EXIT=")
        #expect(screen.contains("cannot move the cursor"))
        #expect(screen.contains("EXIT=1"))

        let unknown = try session("", environment: "TERM=no-such-terminal-xyz")
        defer { unknown.close() }
        screen = try unknown.waitFor("EXIT=")
        #expect(screen.contains("unknown terminal type 'no-such-terminal-xyz'"))
        #expect(screen.contains("EXIT=1"))
    }

    @Test func aNonUTF8LocaleStillShowsAccentsAndMonochromeHasNoColour() throws {
        let tmux = try session("read \(Self.sampleID)", environment: "TERM=xterm-256color LANG=C LC_ALL=C NO_COLOR=1")
        defer { tmux.close() }
        var screen = try tmux.waitFor(" READ ")
        try tmux.send("/")
        try tmux.send("López", literal: true)
        screen = try tmux.waitFor("/López")
        #expect(screen.contains("López Obrador"))
        let styled = try tmux.capture(escapes: true)
        #expect(!styled.contains("38;5;") && !styled.contains("48;5;"), "NO_COLOR: no colours")
        #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m"), "matches still stand out (reverse)")
        try tmux.send("Escape")
        try tmux.send("q")
        try tmux.send("q")
        screen = try tmux.waitFor("EXIT=0")
    }

    @Test func withoutATerminalGlossLists() throws {
        let binary = try #require(ReaderBinary.path)
        let result = try Subprocess.run(
            binary, ["--library", ReaderBinary.repository.appendingPathComponent("Articles").path])
        let text = result.output
        #expect(result.status == 0)
        #expect(text.hasPrefix("ID"))
        #expect(text.contains(Self.sampleID))
        #expect(!text.contains("\u{1B}"))
    }

    private func childPID(of parent: Int32) throws -> Int32 {
        // The pane's shell runs gloss as its child; find it in /proc by parent id.
        let deadline = Date().addingTimeInterval(3)
        while Date() < deadline {
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
                guard let pid = Int32(entry),
                    let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8)
                else { continue }
                // Fields after the parenthesised name: state, ppid.
                guard let close = stat.lastIndex(of: ")") else { continue }
                let fields = stat[stat.index(after: close)...].split(separator: " ")
                if fields.count > 1, Int32(fields[1]) == parent, stat.contains("(gloss)") { return pid }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return 0
    }
}
