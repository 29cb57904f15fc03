import Foundation
import GlossCore
import Testing

@testable import GlossStore

@Suite("Annotation store")
struct AnnotationStoreTests {
    typealias S = StoreTestSupport

    @Test func savesOneReadableFilePerAnnotationAndLoadsThemBack() throws {
        let root = try S.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        let items = (0..<20).map {
            S.annotation($0, note: "note \($0), with \"quotes\"\nand lines", tags: $0 % 2 == 0 ? ["even"] : [])
        }
        for a in items { try store.save(a) }
        let folder = root.appendingPathComponent("annotations/wikinews%2FGUM_news_clock")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
            .sorted()
        #expect(names == items.map { $0.id.uuidString.lowercased() + ".json" }.sorted())
        let loaded = try store.load(articleID: "wikinews/GUM_news_clock")
        #expect(loaded.damaged.isEmpty)
        #expect(Set(loaded.annotations) == Set(items))
        #expect(try store.articleIDs() == ["wikinews/GUM_news_clock"])
        #expect(try store.loadAll().annotations.count == 20)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(".gitignore").path))
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test func loadsInChunksKeepingEveryFileAndSharingRepeatedValues() throws {
        let root = try S.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        let items = (0..<11).map {
            S.annotation($0, note: $0 % 3 == 0 ? "note \($0)" : "", tags: $0 % 2 == 0 ? ["even", "check"] : ["odd"])
        }
        for a in items { try store.save(a) }
        let folder = store.folder(for: "wikinews/GUM_news_clock")
        // A damaged file among the good ones: reported, the others all kept, in order.
        try Data("{not json".utf8).write(to: folder.appendingPathComponent("00000000-0000-4000-8000-000000000000.json"))
        for chunk in [1, 3, 4096] {
            let loaded = try store.loadFolder(folder, chunk: chunk)
            #expect(
                loaded.annotations == items.sorted { $0.id.uuidString.lowercased() < $1.id.uuidString.lowercased() },
                "chunk \(chunk)")
            #expect(loaded.damaged.count == 1)
        }
    }

    @Test func carriesOutHistoryStepsAndFindsByPrefix() throws {
        let root = try S.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        let article = S.article()
        var set = ArticleAnnotations(articleID: article.id)
        let id = try set.create(range: TextRange(4, 12), in: article, note: "one").annotationID
        try store.apply(set.undoStack.last!)
        try store.apply(try set.edit(id, AnnotationEdit(note: "two"))!)
        #expect(try store.find(id: String(id.uuidString.lowercased().prefix(6))).note == "two")
        try store.apply(set.undo()!)
        #expect(try store.find(id: id.uuidString).note == "one")
        try store.apply(set.undo()!)
        #expect(try store.load(articleID: article.id).annotations.isEmpty)
        #expect(throws: StoreError.annotationNotFound(id: id.uuidString)) { try store.find(id: id.uuidString) }
        try store.apply(set.redo()!)
        #expect(try store.find(id: "urn:uuid:" + id.uuidString.lowercased()).note == "one")
        #expect(throws: StoreError.self) { try store.find(id: "abc") }  // too short to be an id
    }

    @Test func updateIsAReadModifyWriteAndCanDelete() throws {
        let root = try S.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        let a = S.annotation(1, tags: ["x"])
        try store.save(a)
        let result = try store.update(id: a.id.uuidString) { (current: Annotation) throws(StoreError) -> Annotation? in
            var next = current
            next.tags.insert("y")
            return next
        }
        #expect(result.after?.tags == ["x", "y"])
        #expect(try store.find(id: a.id.uuidString).tags == ["x", "y"])
        try store.update(id: a.id.uuidString) { _ in nil }
        #expect(try store.load(articleID: a.articleID).annotations.isEmpty)
    }

    /// A reader holding an annotation in memory edits it after another process edited the
    /// same annotation on disk: both edits survive.
    @Test func anEditMadeOnAStaleCopyKeepsTheOtherProcesssEdit() throws {
        let root = try S.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        let original = S.annotation(2, note: "first note", tags: ["keep", "drop"])
        try store.save(original)

        // Another process changes the note and adds a tag.
        try store.update(id: original.id.uuidString) { (current: Annotation) throws(StoreError) -> Annotation? in
            var next = current
            next.note = "their note"
            next.tags.insert("theirs")
            next.modified = current.modified.addingTimeInterval(5)
            return next
        }

        // This process still holds `original`: it adds a tag, removes one, sets a colour.
        var mine = original
        mine.tags.insert("mine")
        mine.tags.remove("drop")
        mine.color = "green"
        mine.modified = original.modified.addingTimeInterval(9)
        let saved = try #require(try store.apply(AnnotationChange(before: original, after: mine)))

        let onDisk = try store.find(id: original.id.uuidString)
        #expect(onDisk == saved)
        #expect(onDisk.note == "their note")
        #expect(onDisk.tags == ["keep", "theirs", "mine"])
        #expect(onDisk.color == "green")

        // Undo (the inverse change) takes back only this process's edit.
        try store.apply(AnnotationChange(before: mine, after: original))
        let undone = try store.find(id: original.id.uuidString)
        #expect(undone.note == "their note")
        #expect(undone.tags == ["keep", "theirs", "drop"])
        #expect(undone.color == original.color)
    }

    /// With no other writer the change is saved as it is.
    @Test func anEditOnAFreshCopyIsSavedAsIs() throws {
        let root = try S.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        let original = S.annotation(3, note: "n", tags: ["a"])
        try store.save(original)
        var edited = original
        edited.note = "changed"
        edited.tags = ["b"]
        try store.apply(AnnotationChange(before: original, after: edited))
        #expect(try store.find(id: original.id.uuidString) == edited)
    }

    @Test func ambiguousPrefixesAreReported() throws {
        let root = try S.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        var a = S.annotation(1), b = S.annotation(2)
        a.id = UUID(uuidString: "abcd0000-0000-4000-8000-000000000001")!
        b.id = UUID(uuidString: "abcd0000-0000-4000-8000-000000000002")!
        try store.save(a)
        try store.save(b)
        #expect(
            throws: StoreError.ambiguousID(
                prefix: "abcd", candidates: [a.id.uuidString.lowercased(), b.id.uuidString.lowercased()])
        ) {
            try store.find(id: "abcd")
        }
        #expect(try store.find(id: "abcd0000-0000-4000-8000-000000000002") == b)
    }

    @Test func keepsReadingPositionsAtomically() throws {
        let root = try S.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        #expect(store.readingPosition(articleID: "a/b") == nil)
        let position = ReadingPosition(
            article: "a/b", offset: 1234, fingerprint: "fnv1a64:0",
            updated: Date(timeIntervalSince1970: 1_764_000_000.5))
        try store.setReadingPosition(position)
        #expect(store.readingPosition(articleID: "a/b") == position)
        try store.setReadingPosition(ReadingPosition(article: "a/b", offset: 99, fingerprint: "fnv1a64:0"))
        #expect(store.readingPosition(articleID: "a/b")?.offset == 99)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("positions").path) == [
                "a%2Fb.json"
            ])
        try store.setReadingPosition(ReadingPosition(article: "c", offset: 7, fingerprint: ""))
        try Data("{broken".utf8).write(to: root.appendingPathComponent("positions/d.json"))
        #expect(store.readingPositions().mapValues(\.offset) == ["a/b": 99, "c": 7])
    }

    @Test func readingPositionsKeepWhenAndHowFarAndReadOldFiles() throws {
        let root = try S.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        let saved = Date(timeIntervalSince1970: 1_770_000_000.25)
        try store.setReadingPosition(
            ReadingPosition(article: "x", offset: 40, fingerprint: "f", updated: saved, progress: 63))
        #expect(store.readingPosition(articleID: "x")?.progress == 63)
        #expect(store.readingPosition(articleID: "x")?.updated == saved)
        let text = try String(contentsOf: root.appendingPathComponent("positions/x.json"), encoding: .utf8)
        #expect(text.contains("\"progress\" : 63"))
        // A file written before progress was kept still reads, without it.
        let old = #"{"article":"y","fingerprint":"f","formatVersion":1,"offset":5,"updated":1760000000000}"#
        try Data(old.utf8).write(to: root.appendingPathComponent("positions/y.json"))
        let y = try #require(store.readingPositions()["y"])
        #expect(y.offset == 5 && y.progress == nil)
        #expect(y.updated == Date(timeIntervalSince1970: 1_760_000_000))
        // Out-of-range progress is clamped.
        #expect(ReadingPosition(article: "z", offset: 0, fingerprint: "", progress: 140).progress == 100)
    }

    @Test func folderNamesAreSafeUniqueAndReversible() {
        let ids = [
            "wikinews/GUM_news_clock", "../../etc/passwd", ".hidden", "..", ".", "", "a b/ç/東京", "UPPER/lower", "a%2Fb",
            "a/b",
            String(repeating: "long-id/", count: 60), String(repeating: "long-id/", count: 60) + "x",
        ]
        var names: Set<String> = []
        for id in ids {
            let name = ArticleFolderName.encode(id)
            #expect(
                !name.contains("/") && name != "." && name != ".." && !name.hasPrefix(".") && !name.isEmpty,
                "\(id) → \(name)")
            #expect(name.utf8.count <= 200)
            #expect(name.unicodeScalars.allSatisfy { $0.isASCII })
            names.insert(name)
            if name.utf8.count < 180 { #expect(ArticleFolderName.decode(name) == id) }
        }
        #expect(names.count == ids.count)
        #expect(ArticleFolderName.encode("wikinews/GUM_news_clock") == "wikinews%2FGUM_news_clock")
    }

    @Test func longArticleIdsStillLoad() throws {
        let root = try S.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        let id = String(repeating: "very-long-folder-name/", count: 20) + "article"
        let a = S.annotation(3, id: id)
        try store.save(a)
        #expect(try store.load(articleID: id).annotations == [a])
        #expect(try store.articleIDs() == [id])
    }
}

extension AnnotationStoreTests {
    @Test func readerLoadsAnArticlesAnnotationsAsAHistory() throws {
        let root = try S.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        let article = S.article()
        for n in 0..<3 { try store.save(S.annotation(n)) }
        var (set, damaged) = try store.annotations(of: article.id)
        #expect(damaged.isEmpty)
        #expect(set.count == 3)
        #expect(!set.canUndo)
        let id = set.annotations[0].id
        try store.apply(try set.delete(id))
        try store.apply(set.undo()!)
        #expect(try store.load(articleID: article.id).annotations.count == 3)
        #expect(set.anchored(in: article).allSatisfy { $0.status == .exact })
    }
}
