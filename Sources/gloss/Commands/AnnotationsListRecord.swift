import Foundation
import GlossCore
import GlossUI

/// One annotation as `gloss annotations` prints it.
struct AnnotationsListRecord: Encodable {
    var id: String
    var article: String
    var kind: String
    var status: String
    var start: Int?
    var end: Int?
    var quote: String
    var note: String
    var tags: [String]
    var color: String?
    var speaker: String?
    var entity: String?
    var created: String
    var modified: String

    init(_ doc: AnnotatedArticle, _ item: AnchoredAnnotation) {
        let a = item.annotation
        id = a.id.uuidString.lowercased()
        article = a.articleID
        kind = a.kind.rawValue
        status = item.status.rawValue
        start = item.anchor.range?.start
        end = item.anchor.range?.end
        quote = doc.passage(of: item)
        note = a.note
        tags = a.sortedTags
        color = a.color
        speaker = a.attribution?.speaker
        entity = a.attribution?.entity
        created = AnnotationTimestamp.format(a.created)
        modified = AnnotationTimestamp.format(a.modified)
    }

    /// `0b6f3c2a  moved     note  #tag  “passage…”  note…`, cut to the width.
    static func tableLine(_ doc: AnnotatedArticle, _ item: AnchoredAnnotation, width: Int) -> String {
        let a = item.annotation
        var line =
            "  " + a.id.uuidString.lowercased().prefix(8) + "  " + Table.pad(item.status.rawValue, 8) + "  "
            + Table.pad(a.kind.rawValue, 9)
        if !a.tags.isEmpty { line += "  [" + a.sortedTags.map(oneLine).joined(separator: ", ") + "]" }
        var rest = ""
        if let who = a.attribution { rest += "  — " + oneLine(who.speaker) }
        if !a.note.isEmpty { rest += "  " + oneLine(a.note) }
        // A long passage gets at most half of what is left, so the note still shows.
        let room = max(20, width) - DisplayWidth.of(line) - 2
        let passage = oneLine(doc.passage(of: item))
        let cut = rest.isEmpty ? passage : Table.truncate(passage, max(12, room / 2))
        line += "  " + QuotedText.wrap(cut) + rest
        return Table.truncate(line, max(20, width))
    }

    static func oneLine(_ text: String) -> String {
        TerminalSafe.text(text).split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }
}
