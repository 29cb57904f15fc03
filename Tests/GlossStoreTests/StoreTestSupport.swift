import Foundation
import GlossCore
import Testing

/// Temporary stores and fixtures for the store tests (running programs: `GlossTestSupport`).
enum StoreTestSupport {
    static func temporaryFolder(_ label: String = "store") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-test-\(label)-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let text =
        "The minister said the water prices would rise by ten percent next year. Residents were angry about it. The council will vote in March."

    static func article(id: String = "wikinews/GUM_news_clock") -> Article {
        Article(
            id: id, title: "Water", text: text,
            blocks: [Block(kind: .paragraph, range: TextRange(0, text.unicodeScalars.count))])
    }

    static func annotation(
        _ n: Int = 0, id: String = "wikinews/GUM_news_clock", note: String = "", tags: Set<String> = []
    ) -> Annotation {
        let article = article(id: id)
        let start = (n * 7) % 100
        return try! Annotation(
            article: article, range: TextRange(start, start + 12), note: note, tags: tags,
            now: Date(timeIntervalSince1970: 1_764_000_000 + Double(n)))
    }

    /// Bytes and modification time of a file, to prove Gloss did not touch it.
    static func fingerprint(_ url: URL) throws -> (Data, Date) {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (try Data(contentsOf: url), attributes[.modificationDate] as! Date)
    }
}
