import Foundation
import GlossCore
import GlossStore
import GlossTerminal
import GlossUI

/// The full-screen session: terminal set-up, the run loop, and restoring the terminal on
/// every way out (q, Ctrl-C, SIGTERM; crashes are handled by `TerminalSignals`).
enum ReadSession {
    /// Runs the reader over `articles`, opening `initial` directly when given.
    /// `notices` (files that did not load) are counted in the library's status bar, listed
    /// by `W`, and printed to stderr when the session ends, as every other command prints them.
    static func run(articles: [Article], location: String, initial: Article?, store: AnnotationStore, notices: [String] = []) throws {
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
        let executor = ReadExecutor(articles: articles, store: store)
        let library = LibraryState(entries: articles.map(LibraryEntry.init), location: location)
        var state = AppState(size: backend.size, library: library)
        state.positions = executor.positions()
        state.exportFolder = StoreLocation.exports(environment).path
        state.openedDirectly = initial != nil
        state.notices = notices
        // Tags for completion arrive with each article's counts (idle work after the first
        // frame), so start-up reads no annotation file.
        let app = ReaderApp(state: state, backend: backend, executor: executor, theme: Theme(depth: depth, supported: backend.attributes))
        if let initial { app.openArticle(initial.id) }
        app.run(shouldStop: { TerminalSignals.caught != nil || backend.isDisconnected })
        // The reading position is saved however the session ends.
        app.saveReadingPosition()
        backend.close()
        for notice in notices { ErrorReport.printError("warning: \(notice)") }
        if let signal = TerminalSignals.caught { exit(128 + signal) }
    }

    static func message(for error: TerminalError) -> String {
        switch error {
        case .noTerminalType:
            return "TERM is not set, so the terminal cannot be driven; set it (for example TERM=xterm-256color) or use 'gloss list' and 'gloss show'"
        case .unknownTerminal(let term):
            return "unknown terminal type '\(term)'; set TERM to one this system knows (for example xterm-256color) or use 'gloss show'"
        case .cannotAddressCursor(let term):
            return "terminal '\(term)' cannot move the cursor, which the reader needs; use 'gloss show' to print an article instead"
        case .notATerminal:
            return "the reader needs a terminal on standard input and output; use 'gloss show' to print an article"
        }
    }
}
