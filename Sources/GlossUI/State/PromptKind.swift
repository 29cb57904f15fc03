/// What the one-line prompt is for. Later kinds (a note, a tag) fit here.
public enum PromptKind: Hashable, Sendable {
    case search, filter

    public var symbol: String {
        switch self {
        case .search: "/"
        case .filter: "filter: "
        }
    }
}
