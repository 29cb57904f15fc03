import GlossCore

/// What the one-line prompt is for.
public enum PromptKind: Hashable, Sendable {
    case search, filter
    /// A full-text search of the whole library.
    case librarySearch
    /// The note of the annotation being made or edited.
    case note
    /// Its tags, separated by commas.
    case tags
    /// A yes/no question: deleting this annotation.
    case confirmDelete(Annotation.ID, question: String)
    /// Export: the format, then the path; of every annotation (`all`) or the open article's.
    case exportFormat(all: Bool)
    case exportPath(ExportFormat, all: Bool)
    /// `:` commands (`export`).
    case command

    public var symbol: String {
        switch self {
        case .search: "/"
        case .filter: "filter: "
        case .librarySearch: "search the library: "
        case .note: "note: "
        case .tags: "tags: "
        case .confirmDelete(_, let question): "\(question) (y/n) "
        case .exportFormat: "export format (markdown, html, json, csv): "
        case .exportPath: "export to: "
        case .command: ":"
        }
    }
}
