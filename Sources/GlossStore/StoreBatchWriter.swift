import Foundation
import GlossCore

/// What a batch save did with one annotation.
public enum BatchOutcome: Hashable, Sendable {
    case added
    case replaced
    /// The store already held exactly this annotation; nothing was written.
    case unchanged
    /// A damaged file is in the annotation's place (its path and problem); it was left alone.
    case damagedFileInTheWay(String)
}

/// Saves many annotations at once, as an import does: in batches, each under its article
/// folder's lock, with one flush to disk and one `fsync` of the folder per batch instead of
/// two `fsync`s per file.
///
/// Every file is still written atomically (a temporary file renamed over the target), and
/// the renames happen only after the batch's data is on disk, so a batch cut short by a crash
/// or a failed write leaves each annotation file either as it was or complete. Holding the
/// folder's lock for the batch keeps the read-compare-replace of each annotation safe from a
/// locked edit in another Gloss process (`apply`, `update`), as a single save is.
///
/// Stale temporary files are swept after a batch as after a single save (see
/// `TemporaryFileSweep`, which skips the sweep when nobody else changed the folder).
public struct StoreBatchWriter {
    public let store: AnnotationStore
    /// How many annotations one lock, flush and folder `fsync` cover.
    public static let batchSize = 1_000
    private var prepared: Set<String> = []
    /// Writes one temporary file (tests replace it to fail in the middle of a batch).
    var writeTemporary: (Data, String) throws(StoreError) -> Void = Platform.writeTemporary

    public init(store: AnnotationStore) {
        self.store = store
    }

    /// Saves `annotations` (at most `batchSize` make one batch; more are split) and returns
    /// what happened to each, in order. A failure to write stops at the batch it happened in:
    /// earlier batches are saved, that one is not, and no temporary file is left behind.
    public mutating func save(_ annotations: [Annotation]) throws(StoreError) -> [BatchOutcome] {
        var outcomes: [BatchOutcome] = []
        outcomes.reserveCapacity(annotations.count)
        var start = 0
        while start < annotations.count {
            let end = min(annotations.count, start + Self.batchSize)
            outcomes += try saveBatch(annotations[start..<end])
            start = end
        }
        return outcomes
    }

    private mutating func saveBatch(_ batch: ArraySlice<Annotation>) throws(StoreError) -> [BatchOutcome] {
        var outcomes = [BatchOutcome?](repeating: nil, count: batch.count)
        // One folder at a time, each under its own lock; articles keep their order within.
        var byFolder: [String: [Int]] = [:]
        var folders: [String] = []
        for (i, a) in batch.enumerated() {
            let name = ArticleFolderName.encode(a.articleID)
            if byFolder[name] == nil { folders.append(name) }
            byFolder[name, default: []].append(i)
        }
        for name in folders {
            let indices = byFolder[name]!
            let folder = store.annotationsFolder.appendingPathComponent(name, isDirectory: true)
            if !prepared.contains(name) {
                try store.prepare(folder)
                prepared.insert(name)
            }
            let items = indices.map { batch[batch.startIndex + $0] }
            let done = try Platform.withLock(folder.appendingPathComponent(".lock", isDirectory: false)) {
                () throws(StoreError) -> [BatchOutcome] in
                let seen = TemporaryFileSweep.shared.beforeWrite(in: folder.path)
                let done = try writeLocked(items, in: folder)
                TemporaryFileSweep.shared.afterWrite(in: folder.path, seen)
                return done
            }
            for (k, i) in indices.enumerated() { outcomes[i] = done[k] }
        }
        return outcomes.map { $0! }
    }

    /// Compares each annotation with the file in its place, writes the changed ones to
    /// temporary files, makes them durable and renames them over their targets.
    private func writeLocked(_ items: [Annotation], in folder: URL) throws(StoreError) -> [BatchOutcome] {
        let folderPath = folder.path
        let folderName = folder.lastPathComponent
        var outcomes: [BatchOutcome] = []
        var pending: [(temporary: String, target: String)] = []
        // The latest version of each file this batch writes, for an id that comes twice.
        var written: [String: Annotation] = [:]
        var inFlight: String?
        do {
            for a in items {
                let name = AnnotationStore.fileName(a.id)
                let target = folderPath + "/" + name
                let current: Annotation?
                if let seen = written[name] {
                    current = seen
                } else {
                    switch AnnotationStore.existingAnnotation(path: target, name: name, folderName: folderName) {
                    case .success(let found): current = found
                    case .failure(let damaged):
                        outcomes.append(.damagedFileInTheWay("\(damaged.path): \(damaged.problem)"))
                        continue
                    }
                }
                if current == a {
                    outcomes.append(.unchanged)
                    continue
                }
                let temporary = folderPath + "/" + TemporaryFileName.make(for: name)
                inFlight = temporary
                try writeTemporary(AnnotationJSON.encode(a), temporary)
                inFlight = nil
                pending.append((temporary, target))
                written[name] = a
                outcomes.append(current == nil ? .added : .replaced)
            }
            try Platform.flush(pending.map(\.temporary), folder: folderPath)
        } catch {
            // Whatever a failed write left of its file goes too.
            for path in pending.map(\.temporary) + (inFlight.map { [$0] } ?? []) { unlink(path) }
            throw error
        }
        var renamed = 0
        defer {
            // A rename that failed leaves its own and the later temporary files: remove them.
            for p in pending[renamed...] { unlink(p.temporary) }
            if renamed > 0 { Platform.syncFolder(folderPath) }
        }
        for p in pending {
            if rename(p.temporary, p.target) != 0 { throw .writeFailed(path: p.target, reason: Platform.lastError()) }
            renamed += 1
        }
        return outcomes
    }
}
