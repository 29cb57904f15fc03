import ArgumentParser
import Foundation
import GlossCore
import GlossStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-annotations",
        abstract: "Read annotations from W3C JSON-LD (as 'gloss export --format json' writes) into the store.",
        discussion: """
            FILE holds an AnnotationCollection, an AnnotationPage, an array of annotations or one annotation \
            ('-' reads standard input). An annotation with an id already in the store replaces it. Items that \
            cannot be read are reported and skipped; the exit code is then 1. The file is read in pieces and \
            saved 1,000 annotations at a time; on a terminal a progress line shows on stderr.
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The JSON file.")
    var file: String

    func validate() throws {
        if file.isEmpty { throw ValidationError("FILE is empty: give a JSON file, or - for standard input.") }
    }

    func run() throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
            throw CommandFailure(message: "\(file): is a folder, not a JSON file")
        }
        let source: AnnotationImport.Source
        if file == "-" {
            source = .data(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            source = .file(file)
        }
        var progress = ProgressLine(verb: "importing", noun: "annotations", total: 0)
        let summary: AnnotationImport.Summary
        do {
            summary = try AnnotationImport(store: storeOptions.store, source: source).run(
                progress: { done, total in
                    if progress.total != total {
                        progress = ProgressLine(verb: "importing", noun: "annotations", total: total)
                    }
                    progress.update(done)
                },
                skipped: { item in
                    progress.clear()
                    switch item {
                    case .unreadable(let n, let problem):
                        ErrorReport.printError("\(file): item \(n): \(problem), skipped")
                    case .damagedFileInTheWay(let n, let problem):
                        ErrorReport.printError("\(file): item \(n): \(problem); not replaced, skipped")
                    }
                })
        } catch {
            progress.clear()
            switch error {
            case .unreadable(let reason): throw CommandFailure(message: "\(file): cannot be read (\(reason))")
            case .format(let problem): throw CommandFailure(message: "\(file): \(problem)")
            case .store(let failure): throw failure
            }
        }
        progress.clear()
        ErrorReport.printError(
            "imported \(summary.added) new, \(summary.replaced) replaced, \(summary.unchanged) unchanged, \(summary.skipped) skipped"
        )
        if summary.skipped > 0 { throw ExitCode.failure }
    }
}
