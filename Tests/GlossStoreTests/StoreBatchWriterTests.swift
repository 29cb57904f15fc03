import Foundation
import GlossCore
import Testing

@testable import GlossStore

@Suite("Batch saves")
struct StoreBatchWriterTests {
    typealias S = StoreTestSupport

    /// Annotations of one article with distinct ids, passages, notes and tags.
    static func annotations(_ count: Int) -> [Annotation] {
        (0..<count).map { S.annotation($0, note: $0 % 3 == 0 ? "note \($0)" : "", tags: $0 % 2 == 0 ? ["even"] : []) }
    }

    static func files(_ root: URL) throws -> [String: Data] {
        let folder = AnnotationStore(root: root).folder(for: "wikinews/GUM_news_clock")
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name != ".lock" {
            out[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return out
    }

    @Test func aBatchSaveWritesWhatSavingOneByOneWrites() throws {
        let one = try S.temporaryFolder("one"), batch = try S.temporaryFolder("batch")
        defer {
            try? FileManager.default.removeItem(at: one)
            try? FileManager.default.removeItem(at: batch)
        }
        // More than one batch; not many more, as each single save waits for two fsyncs.
        let items = Self.annotations(1_500)
        for a in items { try AnnotationStore(root: one).save(a) }
        var writer = StoreBatchWriter(store: AnnotationStore(root: batch))
        #expect(try writer.save(items) == Array(repeating: .added, count: 1_500))
        let expected = try Self.files(one)
        #expect(expected.count == 1_500)
        #expect(try Self.files(batch) == expected)
        #expect(FileManager.default.fileExists(atPath: batch.appendingPathComponent(".gitignore").path))

        // Again: nothing to write. One changed, one twice in the batch (the later one counts).
        #expect(try writer.save(items) == Array(repeating: .unchanged, count: 1_500))
        var changed = items[7]
        changed.note = "changed"
        var twice = changed
        twice.note = "changed again"
        #expect(try writer.save([changed, items[8], twice]) == [.replaced, .unchanged, .replaced])
        let loaded = try AnnotationStore(root: batch).load(articleID: "wikinews/GUM_news_clock")
        #expect(loaded.annotations.count == 1_500 && loaded.damaged.isEmpty)
        #expect(loaded.annotations.first { $0.id == changed.id }?.note == "changed again")
    }

    @Test func aWriteFailingInTheMiddleLeavesOnlyCompleteFiles() throws {
        let root = try S.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        var writer = StoreBatchWriter(store: store)
        let calls = Counter()
        writer.writeTemporary = { (data: Data, path: String) throws(StoreError) in
            calls.value += 1
            if calls.value == 2_500 {
                // Half a file, then the failure, as a full disk would leave it.
                try? data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
                throw .writeFailed(path: path, reason: "No space left on device")
            }
            try Platform.writeTemporary(data, path)
        }
        let items = Self.annotations(5_000)
        #expect(throws: StoreError.self) { try writer.save(items) }
        // The first two batches are saved, the third not at all; no temporary file is left.
        let names = try FileManager.default.contentsOfDirectory(
            atPath: store.folder(for: "wikinews/GUM_news_clock").path)
        #expect(names.filter { $0.hasSuffix(".tmp") }.isEmpty)
        #expect(
            Set(names.filter { $0.hasSuffix(".json") })
                == Set(items.prefix(2_000).map { AnnotationStore.fileName($0.id) }))
        let loaded = try store.load(articleID: "wikinews/GUM_news_clock")
        #expect(loaded.damaged.isEmpty)
        #expect(Set(loaded.annotations) == Set(items.prefix(2_000)))
    }

    @Test func aDamagedFileInTheWayIsReportedAndLeftAlone() throws {
        let root = try S.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        let items = Self.annotations(3)
        try store.save(items[0])
        let damaged = store.file(for: items[1])
        try Data("{\"type\": \"Annot".utf8).write(to: damaged)
        var writer = StoreBatchWriter(store: store)
        let outcomes = try writer.save(items)
        #expect(outcomes[0] == .unchanged && outcomes[2] == .added)
        guard case .damagedFileInTheWay(let problem) = outcomes[1] else {
            Issue.record("expected the damaged file to be reported, got \(outcomes[1])")
            return
        }
        #expect(problem.contains(damaged.lastPathComponent))
        #expect(try Data(contentsOf: damaged) == Data("{\"type\": \"Annot".utf8))
    }

    @Test func aBatchWaitsForTheFolderLock() throws {
        let root = try S.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        let folder = store.folder(for: "wikinews/GUM_news_clock")
        try store.prepare(folder)
        let items = Self.annotations(10)
        let done = Counter()
        // Another holder of the lock (another process, as flock locks are per open file).
        try Platform.withLock(folder.appendingPathComponent(".lock")) { () throws(StoreError) in
            let thread = Thread {
                var writer = StoreBatchWriter(store: store)
                _ = try? writer.save(items)
                done.value = 1
            }
            thread.start()
            Thread.sleep(forTimeInterval: 0.3)
            #expect(done.value == 0)
            #expect(try store.load(articleID: "wikinews/GUM_news_clock").annotations.isEmpty)
        }
        for _ in 0..<500 where done.value == 0 { Thread.sleep(forTimeInterval: 0.01) }
        #expect(done.value == 1)
        #expect(try store.load(articleID: "wikinews/GUM_news_clock").annotations.count == 10)
    }

    @Test func theImportReadsAFileInPiecesAndCountsWhatItDid() throws {
        let root = try S.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let items = Self.annotations(2_500)
        let file = root.appendingPathComponent("in.json")
        var data = AnnotationJSON.encodeCollection(items, label: "test")
        // A broken item in the middle is reported with its number; the rest imports.
        let marker = Data("\"items\" : [\n".utf8)
        if let r = data.range(of: marker) {
            data.replaceSubrange(r, with: Data("\"items\" : [\n    {\"type\": \"Annotation\"},\n".utf8))
        }
        try data.write(to: file)
        let store = AnnotationStore(root: root.appendingPathComponent("store"))
        var skipped: [Int] = []
        var reports: [(Int, Int)] = []
        let summary = try AnnotationImport(store: store, source: .file(file.path)).run(
            progress: { reports.append(($0, $1)) },
            skipped: { if case .unreadable(let n, _) = $0 { skipped.append(n) } })
        #expect(summary == AnnotationImport.Summary(added: 2_500, replaced: 0, unchanged: 0, skipped: 1))
        #expect(skipped == [1])
        #expect(reports.map(\.0) == [0, 1_000, 2_000, 2_501] && reports.allSatisfy { $0.1 == 2_501 })
        #expect(Set(try store.load(articleID: "wikinews/GUM_news_clock").annotations) == Set(items))
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var value: Int {
            get { lock.withLock { count } }
            set { lock.withLock { count = newValue } }
        }
    }
}
