import Foundation
import GlossCore
import Testing

@Suite("Annotation collection scanner")
struct AnnotationCollectionScannerTests {
    typealias F = AnnotationFixtures

    /// The items' text as the scanner finds them, fed `chunk` bytes at a time.
    static func items(_ text: String, chunk: Int = 1 << 20) throws(AnnotationFormatError) -> [String] {
        let bytes = Data(text.utf8)
        var scanner = AnnotationCollectionScanner()
        var start = 0
        while start < bytes.count {
            try scanner.feed(bytes[start..<min(bytes.count, start + chunk)])
            start += chunk
        }
        return try scanner.finish().items.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func findsTheItemsOfEveryShapeTheImportReads() throws {
        // Pages through first and next, then the collection's own items.
        let collection = """
            {"type": "AnnotationCollection", "items": [{"n": 4}], "first": {"type": "AnnotationPage",
              "items": [ {"n": 1, "items": [9]} , {"n": "a, ] } \\" [ {"} ], "next": {"items": [{"n": 3}], "next": "later"}}}
            """
        #expect(
            try Self.items(collection) == [
                "{\"n\": 1, \"items\": [9]}", "{\"n\": \"a, ] } \\\" [ {\"}", "{\"n\": 3}", "{\"n\": 4}",
            ])
        // The type after the items, as sorted keys put it.
        #expect(
            try Self.items("{\"first\": {\"items\": [1, \"two\", null]}, \"type\": [\"AnnotationCollection\"]}") == [
                "1", "\"two\"", "null",
            ])
        #expect(
            try Self.items(
                "{\"items\": [{\"a\": 1}, {\"b\": 2}], \"type\": \"AnnotationPage\", \"first\": {\"items\": [3]}}") == [
                    "{\"a\": 1}", "{\"b\": 2}",
                ])
        #expect(try Self.items("\u{FEFF} [ {\"a\": []}, [1, 2] ,{} ] ") == ["{\"a\": []}", "[1, 2]", "{}"])
        #expect(try Self.items("[]").isEmpty)
        // An object of another type is one annotation, whatever it holds.
        let single = "{\"type\": \"Annotation\", \"items\": [1], \"target\": {\"first\": {}}}"
        #expect(try Self.items("  " + single + "\n") == [single])
    }

    @Test func anySplitIntoPiecesFindsTheSameItems() throws {
        let data = AnnotationJSON.encodeCollection(F.newsAnnotations(), label: "test \"quoted\" [label]")
        let text = String(decoding: data, as: UTF8.self)
        let whole = try Self.items(text)
        #expect(whole.count == F.newsAnnotations().count)
        for chunk in [1, 2, 3, 7, 64, 1000] {
            #expect(try Self.items(text, chunk: chunk) == whole)
        }
        #expect(try whole.map { try AnnotationJSON.decode(Data($0.utf8), strict: false) } == F.newsAnnotations())
    }

    @Test func reportsDocumentsThatAreNotJSON() {
        for text in [
            "", "   ", "{\"type\": \"AnnotationCollection\", \"first\": {\"items\": [{}", "[1, 2]]", "[1] 2",
            "{\"a\" 1}", "[\"open", "{\"a\": 1]",
        ] {
            #expect(throws: AnnotationFormatError.self, "\(text)") { try Self.items(text) }
        }
        #expect(throws: AnnotationFormatError.invalid(reason: "the top level is neither an object nor an array")) {
            try Self.items("\"text\"")
        }
        #expect(throws: AnnotationFormatError.self) {
            try Self.items(String(repeating: "[", count: 600) + String(repeating: "]", count: 600))
        }
    }
}
