import Foundation
import GlossCore
import GlossIndex

/// The scoring format: one JSON object per span.
enum EntityRecords {
    struct Record {
        var doc: String
        var start: Int
        var end: Int
        var label: String
        var text: String
        var entity: String?
        var kind: String?
        var speaker: String?
        var speaker_start: Int?
        var speaker_end: Int?
        /// The name mentions of the person the speaker resolves to, when it resolves to one.
        var speaker_mentions: [TextRange] = []
        var value: Double?
        var unit: String?
        var qualifier: String?

        /// As a JSON object, keys sorted.
        func write(to json: inout JSONWriter) {
            json.beginObject()
            json.field("doc", doc)
            json.field("end", end)
            json.field("entity", entity)
            json.field("kind", kind)
            json.field("label", label)
            json.field("qualifier", qualifier)
            json.field("speaker", speaker)
            json.field("speaker_end", speaker_end)
            if !speaker_mentions.isEmpty {
                json.key("speaker_mentions")
                json.beginArray()
                for m in speaker_mentions {
                    json.element()
                    json.beginArray()
                    json.element()
                    json.int(m.start)
                    json.element()
                    json.int(m.end)
                    json.endArray()
                }
                json.endArray()
            }
            json.field("speaker_start", speaker_start)
            json.field("start", start)
            json.field("text", text)
            json.field("unit", unit)
            json.field("value", value)
            json.endObject()
        }
    }

    static func records(_ article: AnalysedArticle) -> [Record] {
        var out: [Record] = []
        let doc = article.stem
        let analysis = article.analysis
        for entity in analysis.entities {
            for m in entity.mentions {
                out.append(
                    Record(
                        doc: doc, start: m.start, end: m.end, label: entity.kind.rawValue, text: article.text(in: m),
                        entity: entity.canonicalName))
            }
        }
        for f in analysis.figures {
            out.append(
                Record(
                    doc: doc, start: f.range.start, end: f.range.end, label: "figure", text: article.text(in: f.range),
                    value: f.value, unit: f.unit, qualifier: f.qualifier))
        }
        for d in analysis.dates {
            out.append(Record(doc: doc, start: d.start, end: d.end, label: "date", text: article.text(in: d)))
        }
        var mentionsOf: [Int: [TextRange]] = [:]
        for entity in analysis.entities { mentionsOf[entity.id] = entity.mentions }
        for q in analysis.quotes {
            for seg in q.segments {
                var r = Record(
                    doc: doc, start: seg.start, end: seg.end, label: "quote", text: article.text(in: seg),
                    kind: q.kind.rawValue)
                if let s = q.speaker {
                    r.speaker = s.name
                    r.speaker_start = s.mention.start
                    r.speaker_end = s.mention.end
                    if let id = s.entityID { r.speaker_mentions = mentionsOf[id] ?? [] }
                }
                out.append(r)
            }
        }
        return out.sorted { ($0.start, $0.end, $0.label) < ($1.start, $1.end, $1.label) }
    }

    /// One line of JSON per span.
    static func writeLines(_ article: AnalysedArticle, to out: inout Output, json: inout JSONWriter) {
        for record in records(article) {
            record.write(to: &json)
            out.json(&json)
        }
    }

    /// One document of the `json` format: `{"article", "spans": [...], "title"}`, as an element
    /// of the open array.
    static func writeDocument(_ article: AnalysedArticle, to json: inout JSONWriter) {
        json.element()
        json.beginObject()
        json.field("article", article.id)
        json.key("spans")
        json.beginArray()
        for record in records(article) {
            json.element()
            record.write(to: &json)
        }
        json.endArray()
        json.field("title", article.title)
        json.endObject()
    }
}
