import Foundation
import GRDB
import GlossCore
import Testing

@testable import GlossIndex

@Suite struct LibraryIndexTests {
    @Test func coldThenWarmGivesWhatFreshAnalysisGives() async throws {
        let f = try IndexFixture()
        try f.writeSample()
        let index = try f.open()
        let cold = try await f.update(index)
        #expect(cold.counts.analysed == 3 && cold.counts.reused == 0)
        let warm = try await f.update(index)
        #expect(warm.counts.reused == 3 && warm.counts.analysed == 0 && warm.counts.verified == 0)
        let fresh = try f.fresh()
        #expect(IndexFixture.summaries(cold) == fresh.summaries)
        #expect(IndexFixture.summaries(warm) == fresh.summaries)
        // The stored analysis reads back as the analysis itself, span texts included.
        for (id, row) in IndexFixture.rowIDs(warm) {
            let stored = try #require(try index.analysedArticle(rowID: row))
            #expect(stored == fresh.analyses[id])
        }
        #expect(
            fresh.analyses.values.contains {
                !$0.analysis.quotes.isEmpty && $0.analysis.quotes.contains { $0.speaker != nil }
            })
        #expect(fresh.analyses.values.contains { !$0.analysis.figures.isEmpty })
    }

    @Test func theShippedArticlesReadBackExactly() async throws {
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Articles"
        ).standardizedFileURL
        let f = try IndexFixture()
        let index = try f.open()
        let files = Library.sortedByID(try Library.scan(shipped).files, id: \.id)
        let update = try await LibraryIndexer(index: index).update(files, scanned: LibraryIndexer.now())
        let library = try Library.load(from: shipped)
        #expect(update.counts.analysed == library.articles.count && !library.articles.isEmpty)
        let ids = IndexFixture.rowIDs(update)
        for article in library.articles {
            let row = try #require(ids[article.id])
            let stored = try #require(try index.analysedArticle(rowID: row))
            #expect(stored == AnalysedArticle(article, analyze(article)), "\(article.id)")
        }
    }

    @Test func aChangedFileIsAnalysedAgain() async throws {
        let f = try IndexFixture()
        try f.writeSample()
        let index = try f.open()
        _ = try await f.update(index)
        // Another size.
        try f.write(
            "harbour.txt", "Harbour plan dropped\n\nThe council in Brightwater dropped the plan, Elena Varga said.\n")
        var update = try await f.update(index)
        #expect(update.counts.analysed == 1 && update.counts.reused == 2)
        #expect(IndexFixture.summaries(update) == (try f.fresh()).summaries)
        // The same size, other bytes, another time.
        try f.write(
            "harbour.txt", "Harbour plan dropped\n\nThe council in Brightwater dropped the plan, Elena Vargo said.\n",
            age: 30)
        update = try await f.update(index)
        #expect(update.counts.analysed == 1)
        #expect(IndexFixture.summaries(update) == (try f.fresh()).summaries)
        // Only the time changes: read and hashed, analysis kept, and fresh by time after that.
        try f.setAge("harbour.txt", 10)
        update = try await f.update(index)
        #expect(update.counts.verified == 1 && update.counts.analysed == 0)
        update = try await f.update(index)
        #expect(update.counts.reused == 3)
        // A deleted file is no longer listed; a new one is.
        try FileManager.default.removeItem(at: f.library.appendingPathComponent("news/rail.html"))
        try f.write("new.txt", "A new article\n\nNothing much happened in Eastport, said Ola Berg.\n")
        update = try await f.update(index)
        #expect(update.counts.analysed == 1 && update.counts.reused == 2)
        #expect(IndexFixture.summaries(update) == (try f.fresh()).summaries)
    }

    @Test func aFileChangedWithinItsClockTickIsCheckedByItsBytes() async throws {
        let f = try IndexFixture()
        let file = try f.write("tick.txt", "Tick\n\nThe bell in Oldport rang twice, said Mara Quist.\n", age: 0)
        let index = try f.open()
        _ = try await f.update(index)
        // Same size, same time, other bytes: noticed because the file was new when indexed.
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        try Data("Tick\n\nThe bell in Oldport rang trice, said Mara Quist.\n".utf8).write(to: file)
        try FileManager.default.setAttributes(
            [.modificationDate: attributes[.modificationDate]!], ofItemAtPath: file.path)
        let update = try await f.update(index)
        #expect(update.counts.analysed == 1)
        #expect(IndexFixture.summaries(update) == (try f.fresh()).summaries)
    }

    @Test func aFileChangedWhileIndexingIsIndexedAgainNextTime() async throws {
        let f = try IndexFixture()
        try f.writeSample()
        let index = try f.open()
        let target = f.library.appendingPathComponent("news/orchard.md").path
        let changed = "# Orchard closes\n\nThe orchard near Millford closed, said Anna Holt, after 12 years.\n"
        // The file changes after its size and time were taken, before it is read.
        let first = try await f.update(index) { path in
            if path == target { try? Data(changed.utf8).write(to: URL(fileURLWithPath: path)) }
        }
        #expect(first.counts.analysed == 3)
        #expect(IndexFixture.summaries(first).contains { $0.title == "Orchard closes" })
        let second = try await f.update(index)
        // The stored key is the one taken before the change, so the file is read again; its
        // bytes are the ones analysed, so the analysis stands.
        #expect(second.counts.reused == 2 && second.counts.verified + second.counts.analysed == 1)
        #expect(IndexFixture.summaries(second) == (try f.fresh()).summaries)
    }

    @Test func aDeletedIndexIsRebuilt() async throws {
        let f = try IndexFixture()
        try f.writeSample()
        var index = try f.open()
        let cold = try await f.update(index)
        index.close()
        try FileManager.default.removeItem(at: f.indexURL)
        index = try f.open()
        let again = try await f.update(index)
        #expect(again.counts.analysed == 3)
        #expect(IndexFixture.summaries(again) == IndexFixture.summaries(cold))
    }

    @Test func aFileOfGarbageIsMovedAsideAndRebuilt() async throws {
        let f = try IndexFixture()
        try f.writeSample()
        var index = try f.open()
        _ = try await f.update(index)
        index.close()
        try Data((0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: f.indexURL)
        index = try f.open()
        #expect(index.opening == .damaged(movedTo: f.indexURL.path + ".damaged"))
        #expect(FileManager.default.fileExists(atPath: f.indexURL.path + ".damaged"))
        let update = try await f.update(index)
        #expect(update.counts.analysed == 3)
        #expect(IndexFixture.summaries(update) == (try f.fresh()).summaries)
    }

    @Test func damageFoundAfterOpeningIsRebuiltOnce() async throws {
        let f = try IndexFixture()
        try f.writeSample()
        var index = try f.open()
        _ = try await f.update(index)
        index.close()
        // Keep the header (so opening works) and overwrite every page after the first.
        let handle = try FileHandle(forWritingTo: f.indexURL)
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: 4096)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: Int(size) - 4096))
        try handle.close()
        index = try f.open()
        let recovered = await LibraryIndexer.updateRecovering(
            try f.files(), scanned: LibraryIndexer.now(), index: index)
        #expect(recovered.index != nil)
        #expect(recovered.update.counts.analysed == 3)
        #expect(recovered.notes.count <= 1)
        #expect(IndexFixture.summaries(recovered.update) == (try f.fresh()).summaries)
        // Whatever the damage, the next run finds a sound index.
        let next = try await f.update(try f.open())
        #expect(next.counts.reused == 3)
    }

    @Test func anotherAnalysisVersionRebuilds() async throws {
        let f = try IndexFixture()
        try f.writeSample()
        var index = try f.open()
        _ = try await f.update(index)
        try await index.pool.write { db in try db.execute(sql: "UPDATE meta SET value = '-1' WHERE key = 'analysis'") }
        index.close()
        index = try f.open()
        let update = try await f.update(index)
        #expect(update.counts.analysed == 3)
        let version = try await index.pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'analysis'")
        }
        #expect(version == String(AnalysisVersion.current))
    }

    @Test func aDatabaseOfSomethingElseIsLeftAlone() throws {
        let f = try IndexFixture()
        try FileManager.default.createDirectory(
            at: f.indexURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        let other = try DatabaseQueue(path: f.indexURL.path)
        try other.write { db in
            try db.execute(sql: "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')")
        }
        try other.close()
        #expect(throws: IndexError.self) { try f.open() }
        let kept = try DatabaseQueue(path: f.indexURL.path)
        #expect(try kept.read { db in try String.fetchOne(db, sql: "SELECT name FROM recipes") } == "soup")
    }

    @Test func twoConnectionsWritingAtOnceBothFinish() async throws {
        let f = try IndexFixture()
        for n in 0..<24 {
            try f.write(
                "a\(n).txt", "Story \(n)\n\nThe mayor of Town\(n), Ida Sol, said \(n) boats came. “Good,” Sol said.\n")
        }
        let one = try f.open()
        let two = try f.open()
        async let a = f.update(one)
        async let b = f.update(two)
        let (ra, rb) = try await (a, b)
        let fresh = try f.fresh().summaries
        #expect(IndexFixture.summaries(ra) == fresh && IndexFixture.summaries(rb) == fresh)
        let after = try await f.update(try f.open())
        #expect(after.counts.reused == 24)
        let rows = try await one.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") }
        #expect(rows == 24)
        let texts = try await one.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article_text") }
        #expect(texts == 24)
    }

    @Test func aColdBuildEndsWithTheLookupIndexesAndOpeningMakesMissingOnes() async throws {
        let f = try IndexFixture()
        try f.writeSample()
        let index = try f.open()
        func lookupIndexes(_ index: LibraryIndex) async throws -> Set<String> {
            try await index.pool.read { db in
                Set(
                    try String.fetchAll(
                        db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
            }
        }
        let all = Set(IndexSchema.lookupIndexNames)
        // Three files in batches of two: a cold build, written without the indexes.
        let cold = try await f.update(index)
        #expect(cold.counts.analysed == 3)
        #expect(try await lookupIndexes(index) == all)
        // A build that stopped before the end leaves them dropped: the next opening makes them.
        try index.dropLookupIndexes()
        #expect(try await lookupIndexes(index).isEmpty)
        index.close()
        let again = try f.open()
        #expect(try await lookupIndexes(again) == all)
        let plan = try await again.pool.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN SELECT article FROM entity WHERE kind = 'person' AND key = 'elena varga'"
            )
            .map { $0["detail"] as String }
        }
        #expect(plan.joined().contains("entity_by_key"))
    }

    @Test func fullTextAndFacetTablesAnswerQueries() async throws {
        let f = try IndexFixture()
        try f.writeSample()
        let index = try f.open()
        _ = try await f.update(index)
        try await index.pool.read { db in
            let hits = try String.fetchAll(
                db,
                sql: """
                    SELECT a.article_id FROM article_text JOIN article a ON a.id = article_text.rowid WHERE article_text MATCH 'orchard'
                    """)
            #expect(hits == ["news/orchard"])
            let speakers = try String.fetchAll(
                db, sql: "SELECT DISTINCT speaker FROM quote WHERE speaker IS NOT NULL ORDER BY speaker")
            #expect(!speakers.isEmpty)
            let units = try String.fetchAll(db, sql: "SELECT DISTINCT unit FROM figure WHERE unit IS NOT NULL")
            #expect(!units.isEmpty)
        }
    }
}
