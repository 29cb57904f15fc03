import Foundation

/// Annotations as W3C Web Annotation JSON-LD, the shape of the store's files and of the JSON
/// export.
///
/// The W3C fields carry everything another tool needs (`target.source`, a
/// `TextQuoteSelector` and a `TextPositionSelector`, the note and tags as `TextualBody`
/// bodies); what only Gloss uses sits under one namespaced key, `gloss:annotation`, with the
/// format version. Output has sorted keys and one value per line so that files diff and merge
/// well.
public enum AnnotationJSON {
    public static let context = "http://www.w3.org/ns/anno.jsonld"
    /// The key of Gloss's own fields.
    public static let extensionKey = "gloss:annotation"
    /// The version of the files this Gloss writes and reads.
    public static let formatVersion = 1

    // MARK: Encoding

    /// The JSON-LD object of one annotation.
    public static func object(_ a: Annotation, includeContext: Bool = true) -> [String: Any] {
        var object: [String: Any] = [
            "id": "urn:uuid:" + UUIDText.lowercase(a.id),
            "type": "Annotation",
            "motivation": motivation(a),
            "created": AnnotationTimestamp.format(a.created),
            "modified": AnnotationTimestamp.format(a.modified),
        ]
        if includeContext { object["@context"] = context }
        var bodies: [[String: Any]] = []
        if !a.note.isEmpty {
            bodies.append(["type": "TextualBody", "purpose": "commenting", "format": "text/plain", "value": a.note])
        }
        for tag in a.sortedTags {
            bodies.append(["type": "TextualBody", "purpose": "tagging", "value": tag])
        }
        if !bodies.isEmpty { object["body"] = bodies }
        var quote: [String: Any] = ["type": "TextQuoteSelector", "exact": a.quote.exact]
        if !a.quote.prefix.isEmpty { quote["prefix"] = a.quote.prefix }
        if !a.quote.suffix.isEmpty { quote["suffix"] = a.quote.suffix }
        let position: [String: Any] = [
            "type": "TextPositionSelector", "start": a.position.start, "end": a.position.end,
        ]
        object["target"] = ["source": a.articleID, "selector": [quote, position]]
        var ext: [String: Any] = [
            "formatVersion": formatVersion,
            "article": a.articleID,
            "kind": a.kind.rawValue,
            "fingerprint": a.fingerprint,
        ]
        if let color = a.color { ext["color"] = color }
        if let attribution = a.attribution {
            var who: [String: Any] = ["speaker": attribution.speaker]
            if let entity = attribution.entity { who["entity"] = entity }
            ext["attribution"] = who
        }
        object[extensionKey] = ext
        return object
    }

    /// One annotation as a file's bytes, ending with a newline.
    public static func encode(_ a: Annotation) -> Data {
        var bytes = PrettyJSON.data(object(a))
        bytes.append(0x0A)
        return Data(bytes)
    }

    /// A W3C `AnnotationCollection` holding every annotation in one page.
    public static func encodeCollection(_ annotations: [Annotation], label: String? = nil) -> Data {
        var collection: [String: Any] = [
            "@context": context,
            "type": "AnnotationCollection",
            "total": annotations.count,
        ]
        if let label { collection["label"] = label }
        collection["first"] =
            [
                "type": "AnnotationPage",
                "startIndex": 0,
                "items": annotations.map { object($0, includeContext: false) },
            ] as [String: Any]
        return serialize(collection)
    }

    static func serialize(_ object: [String: Any]) -> Data {
        // Only strings, numbers, arrays and dictionaries go in, which cannot fail to serialise.
        var data =
            (try? JSONSerialization.data(
                withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        data.append(0x0A)
        return data
    }

    static func motivation(_ a: Annotation) -> String {
        switch a.kind {
        case .highlight: return a.note.isEmpty ? (a.tags.isEmpty ? "highlighting" : "tagging") : "commenting"
        case .note: return "commenting"
        case .quote: return "classifying"
        }
    }

    // MARK: Decoding

    /// Reads one annotation file. `strict` (the store's own files) requires the Gloss fields and
    /// a known format version; otherwise annotations written by other W3C tools are accepted
    /// as far as they carry a `TextQuoteSelector`.
    public static func decode(_ data: Data, strict: Bool = true) throws(AnnotationFormatError) -> Annotation {
        try decode(json: parse(data), strict: strict)
    }

    static func parse(_ data: Data) throws(AnnotationFormatError) -> JSONValue {
        do {
            return try JSONValue.parse(data)
        } catch {
            throw .notJSON(reason: data.isEmpty ? "empty file" : error.description)
        }
    }

    /// Reads an `AnnotationCollection` (with its pages inline), an `AnnotationPage`, a bare
    /// array of annotations or a single annotation. Each item decodes on its own, so one bad
    /// item does not hide the rest. `AnnotationCollectionScanner` finds the items; an import
    /// too big to hold whole uses it directly and decodes them with `decodeItem(_:)`.
    public static func decodeCollection(_ data: Data) throws(AnnotationFormatError) -> [Result<
        Annotation, AnnotationFormatError
    >] {
        var scanner = AnnotationCollectionScanner()
        try scanner.feed(data)
        let base = data.startIndex
        return try scanner.finish().items.map { decodeItem(data[(base + $0.lowerBound)..<(base + $0.upperBound)]) }
    }

    /// One item of a collection, as the scanner found it.
    public static func decodeItem(_ bytes: Data) -> Result<Annotation, AnnotationFormatError> {
        Result { () throws(AnnotationFormatError) -> Annotation in try decode(json: parse(bytes), strict: false) }
    }

    static func decode(json object: JSONValue, strict: Bool) throws(AnnotationFormatError) -> Annotation {
        guard object.object != nil else { throw .invalid(reason: "not an object") }
        let ext = object[extensionKey]
        if let ext {
            guard let version = ext["formatVersion"]?.integer else {
                throw .invalid(reason: "\(extensionKey) has no formatVersion")
            }
            if version != formatVersion { throw .unsupportedVersion(found: version, supported: formatVersion) }
        } else if strict {
            throw .invalid(reason: "no \(extensionKey) object")
        }
        guard types(object["type"]).contains("Annotation") else { throw .invalid(reason: "type is not Annotation") }
        guard let rawID = object["id"]?.string, !rawID.isEmpty else { throw .invalid(reason: "no id") }
        let id: UUID
        if let parsed = uuid(from: rawID) {
            id = parsed
        } else if strict {
            throw .invalid(reason: "id \(rawID) is not a UUID")
        } else {
            id = derivedUUID(rawID)
        }

        guard let target = object["target"]?.list.first, target.object != nil else {
            throw .invalid(reason: "no target")
        }
        guard let source = ext?["article"]?.string ?? target["source"]?.string, !source.isEmpty else {
            throw .invalid(reason: "no target.source")
        }
        var quote: TextQuoteSelector?
        var position: TextPositionSelector?
        for selector in target["selector"]?.list ?? [] {
            let kinds = types(selector["type"])
            if kinds.contains("TextQuoteSelector"), let exact = selector["exact"]?.string {
                quote = TextQuoteSelector(
                    exact: exact, prefix: selector["prefix"]?.string ?? "", suffix: selector["suffix"]?.string ?? "")
            } else if kinds.contains("TextPositionSelector"), let start = selector["start"]?.integer,
                let end = selector["end"]?.integer
            {
                position = TextPositionSelector(start: start, end: end)
            }
        }
        guard let quote, !quote.exact.isEmpty else { throw .invalid(reason: "no TextQuoteSelector with an exact text") }

        var note = ""
        var tags: Set<String> = []
        for body in object["body"]?.list ?? [] {
            if let text = body.string {  // a bare string body is a note
                note = note.isEmpty ? text : note + "\n\n" + text
                continue
            }
            guard let value = body["value"]?.string else { continue }
            if types(body["purpose"]).contains("tagging") {
                for tag in Annotation.tagList(value) {
                    if let t = try? Annotation.normalizedTag(tag) { tags.insert(t) }
                }
            } else {
                note = note.isEmpty ? value : note + "\n\n" + value
            }
        }
        let kind: AnnotationKind
        if let raw = ext?["kind"]?.string {
            guard let k = AnnotationKind(rawValue: raw) else { throw .invalid(reason: "unknown kind \(raw)") }
            kind = k
        } else {
            kind = types(object["motivation"]).contains("commenting") || !note.isEmpty ? .note : .highlight
        }
        var attribution: QuoteAttribution?
        if let who = ext?["attribution"], let speaker = who["speaker"]?.string {
            attribution = QuoteAttribution(speaker: speaker, entity: who["entity"]?.string)
        }
        let created = object["created"]?.string.flatMap(AnnotationTimestamp.parse)
        let modified = object["modified"]?.string.flatMap(AnnotationTimestamp.parse)
        if strict && created == nil { throw .invalid(reason: "no readable created time") }
        let made = created ?? modified ?? Date(timeIntervalSince1970: 0)
        return Annotation(
            id: id, articleID: source, quote: quote,
            position: position ?? TextPositionSelector(start: 0, end: 0),
            note: note, tags: tags, color: ext?["color"]?.string, kind: kind, attribution: attribution,
            fingerprint: ext?["fingerprint"]?.string ?? "", created: made, modified: modified ?? made)
    }

    /// `urn:uuid:…` or a bare UUID.
    static func uuid(from text: String) -> UUID? {
        if text.utf8.count == 45, text.lowercased().hasPrefix("urn:uuid:") { return UUIDText.parse(text.dropFirst(9)) }
        return UUIDText.parse(text)
    }

    /// A stable UUID for an annotation id that is not one (another tool's IRI), so importing
    /// the same file twice updates rather than duplicates.
    static func derivedUUID(_ text: String) -> UUID {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x100_0000_01b3 &+ 0x9e37_79b9
        }
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 {
            bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * UInt64(i)))
            bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * UInt64(i)))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x80  // version 8: custom
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }

    static func types(_ value: JSONValue?) -> [String] {
        value?.list.compactMap(\.string) ?? []
    }
}
