import ArgumentParser
import Foundation

// The entry point: parse, run, and turn every error into a message and an exit code
// (0 success, 1 failure, 2 usage error).
do {
    var command = try Gloss.parseAsRoot()
    try command.run()
} catch {
    exit(ErrorReport.exitCode(reporting: error))
}
