import Foundation

/// Annotations as CSV (RFC 4180): a header, then one row per annotation, CRLF line ends, and
/// every field holding a comma, a quote, a line break or edge white space quoted with its
/// quotes doubled. Line breaks inside notes and passages are kept.
///
/// A field that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab
/// or a carriage return) gets a leading `'` unless `raw` is asked for, so opening an export
/// never runs what a note or an article says.
public enum CSVExporter {
    public static let columns = [
        "id", "article", "title", "kind", "status", "start", "end", "quote", "note", "tags", "color", "speaker",
        "entity", "created", "modified",
    ]

    /// Tags are joined with this inside their one field.
    public static let tagSeparator = "; "

    public static func render(_ articles: [AnnotatedArticle], raw: Bool = false) -> String {
        var out = row(columns, raw: raw)
        for article in articles {
            for item in article.items {
                let a = item.annotation
                out += row(
                    [
                        a.id.uuidString.lowercased(),
                        a.articleID,
                        ExportText.oneLine(article.title),
                        a.kind.rawValue,
                        item.status.rawValue,
                        item.anchor.range.map { String($0.start) } ?? "",
                        item.anchor.range.map { String($0.end) } ?? "",
                        article.passage(of: item),
                        a.note,
                        a.sortedTags.joined(separator: tagSeparator),
                        a.color ?? "",
                        a.attribution?.speaker ?? "",
                        a.attribution?.entity ?? "",
                        AnnotationTimestamp.format(a.created),
                        AnnotationTimestamp.format(a.modified),
                    ], raw: raw)
            }
        }
        return out
    }

    /// One CSV record (CRLF-terminated), fields quoted as needed; formula-like fields are
    /// prefixed with an apostrophe unless `raw`.
    public static func row(_ fields: [String], raw: Bool = false) -> String {
        fields.map { field($0, raw: raw) }.joined(separator: ",") + "\r\n"
    }

    static func field(_ text: String, raw: Bool = false) -> String {
        // Line breaks are normalised to LF inside fields; other control characters are dropped.
        var value = ExportText.clean(text)
        if !raw, let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        let needsQuotes =
            value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            || value.first?.isWhitespace == true || value.last?.isWhitespace == true
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
