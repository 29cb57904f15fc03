import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// CSV and JSON exports read back by an independent parser (Python's `csv` and `json`
/// modules) and, for JSON, by Gloss's own importer.
@Suite("Export round trips")
struct ExportRoundTripTests {
    /// Runs python3 with a script and input file; the test fails (not skips) without python3.
    func python(_ script: String, input: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-export-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("input")
        try Data(input.utf8).write(to: file)
        let result = try Subprocess.run("/usr/bin/env", ["python3", "-c", script, file.path])
        try #require(result.status == 0, "python3 failed or is missing")
        return result.stdout
    }

    @Test func csvSurvivesPythonsReader() throws {
        let documents = AnnotationFixtures.newsDocuments()
        let csv = CSVExporter.render(documents)
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                print(json.dumps(list(csv.reader(f))))
            """
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(python(script, input: csv).utf8)) as? [[String]])
        #expect(rows.first == CSVExporter.columns)
        let items = documents.flatMap { doc in doc.items.map { (doc, $0) } }
        #expect(rows.count == items.count + 1)
        for (row, (doc, item)) in zip(rows.dropFirst(), items) {
            let a = item.annotation
            #expect(row[0] == a.id.uuidString.lowercased())
            #expect(row[4] == item.status.rawValue)
            #expect(row[7] == doc.passage(of: item))
            // Line breaks inside a field come back as line feeds.
            #expect(row[8] == a.note.replacingOccurrences(of: "\r\n", with: "\n"))
            #expect(row[9] == a.sortedTags.joined(separator: "; "))
        }
        #expect(rows.contains { $0[8].contains("\"quoted\"") && $0[8].contains("\n") && $0[8].contains(",") })
    }

    @Test func jsonIsAW3CCollectionThatReadsBack() throws {
        let documents = AnnotationFixtures.newsDocuments()
        let json = JSONExporter.render(documents)
        let script = """
            import json, sys
            c = json.load(open(sys.argv[1], encoding='utf-8'))
            assert c['@context'] == 'http://www.w3.org/ns/anno.jsonld', c['@context']
            assert c['type'] == 'AnnotationCollection'
            items = c['first']['items']
            assert c['total'] == len(items)
            for a in items:
                assert a['type'] == 'Annotation'
                assert a['id'].startswith('urn:uuid:')
                assert [s['type'] for s in a['target']['selector']] == ['TextQuoteSelector', 'TextPositionSelector']
            print(json.dumps([[a['target']['source'], a['target']['selector'][0]['exact']] for a in items]))
            """
        let pairs = try #require(
            try JSONSerialization.jsonObject(with: Data(python(script, input: json).utf8)) as? [[String]])
        let annotations = documents.flatMap { $0.items.map(\.annotation) }
        #expect(pairs == annotations.map { [$0.articleID, $0.quote.exact] })
        let back = try AnnotationJSON.decodeCollection(Data(json.utf8)).map { try $0.get() }
        #expect(back == annotations)
    }
}

extension ExportRoundTripTests {
    /// The HTML page parses with every element closed in order (what a browser needs to lay it
    /// out as written) and holds each annotation's note card.
    @Test func htmlIsWellFormed() throws {
        let documents = AnnotationFixtures.newsDocuments()
        let html = HTMLExporter.render(documents)
        let script = """
            import sys
            from html.parser import HTMLParser
            VOID = {'meta', 'br', 'img', 'hr', 'link', 'input'}
            class P(HTMLParser):
                def __init__(self):
                    super().__init__(convert_charrefs=True)
                    self.stack, self.errors, self.ids, self.marks = [], [], [], 0
                def handle_starttag(self, tag, attrs):
                    a = dict(attrs)
                    if 'id' in a: self.ids.append(a['id'])
                    if tag == 'mark': self.marks += 1
                    if tag not in VOID: self.stack.append(tag)
                def handle_endtag(self, tag):
                    if not self.stack or self.stack[-1] != tag:
                        self.errors.append('unexpected </%s> with %s open' % (tag, self.stack[-3:]))
                    else:
                        self.stack.pop()
            p = P()
            p.feed(open(sys.argv[1], encoding='utf-8').read())
            p.close()
            if p.stack: p.errors.append('unclosed: %s' % p.stack)
            if len(p.ids) != len(set(p.ids)): p.errors.append('duplicate ids')
            print('\\n'.join(p.errors) if p.errors else 'ok %d %d' % (len([i for i in p.ids if i.startswith('note-')]), p.marks))
            """
        let result = try python(script, input: html).trimmingCharacters(in: .whitespacesAndNewlines)
        let notes = documents.reduce(0) { $0 + $1.items.count }
        #expect(result.hasPrefix("ok \(notes) "), "\(result)")
    }
}
