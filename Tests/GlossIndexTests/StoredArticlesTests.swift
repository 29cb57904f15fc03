import Foundation
import GlossCore
import Testing

@testable import GlossIndex

/// The index's rows by path, as the freshness check looks them up.
@Suite struct StoredArticlesTests {
    static func row(_ id: Int64, _ title: String) -> (StoredKey, ArticleSummary) {
        (
            StoredKey(
                rowID: id, articleID: "a/\(id)", size: 10 * id, mtime: 100 * id, hash: "fnv1a64:\(id)",
                checked: 1_000 * id),
            ArticleSummary(
                id: "a/\(id)", title: title, format: .plainText, words: Int(id), metadata: ArticleMetadata(), quotes: 0,
                people: 0,
                places: 0, organizations: 0, figures: 0, dates: 0, notes: [])
        )
    }

    @Test func eachPathFindsItsOwnRow() throws {
        var stored = StoredArticles()
        stored.reserveCapacity(3)
        for (n, path) in ["/lib/one.txt", "/lib/two.txt", "/lib/sub/one.txt"].enumerated() {
            let (key, summary) = Self.row(Int64(n + 1), "Title \(n + 1)")
            stored.add(path: path, key, summary)
        }
        let (key, summary) = try #require(stored["/lib/sub/one.txt"])
        #expect(key.rowID == 3 && key.size == 30 && key.checked == 3_000)
        #expect(summary.title == "Title 3")
        #expect(stored["/lib/two.txt"]?.1.words == 2)
        #expect(stored["/lib/three.txt"] == nil)
    }

    @Test func equivalentSpellingsOfAPathAreOneKeyAndTheLaterRowWins() {
        var stored = StoredArticles()
        let (first, a) = Self.row(1, "Precomposed")
        let (second, b) = Self.row(2, "Decomposed")
        stored.add(path: "/lib/caf\u{E9}.txt", first, a)
        stored.add(path: "/lib/cafe\u{301}.txt", second, b)
        #expect(stored["/lib/caf\u{E9}.txt"]?.0.rowID == 2)
        #expect(stored["/lib/cafe\u{301}.txt"]?.1.title == "Decomposed")
    }
}
