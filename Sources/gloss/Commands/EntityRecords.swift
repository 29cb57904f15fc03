import Foundation
import GlossCore

/// The scoring format: one JSON object per span.
enum EntityRecords {
    struct Record: Encodable {
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
        var value: Double?
        var unit: String?
        var qualifier: String?
    }

    struct Document: Encodable {
        var article: String
        var title: String
        var spans: [Record]
    }

    static func records(_ article: Article, _ analysis: Analysis) -> [Record] {
        var out: [Record] = []
        let doc = article.stem
        for entity in analysis.entities {
            for m in entity.mentions {
                out.append(Record(doc: doc, start: m.start, end: m.end, label: entity.kind.rawValue, text: article.text(in: m), entity: entity.canonicalName))
            }
        }
        for f in analysis.figures {
            out.append(Record(doc: doc, start: f.range.start, end: f.range.end, label: "figure", text: article.text(in: f.range), value: f.value, unit: f.unit, qualifier: f.qualifier))
        }
        for d in analysis.dates {
            out.append(Record(doc: doc, start: d.start, end: d.end, label: "date", text: article.text(in: d)))
        }
        for q in analysis.quotes {
            for seg in q.segments {
                var r = Record(doc: doc, start: seg.start, end: seg.end, label: "quote", text: article.text(in: seg), kind: q.kind.rawValue)
                if let s = q.speaker {
                    r.speaker = s.name
                    r.speaker_start = s.mention.start
                    r.speaker_end = s.mention.end
                }
                out.append(r)
            }
        }
        return out.sorted { ($0.start, $0.end, $0.label) < ($1.start, $1.end, $1.label) }
    }
}
