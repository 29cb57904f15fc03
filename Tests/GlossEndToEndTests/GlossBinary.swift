import Foundation

/// Runs the built `gloss` executable with pipes for its input and output (no terminal).
enum GlossBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Ended by a signal (a crash, or the timeout's kill) rather than by exiting.
        var signalled = false
        /// Killed because it ran past the timeout.
        var timedOut = false
    }

    /// The repository root.
    static var repository: URL { ReaderBinary.repository }

    /// The built `gloss` binary (found as the tmux tests find it).
    static var url: URL? { ReaderBinary.path.map { URL(fileURLWithPath: $0) } }

    /// A fresh index for each run, unless a test names its own: runs of unrelated tests share
    /// no index (the tests of several processes on one index are in IndexEndToEndTests).
    static func testIndex() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("gloss-test-index-\(getpid())-\(UUID().uuidString.prefix(8))", isDirectory: true)
    }

    /// Runs gloss; one still running after `timeout` seconds is killed and reported as timed out.
    static func run(
        _ arguments: [String], in directory: URL = repository, environment: [String: String] = [:], stdin: String? = nil, timeout: Double = 300
    ) throws -> Result {
        guard let url else { throw BinaryMissing() }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        // The library index is a cache: the tests keep theirs out of the user's.
        let indexFolder = testIndex()
        env["GLOSS_INDEX"] = indexFolder.appendingPathComponent("index.sqlite").path
        defer { try? FileManager.default.removeItem(at: indexFolder) }
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let pid = process.processIdentifier
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var killed = false
        DispatchQueue.global().async {
            if finished.wait(timeout: .now() + timeout) == .timedOut {
                killed = true
                kill(pid, SIGKILL)
            }
        }
        defer { finished.signal() }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        finished.signal()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
            signalled: process.terminationReason == .uncaughtSignal, timedOut: killed)
    }

    struct BinaryMissing: Error, CustomStringConvertible {
        var description: String { "the gloss binary was not found next to the tests; build it with 'swift build' first" }
    }
}
