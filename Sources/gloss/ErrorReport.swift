import ArgumentParser
import Foundation
import GlossCore

/// Turns typed errors into one clear line on stderr and an exit code.
enum ErrorReport {
    static func exitCode(reporting error: any Error) -> Int32 {
        if let library = error as? LibraryError {
            printError(message(for: library))
            return 1
        }
        if let message = annotationMessage(for: error) {
            printError(message)
            return 1
        }
        if let failure = error as? CommandFailure {
            printError(failure.message)
            return 1
        }
        let code = Gloss.exitCode(for: error)
        let text = Gloss.fullMessage(for: error)
        if code == .success {
            if !text.isEmpty { print(TerminalSafe.text(text)) }
            return 0
        }
        if !text.isEmpty { printError(text.hasPrefix("Error: ") ? String(text.dropFirst(7)) : text) }
        if code == .validationFailure { return 2 }
        return code == .failure ? 1 : code.rawValue
    }

    static func message(for error: LibraryError) -> String {
        switch error {
        case .missingFolder(let path): return "\(path): no such library folder (use --library DIR)"
        case .notAFolder(let path): return "\(path): not a folder (--library takes a folder of articles)"
        case .articleNotFound(let query, _) where query.trimmingCharacters(in: .whitespaces).isEmpty:
            return "the article name is empty; 'gloss list' shows the ids"
        case .articleNotFound(let query, let suggestions):
            return "no article named '\(query)'"
                + (suggestions.isEmpty
                    ? "; 'gloss list' shows them" : "; did you mean: \(suggestions.joined(separator: ", "))?")
        case .ambiguous(let query, let candidates):
            return "'\(query)' names several articles: \(candidates.joined(separator: ", "))"
        case .unloadable(let path, let problem): return "\(path): \(problem)"
        }
    }

    static func warn(_ warning: LibraryWarning) {
        printError("warning: \(warning)")
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data("gloss: \(TerminalSafe.text(text))\n".utf8))
    }
}

/// A failure a command reports in its own words.
struct CommandFailure: Error {
    var message: String
}
