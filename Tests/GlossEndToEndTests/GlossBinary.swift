import Foundation
import GlossTestSupport

/// Runs the built `gloss` executable with pipes for its input and output (no terminal), with
/// the tests' environment: no colour and an index of its own.
enum GlossBinary {
    typealias Result = Subprocess.Result

    /// The repository root.
    static var repository: URL { TestRepository.root }

    /// A fresh index for each run, unless a test names its own: runs of unrelated tests share
    /// no index (the tests of several processes on one index are in IndexEndToEndTests).
    static func testIndex() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-test-index-\(getpid())-\(UUID().uuidString.prefix(8))", isDirectory: true)
    }

    /// Runs gloss; one still running after `timeout` seconds is killed and reported as timed out.
    static func run(
        _ arguments: [String], in directory: URL = repository, environment: [String: String] = [:],
        stdin: String? = nil, timeout: Double = 300
    ) throws -> Result {
        let binary = try BuiltProduct.url(named: "gloss")
        // The library index is a cache: the tests keep theirs out of the user's.
        let indexFolder = testIndex()
        defer { try? FileManager.default.removeItem(at: indexFolder) }
        var env = ["NO_COLOR": "1", "GLOSS_INDEX": indexFolder.appendingPathComponent("index.sqlite").path]
        env.merge(environment) { $1 }
        return try Subprocess.run(
            binary.path, arguments, environment: env, directory: directory, input: stdin ?? "", timeout: timeout)
    }
}
