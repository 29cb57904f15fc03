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
            cannot be read are reported and skipped; the exit code is then 1.
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
        let data: Data
        do {
            data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CommandFailure(message: "\(file): cannot be read (\(Self.reason(error)))")
        }
        let items: [Result<Annotation, AnnotationFormatError>]
        do {
            items = try AnnotationJSON.decodeCollection(data)
        } catch {
            throw CommandFailure(message: "\(file): \(error)")
        }
        let store = storeOptions.store
        var added = 0, replaced = 0, unchanged = 0, skipped = 0
        var existingByArticle: [String: [UUID: Annotation]] = [:]
        for (n, item) in items.enumerated() {
            switch item {
            case .failure(let problem):
                ErrorReport.printError("\(file): item \(n + 1): \(problem), skipped")
                skipped += 1
            case .success(let annotation):
                if existingByArticle[annotation.articleID] == nil {
                    let loaded = try store.load(articleID: annotation.articleID)
                    loaded.damaged.forEach(AnnotationsContext.warn)
                    existingByArticle[annotation.articleID] = Dictionary(loaded.annotations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                }
                let existing = existingByArticle[annotation.articleID]?[annotation.id]
                if existing == annotation {
                    unchanged += 1
                    continue
                }
                // One damaged file stops that item only; a write failure stops the import.
                if let problem = try Self.save(annotation, in: store) {
                    ErrorReport.printError("\(file): item \(n + 1): \(problem); not replaced, skipped")
                    skipped += 1
                    continue
                }
                existingByArticle[annotation.articleID]?[annotation.id] = annotation
                if existing == nil { added += 1 } else { replaced += 1 }
            }
        }
        ErrorReport.printError("imported \(added) new, \(replaced) replaced, \(unchanged) unchanged, \(skipped) skipped")
        if skipped > 0 { throw ExitCode.failure }
    }

    /// Saves one annotation; returns the problem when a damaged file is in its place, throws
    /// any other failure.
    static func save(_ annotation: Annotation, in store: AnnotationStore) throws(StoreError) -> String? {
        do {
            try store.save(annotation)
            return nil
        } catch {
            if case .damagedFileInTheWay(let path, let problem) = error { return "\(path): \(problem)" }
            throw error
        }
    }
}

extension ImportCommand {
    /// Why a file could not be read, in the system's words ("No such file or directory"), not
    /// a framework's error domain and number.
    static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileReadNoSuchFile, .fileNoSuchFile: return "no such file"
        case .fileReadNoPermission: return "permission denied"
        case .fileReadTooLarge: return "too large"
        default: return "error \(ns.code)"
        }
    }
}
