/// The formats the export dialog offers, with the file extension each suggests.
public enum ExportFileFormat: String, Hashable, Sendable, CaseIterable {
    case markdown, html, json, csv

    /// Accepts the name or the extension (`md`), any case.
    public init?(typed: String) {
        let t = typed.split(whereSeparator: \.isWhitespace).joined().lowercased()
        if t == "md" { self = .markdown; return }
        self.init(rawValue: t)
    }

    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .html: "html"
        case .json: "json"
        case .csv: "csv"
        }
    }
}
