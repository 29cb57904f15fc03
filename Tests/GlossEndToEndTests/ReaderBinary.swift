import Foundation

/// Where the built `gloss` executable and the repository are, for the tmux tests.
enum ReaderBinary {
    /// The repository root (two folders above this file's folder).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `$GLOSS_BINARY`, else `gloss` next to the test bundle (the build products folder, which
    /// follows a custom scratch path), else in the usual build folders.
    static let path: String? = {
        let fm = FileManager.default
        if let explicit = ProcessInfo.processInfo.environment["GLOSS_BINARY"], fm.isExecutableFile(atPath: explicit) { return explicit }
        var candidates: [URL] = []
        for start in [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments.first ?? "")] + Bundle.allBundles.map(\.bundleURL) {
            var dir = start
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("gloss"))
                dir = dir.deletingLastPathComponent()
            }
        }
        for build in [".build/debug", ".build/release"] { candidates.append(repository.appendingPathComponent(build).appendingPathComponent("gloss")) }
        return candidates.first { url in
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: url.path, isDirectory: &isDir) && !isDir.boolValue && fm.isExecutableFile(atPath: url.path)
        }?.path
    }()

    /// A shell command running gloss in the repository with the shipped library, then
    /// printing its exit status and waiting, so the screen after exit can be read.
    /// A fresh store for each tmux session (under one folder per test run), used unless a
    /// test passes its own `--store`: sessions never see the user's data or each other's.
    static var scratchStore: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("gloss-e2e-stores-\(getpid())/\(UUID().uuidString.prefix(8))", isDirectory: true)
    }

    static func command(_ arguments: String = "", environment: String = "TERM=xterm-256color") -> String {
        let binary = path ?? "gloss-binary-not-found"
        // Never the user's store or index: reading positions and notes go to a scratch store,
        // the library index to a scratch file (a test's own `--index` wins).
        let store = scratchStore.path
        return "cd '\(repository.path)' && env \(environment) GLOSS_INDEX='\(store)-index.sqlite' GLOSS_STORE='\(store)' '\(binary)' \(arguments); echo EXIT=$?; sleep 60"
    }
}
