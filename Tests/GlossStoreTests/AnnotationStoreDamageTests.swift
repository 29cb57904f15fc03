import Foundation
import GlossCore
import GlossTestSupport
import Testing

@testable import GlossStore

@Suite("Damaged store files")
struct AnnotationStoreDamageTests {
    typealias S = StoreTestSupport

    @Test func damagedFilesAreReportedSkippedAndNeverTouched() throws {
        let root = try S.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        let good = (0..<3).map { S.annotation($0) }
        for a in good { try store.save(a) }
        let folder = store.folder(for: good[0].articleID)
        let full = AnnotationJSON.encode(S.annotation(10))
        let victims: [(String, Data, String)] = [
            ("truncated", full.prefix(full.count / 2), "not valid JSON"),
            ("notjson", Data("hello, I am not JSON".utf8), "not valid JSON"),
            ("empty", Data(), "empty file"),
            (
                "version",
                Data(
                    String(decoding: full, as: UTF8.self).replacingOccurrences(
                        of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 2"
                    ).utf8), "format version 2"
            ),
            ("notannotation", Data("{\"hello\": 1}".utf8), "not an annotation"),
        ]
        var files: [URL] = []
        for (n, (_, data, _)) in victims.enumerated() {
            let url = folder.appendingPathComponent(String(format: "%08d-0000-4000-8000-000000000000.json", n + 1))
            try data.write(to: url)
            files.append(url)
        }
        // A good annotation under the wrong name is misplaced, and so reported.
        let misplaced = folder.appendingPathComponent("99999999-0000-4000-8000-000000000000.json")
        try AnnotationJSON.encode(S.annotation(11)).write(to: misplaced)
        files.append(misplaced)
        let before = try files.map(S.fingerprint)

        let loaded = try store.load(articleID: good[0].articleID)
        #expect(Set(loaded.annotations) == Set(good))
        #expect(Set(loaded.damaged.map(\.path)) == Set(files.map(\.path)))
        for (n, (label, _, expected)) in victims.enumerated() {
            let report = loaded.damaged.first { $0.path == files[n].path }
            #expect(
                report?.description.contains(expected) == true, "\(label): \(report?.description ?? "not reported")")
        }

        // Saving and deleting around them leaves them alone; replacing one is refused.
        try store.save(S.annotation(20))
        try store.delete(good[1])
        var overwrite = S.annotation(21)
        overwrite.id = UUID(uuidString: "00000001-0000-4000-8000-000000000000")!
        #expect(throws: StoreError.self) { try store.save(overwrite) }
        #expect(throws: StoreError.self) { try store.delete(overwrite) }
        #expect(throws: StoreError.self) { try store.find(id: "00000001") }
        let after = try files.map(S.fingerprint)
        for (b, a) in zip(before, after) {
            #expect(b.0 == a.0)
            #expect(b.1 == a.1)
        }
    }

    @Test func leftoverTemporaryFilesAreIgnored() throws {
        let root = try S.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        let a = S.annotation(1)
        try store.save(a)
        let folder = store.folder(for: a.articleID)
        try Data("{\"half".utf8).write(
            to: folder.appendingPathComponent(".\(a.id.uuidString.lowercased()).json.123.abc.tmp"))
        let loaded = try store.load(articleID: a.articleID)
        #expect(loaded.annotations == [a])
        #expect(loaded.damaged.isEmpty)
    }

    /// Root ignores permissions, so as root this cannot be tested and is skipped.
    @Test(.enabled(if: getuid() != 0, "root ignores file permissions"))
    func readOnlyStoreGivesAClearErrorAndLosesNothing() throws {
        let root = try S.temporaryFolder()
        let store = AnnotationStore(root: root)
        let a = S.annotation(1)
        try store.save(a)
        let folder = store.folder(for: a.articleID)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            try? FileManager.default.removeItem(at: root)
        }
        #expect {
            try store.save(S.annotation(2))
        } throws: { error in
            guard case StoreError.writeFailed(let path, let reason) = error else { return false }
            return path.hasPrefix(folder.path) && reason.lowercased().contains("permission")
        }
        var edited = a
        edited.note = "changed"
        #expect(throws: StoreError.self) { try store.save(edited) }
        let loaded = try store.load(articleID: a.articleID)
        #expect(loaded.annotations == [a])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }
}

extension AnnotationStoreDamageTests {
    /// Whether this process may mount a small tmpfs (root on a machine that allows it), to
    /// fill a disk for real. As a normal user the read-only test above runs instead.
    static let canMountSmallDisk: Bool = {
        guard getuid() == 0, let folder = try? StoreTestSupport.temporaryFolder("mount-probe") else { return false }
        defer { try? FileManager.default.removeItem(at: folder) }
        guard
            let mounted = try? Subprocess.run(
                "/usr/bin/env", ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", folder.path]),
            mounted.status == 0
        else { return false }
        _ = try? Subprocess.run("/usr/bin/env", ["umount", folder.path])
        return true
    }()

    @Test(.enabled(if: canMountSmallDisk, "needs root and permission to mount a tmpfs"))
    func fullDiskGivesAClearErrorAndLosesNothing() throws {
        let mountPoint = try S.temporaryFolder("full")
        let mounted = try Subprocess.run(
            "/usr/bin/env", ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint.path])
        try #require(mounted.status == 0, "\(mounted.stderr)")
        defer {
            _ = try? Subprocess.run("/usr/bin/env", ["umount", mountPoint.path])
            try? FileManager.default.removeItem(at: mountPoint)
        }
        let store = AnnotationStore(root: mountPoint.appendingPathComponent("store"))
        let bulky = String(repeating: "x", count: 3000)
        var saved: [Annotation] = []
        var failure: StoreError?
        for n in 0..<100 {
            let a = S.annotation(n, note: bulky)
            do {
                try store.save(a)
                saved.append(a)
            } catch {
                failure = error
                break
            }
        }
        guard case .writeFailed(let path, let reason)? = failure else {
            Issue.record("expected a write failure, got \(String(describing: failure)) after \(saved.count) saves")
            return
        }
        #expect(path.hasSuffix(".json"))
        #expect(reason.lowercased().contains("space"))
        #expect(saved.count > 3)
        // An edit that needs more room fails too, and the old version stays.
        var grown = saved[0]
        grown.note = String(repeating: "y", count: 20_000)
        #expect(throws: StoreError.self) { try store.save(grown) }
        let loaded = try store.load(articleID: saved[0].articleID)
        #expect(loaded.damaged.isEmpty)
        #expect(Set(loaded.annotations) == Set(saved))
        let names = try FileManager.default.contentsOfDirectory(atPath: store.folder(for: saved[0].articleID).path)
        #expect(names.filter { $0.hasSuffix(".tmp") }.isEmpty)
    }
}
