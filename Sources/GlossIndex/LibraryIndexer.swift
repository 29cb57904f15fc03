import Foundation
import GlossCore

/// Brings the index up to date for a list of files and says what is in them.
///
/// A file whose size and modification time are those stored, and were already those when it
/// was last checked a while after it last changed, is fresh: nothing of it is read. A file
/// whose size or time differ, or that changed so shortly before it was indexed that a change
/// within the same clock tick could have been missed, is read and hashed: the same bytes keep
/// their analysis (only the key is updated), other bytes are analysed again. New files are
/// analysed. Analysis runs on all cores (one task per file, at most one per core at a time),
/// and results are written in batches, one transaction each, while the next are analysed.
public struct LibraryIndexer: Sendable {
    public let index: LibraryIndex?
    public var batchSize = 256
    public var workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// A change this close after a file's modification time may leave the time unchanged.
    static let clockTick: Int64 = 2_000_000_000
    /// For tests: called with each file's path after its key was taken and before it is read.
    var beforeRead: (@Sendable (String) -> Void)?

    public init(index: LibraryIndex?) {
        self.index = index
    }

    /// What the update did.
    public struct Counts: Sendable, Equatable {
        /// Fresh by size and time: not read.
        public var reused = 0
        /// Read and hashed, same bytes: analysis kept.
        public var verified = 0
        /// Loaded and analysed.
        public var analysed = 0
        /// Could not be loaded (a warning says why).
        public var skipped = 0

        public init() {}
    }

    /// One file's outcome, in the order of the files given.
    public enum Item: Sendable {
        /// `rowID` is where the index holds it (nil without an index); `analysed` is the fresh
        /// analysis when `keepAnalyses` was asked for.
        case article(ArticleSummary, rowID: Int64?, analysed: AnalysedArticle?, file: LibraryFile)
        case skipped(LibraryWarning)
    }

    public struct Update: Sendable {
        public var items: [Item]
        public var counts: Counts

        public init(items: [Item], counts: Counts) {
            self.items = items
            self.counts = counts
        }
    }

    /// Whether the stored key shows the file unchanged: nothing of it needs reading.
    static func isFresh(_ key: StoredKey, _ file: LibraryFile) -> Bool {
        key.articleID == file.id && key.size == file.size && key.mtime == file.modified
            && key.checked - key.mtime >= clockTick
    }

    /// What the index holds of the files that are fresh (by size and time, so nothing is
    /// read), in the order of `files`; nil for a file that `update` would read or analyse.
    /// One read of the index; without one, every file is nil.
    public func freshItems(_ files: [LibraryFile]) throws -> [Item?] {
        freshItems(files, stored: try stored())
    }

    /// What the index holds, read once: `freshItems` matches files against it. Reading it does
    /// not need the files, so it can run on another thread while the folder is scanned.
    public struct Stored: Sendable {
        let rows: StoredArticles
    }

    /// One read of the index (nothing without one).
    public func stored() throws -> Stored {
        Stored(rows: try index?.storedArticles() ?? StoredArticles())
    }

    /// The items of `files` when every one is fresh in `stored`, else nil.
    public func allFresh(_ files: [LibraryFile], stored: Stored) -> [Item]? {
        var items: [Item] = []
        items.reserveCapacity(files.count)
        for file in files {
            guard let (key, summary) = stored.rows[Self.key(file)], Self.isFresh(key, file) else { return nil }
            items.append(.article(summary, rowID: key.rowID, analysed: nil, file: file))
        }
        return items
    }

    /// `freshItems` against what `stored()` read.
    public func freshItems(_ files: [LibraryFile], stored: Stored) -> [Item?] {
        files.map { file in
            guard let (key, summary) = stored.rows[Self.key(file)], Self.isFresh(key, file) else { return nil }
            return .article(summary, rowID: key.rowID, analysed: nil, file: file)
        }
    }

    /// Checks and (re)indexes `files`. `progress(done, total)` is called from one task at a
    /// time, as files are done, and `each(i, item)` with each file's outcome as it is known
    /// (`i` its place in `files`; the row id of a new article is not known yet then). Without
    /// an index, everything is analysed and nothing stored. `scanned` is when the files were
    /// stat'ed (before the scan began).
    public func update(
        _ files: [LibraryFile], scanned: Int64, keepAnalyses: Bool = false,
        progress: (@Sendable (Int, Int) -> Void)? = nil,
        each: (@Sendable (Int, Item) -> Void)? = nil
    ) async throws -> Update {
        let now = scanned
        var items = [Item?](repeating: nil, count: files.count)
        var counts = Counts()
        var work: [(Int, (StoredKey, ArticleSummary)?)] = []
        let stored = try index?.storedArticles() ?? StoredArticles()
        var paths: [String] = []
        paths.reserveCapacity(files.count)
        for (i, file) in files.enumerated() {
            let path = Self.key(file)
            paths.append(path)
            if let (key, summary) = stored[path], Self.isFresh(key, file) {
                items[i] = .article(summary, rowID: key.rowID, analysed: nil, file: file)
                each?(i, items[i]!)
                counts.reused += 1
            } else {
                work.append((i, stored[path].flatMap { $0.0.articleID == file.id ? $0 : nil }))
            }
        }
        // A cold build (an empty index and more than a batch to write) writes the rows without
        // the catalog's lookup indexes and makes them at the end, in one pass each.
        let cold = stored.isEmpty && work.count > batchSize
        if cold { try index?.dropLookupIndexes() }
        let total = files.count
        var done = counts.reused
        progress?(done, total)

        var pending: [(Int, IndexRecord)] = []
        var touched: [(path: String, size: Int64, mtime: Int64, checked: Int64)] = []
        var writes: Task<[(Int, Int64)], any Error>?
        var written: [(Int, Int64)] = []
        let index = self.index
        let keep = keepAnalyses
        let beforeRead = self.beforeRead

        func flush() async throws {
            if let previous = writes { written += try await previous.value }
            writes = nil
            guard let index, !pending.isEmpty else { return }
            let batch = pending
            pending.removeAll(keepingCapacity: true)
            writes = Task {
                let ids = try index.write(batch.map(\.1))
                return zip(batch.map(\.0), ids).map { ($0, $1) }
            }
        }

        try await withThrowingTaskGroup(of: (Int, Outcome).self) { group in
            var next = 0
            func start() {
                guard next < work.count else { return }
                let (i, key) = work[next]
                let file = files[i]
                let path = paths[i]
                next += 1
                group.addTask {
                    beforeRead?(path)
                    return (i, Self.process(file, path: path, stored: key, now: now, forIndex: index != nil))
                }
            }
            for _ in 0..<workers { start() }
            while let (i, outcome) = try await group.next() {
                start()
                done += 1
                progress?(done, total)
                switch outcome {
                case .same(let key, let summary, let size, let mtime):
                    counts.verified += 1
                    items[i] = .article(summary, rowID: key.rowID, analysed: nil, file: files[i])
                    each?(i, items[i]!)
                    touched.append((paths[i], size, mtime, now))
                case .fresh(let record):
                    counts.analysed += 1
                    items[i] = .article(
                        record.summary, rowID: nil, analysed: keep ? record.analysed : nil, file: files[i])
                    each?(i, items[i]!)
                    if index != nil {
                        pending.append((i, record))
                        if pending.count >= batchSize { try await flush() }
                    }
                case .skipped(let warning):
                    counts.skipped += 1
                    items[i] = .skipped(warning)
                    each?(i, items[i]!)
                }
            }
        }
        try await flush()
        try await flush()
        if cold { try index?.makeLookupIndexes() }
        for (i, id) in written {
            if case .article(let summary, _, let analysed, let file) = items[i] {
                items[i] = .article(summary, rowID: id, analysed: analysed, file: file)
            }
        }
        try index?.touch(touched)
        return Update(items: items.map { $0! }, counts: counts)
    }

    enum Outcome: Sendable {
        case same(StoredKey, ArticleSummary, size: Int64, mtime: Int64)
        case fresh(IndexRecord)
        case skipped(LibraryWarning)
    }

    /// The index's key of a file: its absolute path.
    static func key(_ file: LibraryFile) -> String {
        let path = file.path
        // Only a path with `/.` or `//` in it can need standardizing (`.` and `..` components).
        var previousSlash = false
        for byte in path.utf8 {
            if previousSlash && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")) {
                return (path as NSString).standardizingPath
            }
            previousSlash = byte == UInt8(ascii: "/")
        }
        return path
    }

    /// Reads one file; keeps the stored analysis when the bytes are the same, else analyses it.
    /// The figures' contexts, which only the index's figure table holds, are found only
    /// `forIndex` (they were a tenth of `gloss entities --no-index` on a large article).
    static func process(
        _ file: LibraryFile, path: String, stored: (StoredKey, ArticleSummary)?, now: Int64, forIndex: Bool
    ) -> Outcome {
        let data: Data
        do {
            data = try ArticleLoader.read(file.url, displayPath: file.displayPath)
        } catch {
            return .skipped(warning(error, file))
        }
        let hash = ContentHash.of(data)
        if let (key, summary) = stored, key.hash == hash {
            return .same(key, summary, size: file.size, mtime: file.modified)
        }
        let format = ArticleFormat(pathExtension: file.url.pathExtension) ?? .plainText
        let article: Article
        let notes: [LibraryWarning]
        do {
            (article, notes) = try ArticleLoader.article(
                from: data, format: format, id: file.id, path: file.displayPath)
        } catch {
            return .skipped(warning(error, file))
        }
        let analysis = analyze(article)
        return .fresh(
            IndexRecord(
                path: path,
                key: StoredKey(
                    rowID: 0, articleID: file.id, size: file.size, mtime: file.modified, hash: hash, checked: now),
                summary: ArticleSummary(article, analysis, warnings: notes),
                analysed: AnalysedArticle(article, analysis),
                text: article.text,
                figureContexts: forIndex
                    ? analysis.figures.map { FigureContext(article.scalars, figure: $0.range) } : []))
    }

    static func warning(_ error: LibraryError, _ file: LibraryFile) -> LibraryWarning {
        if case .unloadable(let path, let problem) = error {
            return LibraryWarning(path: path, kind: .skipped(problem))
        }
        return LibraryWarning(path: file.displayPath, kind: .skipped(.unreadable(reason: "\(error)")))
    }

    /// The time now, in nanoseconds since 1970 (what `LibraryFile.modified` counts).
    public static func now() -> Int64 {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
    }
}

/// FNV-1a 64 over a file's bytes: the index's content hash.
enum ContentHash {
    static func of(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { raw in
            for byte in raw {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension LibraryIndexer {
    /// What `updateRecovering` did and what to tell the user about the index.
    public struct Recovered: Sendable {
        public var update: Update
        /// The index in use at the end: a rebuilt one after damage, nil when it had to be left.
        public var index: LibraryIndex?
        /// One line per thing that went wrong with the index (never with the articles).
        public var notes: [String]
    }

    /// `update`, never failing for the index's sake: a file found damaged is moved aside and
    /// rebuilt once; any other failure (or damage again) drops the index and analyses without it.
    public static func updateRecovering(
        _ files: [LibraryFile], scanned: Int64, index: LibraryIndex?, keepAnalyses: Bool = false,
        progress: (@Sendable (Int, Int) -> Void)? = nil, each: (@Sendable (Int, Item) -> Void)? = nil
    ) async -> Recovered {
        var index = index
        var notes: [String] = []
        var reopened = 0
        var attempt = 0
        while attempt < 2 {
            guard let current = index else { break }
            do {
                let update = try await LibraryIndexer(index: current).update(
                    files, scanned: scanned, keepAnalyses: keepAnalyses, progress: progress, each: each)
                return Recovered(update: update, index: current, notes: notes)
            } catch {
                // A connection opened while another process was making the tables can keep the
                // schema it saw (seen when many processes start on a new index at once): new
                // connections see the tables.
                // Damage seen by a running connection is looked at again by a new one (which
                // waits and looks twice) before the file is rebuilt.
                if LibraryIndex.isStaleSchema(error) || (LibraryIndex.isDamage(error) && reopened == 0), reopened < 4,
                    let again = { () -> LibraryIndex? in
                        usleep(UInt32(100_000 * (reopened + 1)))
                        return try? LibraryIndex(url: current.url)
                    }()
                {
                    if case .damaged(let aside) = again.opening {
                        notes.append("the index was damaged; moved to \(aside) and rebuilt")
                    }
                    current.close()
                    index = again
                    reopened += 1
                    continue
                }
                attempt += 1
                if attempt == 1, LibraryIndex.isDamage(error), let fresh = try? current.rebuilt() {
                    notes.append("the index was damaged; moved to \(current.url.path).damaged and rebuilt")
                    index = fresh
                } else {
                    notes.append(
                        "index \(current.url.path): \(LibraryIndex.unusable(current.url, error)); going on without it")
                    current.close()
                    index = nil
                }
            }
        }
        // Without an index nothing can fail: analysis does not throw.
        let update =
            (try? await LibraryIndexer(index: nil).update(
                files, scanned: scanned, keepAnalyses: keepAnalyses, progress: progress, each: each))
            ?? Update(items: [], counts: Counts())
        return Recovered(update: update, index: nil, notes: notes)
    }
}
