/// The export formats, one list for the command line and the reader.
public enum ExportFormat: String, Hashable, Sendable, CaseIterable {
    case markdown, json, csv, html

    /// The name or a file extension (`md`, `markdown`, `json`, `jsonld`, `csv`, `html`, `htm`),
    /// any case, spaces ignored.
    public init?(name: String) {
        switch name.split(whereSeparator: \.isWhitespace).joined().lowercased() {
        case "md", "markdown": self = .markdown
        case "json", "jsonld": self = .json
        case "csv": self = .csv
        case "html", "htm": self = .html
        default: return nil
        }
    }

    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .json: "json"
        case .csv: "csv"
        case .html: "html"
        }
    }

    /// The export of `documents` in this format. JSON has every character a terminal or a
    /// line splitter could trip on escaped (it stays the same JSON); CSV cells that would run
    /// as spreadsheet formulas are neutralised unless `raw`.
    public func render(_ documents: [AnnotatedArticle], raw: Bool = false) -> String {
        switch self {
        case .markdown: MarkdownExporter.render(documents)
        case .json: TerminalSafe.json(JSONExporter.render(documents))
        case .csv: CSVExporter.render(documents, raw: raw)
        case .html: HTMLExporter.render(documents)
        }
    }
}
