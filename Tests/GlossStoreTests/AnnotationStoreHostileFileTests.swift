import Foundation
import GlossCore
import GlossTestSupport
import Testing

@testable import GlossStore

/// Store folders holding things Gloss never writes: pipes, links to devices, huge files, and
/// the temporary files of writers that were killed.
@Suite("Hostile store files")
struct AnnotationStoreHostileFileTests {
    typealias S = StoreTestSupport

    /// A fresh store with one good annotation; returns the store, its root and the folder.
    func storeWithOneAnnotation() throws -> (AnnotationStore, URL, URL, Annotation) {
        let root = try S.temporaryFolder()
        let store = AnnotationStore(root: root)
        let good = S.annotation(1)
        try store.save(good)
        return (store, root, store.folder(for: good.articleID), good)
    }

    static func name(_ n: Int) -> String { String(format: "%08x-0000-4000-8000-000000000000.json", n) }

    @Test func aNamedPipeIsReportedWithoutWaitingForAWriter() throws {
        let (store, root, folder, good) = try storeWithOneAnnotation()
        defer { try? FileManager.default.removeItem(at: root) }
        let pipe = folder.appendingPathComponent(Self.name(0xf1f0))
        try #require(mkfifo(pipe.path, 0o644) == 0)

        // Load on another thread, so that a loader stuck on the pipe fails the test instead
        // of hanging it.
        let loaded = Locked<StoreLoad?>(nil)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            loaded.set(try? store.load(articleID: good.articleID))
            done.signal()
        }
        if done.wait(timeout: .now() + 10) == .timedOut {
            Issue.record("loading waited for a writer on the named pipe")
            // A writer that opens and closes the pipe gives the stuck reader an end of file.
            let writer = open(pipe.path, O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
            done.wait()
        }
        let result = try #require(loaded.get())
        #expect(result.annotations == [good])
        #expect(result.damaged.map(\.path) == [pipe.path])
        #expect(result.damaged.first?.description.contains("named pipe") == true)
        // Saving over it is refused, and the pipe stays.
        var clash = S.annotation(2)
        clash.id = UUID(uuidString: "0000f1f0-0000-4000-8000-000000000000")!
        #expect(throws: StoreError.self) { try store.save(clash) }
        var info = stat()
        #expect(lstat(pipe.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aLinkToAnEndlessDeviceIsReportedNotRead() throws {
        let (store, root, folder, good) = try storeWithOneAnnotation()
        defer { try? FileManager.default.removeItem(at: root) }
        let link = folder.appendingPathComponent(Self.name(0xdead))
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/zero")
        let result = try store.load(articleID: good.articleID)
        #expect(result.annotations == [good])
        #expect(result.damaged.map(\.path) == [link.path])
        #expect(result.damaged.first?.description.contains("symbolic link") == true)
        #expect(try store.loadAll().damaged.map(\.path) == [link.path])
        #expect(throws: StoreError.self) { try store.find(id: "0000dead") }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "/dev/zero")
    }

    @Test func anOversizeFileIsReportedAndLeftIntact() throws {
        let (store, root, folder, good) = try storeWithOneAnnotation()
        defer { try? FileManager.default.removeItem(at: root) }
        // A well-formed annotation, only too big: its note alone passes the limit.
        var huge = S.annotation(3, note: String(repeating: "a long note ", count: 100_000))
        huge.id = UUID(uuidString: "000b16b1-0000-4000-8000-000000000000")!
        let file = folder.appendingPathComponent(Self.name(0xb16b1))
        try AnnotationJSON.encode(huge).write(to: file)
        try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as! Int > Platform.readLimit)
        // A big note under the limit still loads.
        let large = S.annotation(4, note: String(repeating: "a shorter note ", count: 20_000))
        try store.save(large)
        let before = try S.fingerprint(file)

        let result = try store.load(articleID: good.articleID)
        #expect(Set(result.annotations.map(\.id)) == [good.id, large.id])
        #expect(result.damaged.map(\.path) == [file.path])
        #expect(result.damaged.first?.description.contains("larger than 1 MiB") == true)
        #expect(throws: StoreError.self) { try store.save(huge) }
        #expect(throws: StoreError.self) { try store.delete(huge) }
        let after = try S.fingerprint(file)
        #expect(before.0 == after.0)
        #expect(before.1 == after.1)
    }

    @Test func staleTemporaryFilesAreRemovedOnTheNextSave() throws {
        let (store, root, folder, good) = try storeWithOneAnnotation()
        defer { try? FileManager.default.removeItem(at: root) }
        let base = "." + Self.name(1)
        let gone = Int32.max  // no process has this id
        let mine = getpid()
        let old = Date(timeIntervalSinceNow: -600)
        // name, age, removed?
        let cases: [(String, Date, Bool)] = [
            ("\(base).\(gone).k3x9.tmp", old, true),  // writer killed ten minutes ago
            ("\(base).\(gone).a1.tmp", Date(), false),  // too recent to be sure
            ("\(base).\(mine).zz.tmp", old, false),  // its writer is alive
            ("\(base).\(mine).b2.tmp", Date(timeIntervalSinceNow: -3 * 24 * 3600), true),  // abandoned long ago
            ("..gitignore.\(gone).q7.tmp", old, true),  // the .gitignore's own temporary file
            (".notes.tmp", old, false),  // not of Gloss's naming
            (".\(Self.name(1)).\(gone).NOT-OURS.tmp", old, false),
        ]
        for (name, date, _) in cases {
            let url = folder.appendingPathComponent(name)
            try Data("{\"half".utf8).write(to: url)
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: url.path)
        }
        #expect(try store.load(articleID: good.articleID).damaged.isEmpty)  // loading leaves them
        #expect(cases.allSatisfy { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0.0).path) })

        let next = S.annotation(2)
        try store.save(next)
        for (name, _, removed) in cases {
            #expect(
                FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) == !removed, "\(name)")
        }
        #expect(Set(try store.load(articleID: good.articleID).annotations.map(\.id)) == [good.id, next.id])
    }

    @Test func temporaryFileNamesAreRecognised() {
        let made = TemporaryFileName.make(for: "x.json", pid: 4242)
        #expect(TemporaryFileName.writer(of: made) == 4242)
        #expect(TemporaryFileName.writer(of: "..gitignore.77.0.tmp") == 77)
        #expect(TemporaryFileName.writer(of: ".x.json.tmp") == nil)
        #expect(TemporaryFileName.writer(of: ".12.ab.tmp") == nil)
        #expect(TemporaryFileName.writer(of: "x.json.12.ab.tmp") == nil)
        #expect(TemporaryFileName.writer(of: ".x.json.-3.ab.tmp") == nil)
        #expect(TemporaryFileName.isStale(writer: getpid(), age: 3600) == false)
        #expect(TemporaryFileName.isStale(writer: Int32.max, age: 3600))
        #expect(TemporaryFileName.isStale(writer: Int32.max, age: 5) == false)
    }
}
