import Foundation
import GlossCore
import GlossIndex
import GlossStore
import GlossTerminal
import GlossUI

/// The full-screen session: terminal set-up, the run loop, and restoring the terminal on
/// every way out (q, Ctrl-C, SIGTERM; crashes are handled by `TerminalSignals`).
enum ReadSession {
    /// Runs the reader over `library`, opening the article `initial` directly when given, and
    /// has the index read the articles it does not hold yet. `notices` (files that did not
    /// load) are counted in the library's status bar, listed by `W`, and printed to stderr when
    /// the session ends, as every other command prints them.
    static func run(
        library: LibraryState, executor: ReadExecutor, positions: [String: Int], initial: String?,
        notices: [String] = []
    ) throws {
        TerminalCapabilities.ensureUTF8Locale()
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend()
        } catch {
            throw CommandFailure(message: message(for: error))
        }
        defer { backend.close() }
        let environment = ProcessInfo.processInfo.environment
        var depth = backend.depth
        var notices = notices
        if let asked = environment["GLOSS_COLORS"], !asked.isEmpty {
            if let forced = ColorDepth(rawValue: asked) {
                if depth != .monochrome || forced == .monochrome { depth = forced }
            } else {
                notices.append("GLOSS_COLORS=\(asked) is not 256, 8 or mono; ignored")
            }
        }
        var state = AppState(size: backend.size, library: library)
        state.positions = positions
        state.exportFolder = StoreLocation.exports(environment).path
        state.openedDirectly = initial != nil
        let keys = KeyFile.load(environment)
        state.keyBindings = keys.bindings
        state.notices = notices + keys.notices
        // Tags for completion arrive with each article's counts (idle work after the first
        // frame), so start-up reads no annotation file.
        let app = ReaderApp(
            state: state, backend: backend, executor: executor,
            theme: Theme(depth: depth, supported: backend.attributes),
            keymap: Keymap(bindings: keys.bindings))
        if let path = environment["GLOSS_BENCH_FIRST_FRAME"], !path.isEmpty {
            app.afterFrame = { app in FirstFrameBenchmark.check(app, report: path, backend: backend) }
        }
        if let initial { app.openArticle(initial) }
        if app.state.library.isIndexing { app.start(.indexLibrary) }
        app.run(shouldStop: { TerminalSignals.caught != nil || backend.isDisconnected })
        // The reading position is saved however the session ends.
        app.saveReadingPosition()
        executor.close()
        backend.close()
        for notice in app.state.notices { ErrorReport.printError("warning: \(notice)") }
        if let signal = TerminalSignals.caught { exit(128 + signal) }
    }

    static func message(for error: TerminalError) -> String {
        switch error {
        case .noTerminalType:
            return
                "TERM is not set, so the terminal cannot be driven; set it (for example TERM=xterm-256color) or use 'gloss list' and 'gloss show'"
        case .unknownTerminal(let term):
            return
                "unknown terminal type '\(term)'; set TERM to one this system knows (for example xterm-256color) or use 'gloss show'"
        case .cannotAddressCursor(let term):
            return
                "terminal '\(term)' cannot move the cursor, which the reader needs; use 'gloss show' to print an article instead"
        case .notATerminal:
            return "the reader needs a terminal on standard input and output; use 'gloss show' to print an article"
        }
    }
}

/// `GLOSS_BENCH_FIRST_FRAME=FILE` (for `gloss-bench library`): after the first frame whose
/// library has every count, writes the time (nanoseconds since 1970) and the peak memory (KB)
/// to FILE and ends the process.
enum FirstFrameBenchmark {
    static func check(_ app: ReaderApp, report path: String, backend: NcursesBackend) {
        let library = app.state.library
        guard !library.isIndexing, library.entries.allSatisfy({ $0.counts != nil || $0.countFailed }) else { return }
        let now = LibraryIndexer.now()
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        try? Data("\(now) \(usage.ru_maxrss)\n".utf8).write(to: URL(fileURLWithPath: path))
        backend.close()
        exit(0)
    }
}

/// The user's key file (`StoreLocation.keys`), applied to the default table; what could not be
/// read is told in the messages page (`W`) and on stderr at the end, and the defaults stand.
enum KeyFile {
    static func load(_ environment: [String: String]) -> (bindings: [KeyBinding], notices: [String]) {
        let url = StoreLocation.keys(environment)
        guard FileManager.default.fileExists(atPath: url.path) else { return (KeyBinding.defaults, []) }
        let text: String
        do {
            let data = try Data(contentsOf: url)
            guard let decoded = String(data: data, encoding: .utf8) else {
                return (KeyBinding.defaults, ["\(url.path): not UTF-8 text; the default keys are used"])
            }
            text = decoded
        } catch {
            return (KeyBinding.defaults, ["\(url.path): \(ArticleLoader.reason(error)); the default keys are used"])
        }
        let (bindings, problems) = KeyConfig.apply(text)
        return (bindings, problems.map { "\(url.path), \($0) (skipped)" })
    }
}
