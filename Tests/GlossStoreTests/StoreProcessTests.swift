import Foundation
import GlossCore
import GlossTestSupport
import Testing

@testable import GlossStore

/// Several processes on one store: concurrent writers, concurrent locked edits, and writers
/// killed with SIGKILL in the middle of saving. The writers are `gloss-bench store-write` and
/// `store-tag`, small loops over the store's API in a separate process.
@Suite("Store under several processes", .serialized)
struct StoreProcessTests {
    typealias S = StoreTestSupport

    func start(_ executable: URL, _ arguments: [String]) throws -> Subprocess.Child {
        try Subprocess.start(executable.path, arguments, captureOutput: false)
    }

    @Test func twoWritersLoseNothing() throws {
        let bench = try BuiltProduct.url(named: "gloss-bench")
        let root = try S.temporaryFolder("writers")
        defer { try? FileManager.default.removeItem(at: root) }
        let writers = try (0..<2).map { _ in try start(bench, ["store-write", root.path, "shared/article", "300"]) }
        #expect(writers.map { $0.wait().status } == [0, 0])
        let loaded = try AnnotationStore(root: root).load(articleID: "shared/article")
        #expect(loaded.damaged.isEmpty)
        #expect(loaded.annotations.count == 600)
        #expect(Set(loaded.annotations.map(\.id)).count == 600)
    }

    @Test func lockedEditsFromTwoProcessesAllLand() throws {
        let bench = try BuiltProduct.url(named: "gloss-bench")
        let root = try S.temporaryFolder("edits")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        let a = S.annotation(1)
        try store.save(a)
        let editors = try ["p", "q"].map {
            try start(bench, ["store-tag", root.path, a.id.uuidString.lowercased(), "100", $0])
        }
        #expect(editors.map { $0.wait().status } == [0, 0])
        let tags = try store.find(id: a.id.uuidString).tags
        #expect(tags.count == 200, "lost \(200 - tags.count) of 200 edits")
    }

    @Test func killingWritersMidSaveLeavesALoadableStore() throws {
        let bench = try BuiltProduct.url(named: "gloss-bench")
        let root = try S.temporaryFolder("kill")
        defer { try? FileManager.default.removeItem(at: root) }
        var generator = SystemRandomNumberGenerator()
        let folder = AnnotationStore(root: root).folder(for: "killed/article")
        func saved() -> Int {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }
                .count
        }
        for _ in 0..<25 {
            let before = saved()
            let writer = try start(bench, ["store-write", root.path, "killed/article", "0"])
            // Kill only once this writer is saving (a slow start must not make the test pass
            // without a single kill landing in a save), then at a random moment.
            let deadline = Date().addingTimeInterval(10)
            while saved() == before && Date() < deadline { usleep(200) }
            usleep(UInt32.random(in: 0...20_000, using: &generator))
            writer.kill()
            #expect(writer.wait().signalled)
        }
        let loaded = try AnnotationStore(root: root).load(articleID: "killed/article")
        #expect(loaded.damaged.isEmpty, "\(loaded.damaged)")
        #expect(loaded.annotations.count >= 25)
        // Every file that looks like an annotation is a whole one.
        let visible = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
        #expect(visible.count == loaded.annotations.count)
    }
}
