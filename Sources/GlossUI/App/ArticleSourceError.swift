/// Why an article could not be opened.
public enum ArticleSourceError: Error, Hashable, Sendable {
    case notFound(id: String)
    case unreadable(id: String, reason: String)

    /// One line for the status bar.
    public var message: String {
        switch self {
        case .notFound(let id): "No article \(id)"
        case .unreadable(let id, let reason): "Cannot open \(id): \(reason)"
        }
    }
}
