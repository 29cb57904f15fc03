import ArgumentParser
import Foundation

// The entry point: parse, run, and turn every error into a message and an exit code
// (0 success, 1 failure, 2 usage error).
do {
    // `gloss help NAME` for a NAME that is no command is a usage error, not the main help.
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "help", arguments.count > 1, !arguments[1].hasPrefix("-") {
        let names = Gloss.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        if !names.contains(arguments[1]) {
            ErrorReport.printError(
                "no command '\(arguments[1])'; the commands are \(names.filter { !$0.isEmpty }.joined(separator: ", "))"
            )
            exit(2)
        }
    }
    var command = try Gloss.parseAsRoot()
    try command.run()
} catch {
    exit(ErrorReport.exitCode(reporting: error))
}
