/// The file formats a library understands, chosen by file extension.
public enum ArticleFormat: String, Sendable, Codable, CaseIterable {
    case plainText = "txt"
    case markdown = "md"
    case html = "html"

    /// The format for a file extension (case-insensitive), or nil when the file is not an article.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "text": self = .plainText
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }
}
