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
        /// That person's entity id (not printed: the written mentions are kept by it).
        var speakerEntity: Int?
        var value: Double?
        var unit: String?
        var qualifier: String?

        /// As a JSON object, keys sorted. `mentions` keeps the bytes of each speaker's
        /// `speaker_mentions` once written (a speaker of many quotes can have thousands of
        /// mentions); it holds only for one writer at one depth.
        func write(to json: inout JSONWriter, mentions: inout [Int: [UInt8]]) {
            json.beginObject()
            json.field("doc", doc)
            json.field("end", end)
            json.field("entity", entity)
            json.field("kind", kind)
            json.field("label", label)
            json.field("qualifier", qualifier)
            json.field("speaker", speaker)
            json.field("speaker_end", speaker_end)
            if !speaker_mentions.isEmpty, let id = speakerEntity, let written = mentions[id] {
                json.repeatMembers(written)
            } else if !speaker_mentions.isEmpty {
                let from = json.bytes.count
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
                if let id = speakerEntity { mentions[id] = Array(json.bytes[from...]) }
            }
            json.field("speaker_start", speaker_start)
            json.field("start", start)
            json.field("text", text)
            json.field("unit", unit)
            json.field("value", value)
            json.endObject()
        }
    }

    /// The records of an article, in the order they are made (`order` gives the printed order).
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
                    if let id = s.entityID {
                        r.speaker_mentions = mentionsOf[id] ?? []
                        r.speakerEntity = id
                    }
                }
                out.append(r)
            }
        }
        return out
    }

    /// The order records are printed in: by start, end and label, the order they were made in
    /// among equals. The records stay where they are; small keys are sorted instead.
    static func order(_ records: [Record]) -> [Int] {
        struct Key: Comparable {
            var start: Int
            var end: Int
            var label: Int
            var index: Int
            static func < (x: Key, y: Key) -> Bool {
                (x.start, x.end, x.label, x.index) < (y.start, y.end, y.label, y.index)
            }
        }
        var keys: [Key] = []
        keys.reserveCapacity(records.count)
        for (i, r) in records.enumerated() {
            keys.append(Key(start: r.start, end: r.end, label: labelRank(r.label), index: i))
        }
        keys.sort()
        return keys.map(\.index)
    }

    /// Labels in the order their spellings sort in.
    private static let labels = (EntityKind.allCases.map(\.rawValue) + ["figure", "date", "quote"]).sorted()

    private static func labelRank(_ label: String) -> Int {
        labels.firstIndex(of: label) ?? labels.count
    }

    /// One line of JSON per span.
    static func writeLines(_ article: AnalysedArticle, to out: inout Output, json: inout JSONWriter) {
        let all = records(article)
        var mentions: [Int: [UInt8]] = [:]
        for i in order(all) {
            all[i].write(to: &json, mentions: &mentions)
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
        let all = records(article)
        var mentions: [Int: [UInt8]] = [:]
        for i in order(all) {
            json.element()
            all[i].write(to: &json, mentions: &mentions)
        }
        json.endArray()
        json.field("title", article.title)
        json.endObject()
    }
}
