import GlossCore

/// A file in the store that could not be read as an annotation. It is reported and skipped,
/// never rewritten or removed.
public struct DamagedFile: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong with a damaged file.
    public enum Problem: Hashable, Sendable, CustomStringConvertible {
        case unreadable(reason: String)
        case format(AnnotationFormatError)
        /// A readable annotation in the wrong place: its id is not its file name, or its
        /// article is not its folder's.
        case misplaced(reason: String)

        public var description: String {
            switch self {
            case .unreadable(let reason): return "cannot be read (\(reason))"
            case .format(let error): return error.description
            case .misplaced(let reason): return reason
            }
        }
    }

    public var path: String
    public var problem: Problem

    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem), skipped" }
}
