import Foundation
import GlossCore

/// `gloss import-annotations`: a W3C JSON-LD file into the store, read in pieces and saved in
/// locked batches (`StoreBatchWriter`), so a million annotations take neither the file's size
/// in memory nor an `fsync` pair per file.
///
/// A first pass finds the items (`AnnotationCollectionScanner`, a few megabytes at a time),
/// so the total is known for the progress bar; the second reads and decodes one batch of
/// items at a time and saves it.
public struct AnnotationImport {
    /// Where the JSON comes from.
    public enum Source: Sendable {
        /// A file, read in pieces.
        case file(String)
        /// Bytes already in memory (standard input).
        case data(Data)
    }

    /// Why an import could not start, or stopped.
    public enum Failure: Error, Sendable {
        case unreadable(reason: String)
        case format(AnnotationFormatError)
        case store(StoreError)
    }

    /// An item that was skipped, numbered from 1 in the file's order.
    public enum Skipped: Sendable {
        case unreadable(item: Int, AnnotationFormatError)
        case damagedFileInTheWay(item: Int, String)
    }

    public struct Summary: Hashable, Sendable {
        public var added = 0, replaced = 0, unchanged = 0, skipped = 0
    }

    public let store: AnnotationStore
    public let source: Source
    /// Bytes read at a time in the first pass.
    static let chunkSize = 4 << 20

    public init(store: AnnotationStore, source: Source) {
        self.store = store
        self.source = source
    }

    /// Imports every item. `progress(done, total)` is called after each batch, `skipped` for
    /// each item left out.
    public func run(progress: (Int, Int) -> Void = { _, _ in }, skipped: (Skipped) -> Void = { _ in }) throws(Failure)
        -> Summary
    {
        let reader = try Reader(source)
        defer { reader.close() }
        let items = try reader.layout().items
        var writer = StoreBatchWriter(store: store)
        var summary = Summary()
        progress(0, items.count)
        var start = 0
        while start < items.count {
            let end = min(items.count, start + StoreBatchWriter.batchSize)
            var batch: [Annotation] = []
            var numbers: [Int] = []
            batch.reserveCapacity(end - start)
            for (n, bytes) in try reader.items(items[start..<end]).enumerated() {
                switch AnnotationJSON.decodeItem(bytes) {
                case .success(let a):
                    batch.append(a)
                    numbers.append(start + n + 1)
                case .failure(let problem):
                    skipped(.unreadable(item: start + n + 1, problem))
                    summary.skipped += 1
                }
            }
            let outcomes: [BatchOutcome]
            do {
                outcomes = try writer.save(batch)
            } catch {
                throw .store(error)
            }
            for (k, outcome) in outcomes.enumerated() {
                switch outcome {
                case .added: summary.added += 1
                case .replaced: summary.replaced += 1
                case .unchanged: summary.unchanged += 1
                case .damagedFileInTheWay(let problem):
                    skipped(.damagedFileInTheWay(item: numbers[k], problem))
                    summary.skipped += 1
                }
            }
            start = end
            progress(end, items.count)
        }
        return summary
    }

    /// The source's bytes: the whole of them for the scan, then the items of one batch.
    private final class Reader {
        let source: Source
        let handle: FileHandle?

        init(_ source: Source) throws(Failure) {
            self.source = source
            if case .file(let path) = source {
                guard let h = FileHandle(forReadingAtPath: path) else { throw .unreadable(reason: Self.reason(path)) }
                handle = h
            } else {
                handle = nil
            }
        }

        func close() { try? handle?.close() }

        func layout() throws(Failure) -> AnnotationCollectionScanner.Layout {
            var scanner = AnnotationCollectionScanner()
            do {
                switch source {
                case .data(let data):
                    try scanner.feed(data)
                case .file:
                    while let chunk = try read(AnnotationImport.chunkSize), !chunk.isEmpty {
                        try scanner.feed(chunk)
                    }
                }
                return try scanner.finish()
            } catch let error as AnnotationFormatError {
                throw .format(error)
            } catch let error as Failure {
                throw error
            } catch {
                throw .unreadable(reason: "\(error)")
            }
        }

        /// The bytes of each item: one read for the batch when its items lie together.
        func items(_ ranges: ArraySlice<Range<Int>>) throws(Failure) -> [Data] {
            guard let low = ranges.map(\.lowerBound).min(), let high = ranges.map(\.upperBound).max() else { return [] }
            let length = ranges.reduce(0) { $0 + $1.count }
            if case .data(let data) = source {
                return ranges.map { data[(data.startIndex + $0.lowerBound)..<(data.startIndex + $0.upperBound)] }
            }
            if high - low <= 2 * length + (1 << 20) {
                let span = try read(low..<high)
                return ranges.map { span[($0.lowerBound - low)..<($0.upperBound - low)] }
            }
            var out: [Data] = []
            for r in ranges { out.append(try read(r)) }
            return out
        }

        private func read(_ range: Range<Int>) throws(Failure) -> Data {
            do {
                try handle!.seek(toOffset: UInt64(range.lowerBound))
                let data = try handle!.read(upToCount: range.count) ?? Data()
                guard data.count == range.count else {
                    throw Failure.unreadable(reason: "the file changed while it was imported")
                }
                return Data(data)  // indices from 0
            } catch let error as Failure {
                throw error
            } catch {
                throw .unreadable(reason: "\(error.localizedDescription)")
            }
        }

        private func read(_ count: Int) throws(Failure) -> Data? {
            do {
                return try handle!.read(upToCount: count)
            } catch {
                throw .unreadable(reason: "\(error.localizedDescription)")
            }
        }

        private static func reason(_ path: String) -> String {
            var isDir: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isDir) { return "no such file" }
            if isDir.boolValue { return "a folder" }
            return "permission denied"
        }
    }
}
