import Foundation
import GlossCore
import Testing

@Suite("Annotation JSON")
struct AnnotationJSONTests {
    typealias F = AnnotationFixtures

    @Test func roundTripsEveryField() throws {
        for a in F.newsAnnotations() {
            let data = AnnotationJSON.encode(a)
            #expect(try AnnotationJSON.decode(data) == a)
        }
    }

    @Test func writesTheW3CShape() throws {
        let a = F.newsAnnotations()[0]
        let json = try #require(try JSONSerialization.jsonObject(with: AnnotationJSON.encode(a)) as? [String: Any])
        #expect(json["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect(json["type"] as? String == "Annotation")
        #expect(json["id"] as? String == "urn:uuid:00000001-0000-4000-8000-000000000000")
        let target = try #require(json["target"] as? [String: Any])
        #expect(target["source"] as? String == "local/council-water")
        let selectors = try #require(target["selector"] as? [[String: Any]])
        #expect(selectors.map { $0["type"] as? String } == ["TextQuoteSelector", "TextPositionSelector"])
        #expect(selectors[0]["exact"] as? String == "\"We cannot let prices rise by 40% again,\"")
        let ext = try #require(json["gloss:annotation"] as? [String: Any])
        #expect(ext["formatVersion"] as? Int == 1)
        #expect(ext["kind"] as? String == "quote")
        let bodies = try #require(json["body"] as? [[String: Any]])
        #expect(
            bodies.filter { $0["purpose"] as? String == "tagging" }.compactMap { $0["value"] as? String } == [
                "check", "figure",
            ])
        #expect(json["created"] as? String == "2025-11-24T16:01:00.000Z")
    }

    @Test func damagedInputIsRefusedWithAReason() {
        let good = AnnotationJSON.encode(F.newsAnnotations()[0])
        #expect(throws: AnnotationFormatError.self) { try AnnotationJSON.decode(good.prefix(good.count / 2)) }
        #expect(throws: AnnotationFormatError.notJSON(reason: "empty file")) { try AnnotationJSON.decode(Data()) }
        #expect(throws: AnnotationFormatError.self) { try AnnotationJSON.decode(Data("not json at all".utf8)) }
        let newer = String(decoding: good, as: UTF8.self).replacingOccurrences(
            of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 7")
        #expect(throws: AnnotationFormatError.unsupportedVersion(found: 7, supported: 1)) {
            try AnnotationJSON.decode(Data(newer.utf8))
        }
        #expect(throws: AnnotationFormatError.self) { try AnnotationJSON.decode(Data("[1, 2]".utf8)) }
    }

    @Test func readsAnnotationsFromOtherTools() throws {
        let foreign = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno/42", "type": "Annotation",
             "body": {"type": "TextualBody", "value": "Interesting"},
             "target": {"source": "http://example.org/page", "selector": {"type": "TextQuoteSelector", "exact": "water"}}}
            """
        #expect(throws: AnnotationFormatError.self) { try AnnotationJSON.decode(Data(foreign.utf8), strict: true) }
        let a = try AnnotationJSON.decode(Data(foreign.utf8), strict: false)
        #expect(a.note == "Interesting")
        #expect(a.kind == .note)
        #expect(a.articleID == "http://example.org/page")
        #expect(a.quote.exact == "water")
        // The same foreign id always maps to the same UUID, so a second import updates.
        #expect(try AnnotationJSON.decode(Data(foreign.utf8), strict: false).id == a.id)
    }

    @Test func collectionRoundTripKeepsGoodItemsAndReportsBadOnes() throws {
        let items = F.newsAnnotations()
        let data = AnnotationJSON.encodeCollection(items, label: "test")
        let back = try AnnotationJSON.decodeCollection(data)
        #expect(back.compactMap { try? $0.get() } == items)
        let mixed = Data(
            "[{\"type\": \"Annotation\"}, \(String(decoding: AnnotationJSON.encode(items[1]), as: UTF8.self))]".utf8)
        let results = try AnnotationJSON.decodeCollection(mixed)
        #expect(results.count == 2)
        #expect((try? results[0].get()) == nil)
        #expect((try? results[1].get()) == items[1])
    }

    @Test func filesAreByteForByteWhatFoundationWrites() throws {
        var items = F.newsAnnotations()
        var hostile = items[0]
        hostile.note = "Quotes \" and \\ back\u{1}slash\u{1F}, tab\t, \u{8}\u{C}\r\n/slash/ — “curly” 日本 🙂\u{7F}"
        hostile.tags = ["a/b", "é"]
        hostile.color = "#ff0000"
        items.append(hostile)
        for a in items {
            let foundation =
                try JSONSerialization.data(
                    withJSONObject: AnnotationJSON.object(a),
                    options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) + Data([0x0A])
            #expect(
                String(decoding: AnnotationJSON.encode(a), as: UTF8.self) == String(decoding: foundation, as: UTF8.self)
            )
        }
    }

    @Test func timestampsAreUTCMilliseconds() {
        let date = Date(timeIntervalSince1970: 1_764_000_000.123_9)
        #expect(AnnotationTimestamp.format(date) == "2025-11-24T16:00:00.123Z")
        #expect(AnnotationTimestamp.parse("2025-11-24T16:00:00.123Z") == Date(timeIntervalSince1970: 1_764_000_000.123))
        #expect(AnnotationTimestamp.parse("2025-11-24T18:00:00+02:00") == Date(timeIntervalSince1970: 1_764_000_000))
        #expect(AnnotationTimestamp.format(Date(timeIntervalSince1970: -1.5)) == "1969-12-31T23:59:58.500Z")
        #expect(AnnotationTimestamp.parse("2025-13-01T00:00:00Z") == nil)
        #expect(AnnotationTimestamp.parse("yesterday") == nil)
    }
}

@Suite("JSON parser")
struct AnnotationJSONParserTests {
    func parse(_ text: String) throws -> JSONValue { try JSONValue.parse(Array(text.utf8)) }

    @Test func parsesValuesAndEscapes() throws {
        let v = try parse(#"{"a": [1, -2.5e1, true, false, null], "s": "x\"\\\/\n\u00e9\ud83d\ude00"}"#)
        #expect(v["a"] == .array([.number(1), .number(-25), .bool(true), .bool(false), .null]))
        #expect(v["s"]?.string == "x\"\\/\né😀")
    }

    @Test func rejectsWhatIsNotJSON() {
        for bad in [
            "", "{", "{\"a\":}", "[1,]", "{\"a\":1,}", "\"\u{01}\"", "01", "1.", "tru", "{} {}", "\"\\ud800\"",
            "[\"\\x\"]", "'a'",
        ] {
            #expect(throws: JSONSyntaxError.self, "\(bad)") { try parse(bad) }
        }
        #expect(throws: JSONSyntaxError.self) { try JSONValue.parse([0x22, 0xFF, 0x22]) }  // bad UTF-8
        // A cut 4-byte sequence.
        #expect(throws: JSONSyntaxError.self) { try JSONValue.parse([0x22, 0xF0, 0x90, 0x80, 0x22]) }
        #expect(throws: JSONSyntaxError.self) {
            try parse(String(repeating: "[", count: 600) + String(repeating: "]", count: 600))
        }
    }
}

@Suite("UUID text")
struct AnnotationUUIDTextTests {
    @Test func agreesWithFoundation() {
        for _ in 0..<200 {
            let id = UUID()
            #expect(UUIDText.lowercase(id) == id.uuidString.lowercased())
            #expect(UUIDText.parse(id.uuidString) == id)
            #expect(UUIDText.parse(id.uuidString.lowercased()) == id)
        }
        for bad in [
            "", "not-a-uuid", "3f0c1a52-8d2e-4c3b-9a51-0e6f2b7c9d1", "3f0c1a52x8d2e-4c3b-9a51-0e6f2b7c9d14",
            "3f0c1a52-8d2e-4c3b-9a51-0e6f2b7c9d1g",
        ] {
            #expect(UUIDText.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func repeatedKeysKeepTheLast() throws {
        let v = try JSONValue.parse(Array(#"{"a": 1, "b": 2, "a": 3}"#.utf8))
        #expect(v["a"] == .number(3))
        #expect(v.object?.count == 3)
    }
}
