/// What the one-line prompt is for.
public enum PromptKind: Hashable, Sendable {
    case search, filter
    /// A full-text search of the whole library.
    case librarySearch
    /// The note of the annotation being made or edited.
    case note
    /// Its tags, separated by commas.
    case tags
    /// A yes/no question (deleting an annotation).
    case confirm(String)
    /// Export: the format, then the path.
    case exportFormat, exportPath
    /// `:` commands (`export`).
    case command

    public var symbol: String {
        switch self {
        case .search: "/"
        case .filter: "filter: "
        case .librarySearch: "search the library: "
        case .note: "note: "
        case .tags: "tags: "
        case .confirm(let question): "\(question) (y/n) "
        case .exportFormat: "export format (markdown, html, json, csv): "
        case .exportPath: "export to: "
        case .command: ":"
        }
    }
}
