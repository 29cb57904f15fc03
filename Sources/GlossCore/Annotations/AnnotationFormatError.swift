/// Why a piece of JSON is not a readable annotation.
public enum AnnotationFormatError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not JSON at all, or cut short.
    case notJSON(reason: String)
    /// Written by a newer Gloss (or by hand) with a format version this one does not read.
    case unsupportedVersion(found: Int, supported: Int)
    /// JSON, but not shaped as an annotation.
    case invalid(reason: String)

    public var description: String {
        switch self {
        case .notJSON(let reason): return "not valid JSON (\(reason))"
        case .unsupportedVersion(let found, let supported):
            return "format version \(found), this Gloss reads version \(supported)"
        case .invalid(let reason): return "not an annotation: \(reason)"
        }
    }
}
