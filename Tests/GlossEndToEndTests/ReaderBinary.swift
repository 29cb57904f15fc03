import Foundation
import GlossTestSupport

/// Where the built `gloss` executable and the repository are, for the tmux tests.
enum ReaderBinary {
    /// The repository root.
    static var repository: URL { TestRepository.root }

    /// The built `gloss` (`$GLOSS_BINARY` first), or nil.
    static var path: String? { BuiltProduct.gloss }

    /// A shell command running gloss in the repository with the shipped library, then
    /// printing its exit status and waiting, so the screen after exit can be read.
    /// A fresh store for each tmux session (under one folder per test run), used unless a
    /// test passes its own `--store`: sessions never see the user's data or each other's.
    static var scratchStore: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-e2e-stores-\(getpid())/\(UUID().uuidString.prefix(8))", isDirectory: true)
    }

    static func command(_ arguments: String = "", environment: String = "TERM=xterm-256color") -> String {
        let binary = path ?? "gloss-binary-not-found"
        // Never the user's store or index: reading positions and notes go to a scratch store,
        // the library index to a scratch file (a test's own `--index` wins).
        let store = scratchStore.path
        return
            "cd '\(repository.path)' && env \(environment) GLOSS_INDEX='\(store)-index.sqlite' GLOSS_STORE='\(store)' '\(binary)' \(arguments); echo EXIT=$?; sleep 60"
    }
}
