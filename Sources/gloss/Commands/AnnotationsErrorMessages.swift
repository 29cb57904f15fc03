import GlossCore
import GlossStore

extension ErrorReport {
    /// The message for an annotation or store error, nil for other errors.
    static func annotationMessage(for error: any Error) -> String? {
        if let error = error as? StoreError { return message(for: error) }
        if let error = error as? AnnotationError { return message(for: error) }
        return nil
    }

    static func message(for error: StoreError) -> String {
        switch error {
        case .cannotCreateFolder(let path, let reason):
            return "\(path): cannot create the folder (\(reason)); nothing was saved"
        case .writeFailed(let path, let reason):
            return "\(path): cannot write (\(reason)); what was saved before is intact"
        case .readFailed(let path, let reason): return "\(path): cannot read (\(reason))"
        case .deleteFailed(let path, let reason): return "\(path): cannot delete (\(reason))"
        case .lockFailed(let path, let reason): return "\(path): cannot lock (\(reason))"
        case .damagedFileInTheWay(let path, let problem):
            return "\(path): \(problem); Gloss does not change damaged files, repair or move it by hand"
        case .annotationNotFound(let id):
            return "no annotation with id '\(id)' (ids need at least 4 characters; 'gloss annotations' lists them)"
        case .exists(let path): return "\(path) exists; use --force to replace it (its permissions are kept)"
        case .notAFile(let path, let kind): return "\(path) is \(kind), not a file; nothing was written"
        case .ambiguousID(let prefix, let candidates):
            return "'\(prefix)' starts several annotation ids: \(candidates.prefix(5).joined(separator: ", "))"
        }
    }

    static func message(for error: AnnotationError) -> String {
        switch error {
        case .emptySelection: return "the passage is empty"
        case .rangeOutOfBounds(let start, let end, let length):
            return
                "offsets \(start)..<\(end) are not a passage of the article (its text has \(length) characters; end is exclusive)"
        case .quoteNotFound(let quote, let article): return "'\(preview(quote))' is not in \(article)"
        case .ambiguousQuote(let quote, let article, let offsets):
            return
                "'\(preview(quote))' occurs \(offsets.count) times in \(article) (at \(offsets.prefix(8).map(String.init).joined(separator: ", "))\(offsets.count > 8 ? ", …" : "")); choose one with --occurrence N"
        case .occurrenceOutOfRange(let quote, let occurrence, let count):
            return
                "'\(preview(quote))' occurs \(count) time\(count == 1 ? "" : "s"), there is no occurrence \(occurrence)"
        case .invalidTag(let tag, let reason): return "tag '\(preview(tag))' \(reason)"
        case .invalidColor(let color):
            return "'\(preview(color))' is not a colour; use one of \(Annotation.colors.joined(separator: ", "))"
        case .unknownAnnotation(let id): return "no annotation with id '\(id)'"
        }
    }

    private static func preview(_ text: String) -> String {
        let flat = AnnotationsListRecord.oneLine(text)
        return flat.count > 60 ? String(flat.prefix(59)) + "…" : flat
    }
}
