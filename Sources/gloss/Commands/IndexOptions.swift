import ArgumentParser
import Foundation
import GlossCore
import GlossIndex

/// Where the library index is, and whether to use it (`list`, `entities`, `read`).
struct IndexOptions: ParsableArguments {
    @Option(
        name: .customLong("index"),
        help: ArgumentHelp(
            "The library index, a cache of what is in each article (default $GLOSS_INDEX, else $XDG_CACHE_HOME/gloss/index.sqlite).",
            valueName: "path"))
    var indexPath: String?

    @Flag(name: .customLong("no-index"), help: "Read and analyse every article, without reading or writing the index.")
    var noIndex = false

    /// The open index, or nil with --no-index or when it cannot be opened; `warn` is told
    /// why (on stderr unless asked otherwise), and when a damaged one was moved aside.
    func open(warn: (String) -> Void = { ErrorReport.printError("warning: " + $0) }) -> LibraryIndex? {
        guard !noIndex else { return nil }
        return Self.open(LibraryIndex.resolve(explicit: indexPath), warn: warn)
    }

    /// The index at `url`, or nil when it cannot be opened (`warn` is told why).
    static func open(_ url: URL, warn: (String) -> Void = { ErrorReport.printError("warning: " + $0) }) -> LibraryIndex?
    {
        do {
            let index = try LibraryIndex(url: url)
            if case .damaged(let aside) = index.opening {
                warn("the index was damaged; moved to \(aside) and rebuilt")
            }
            return index
        } catch {
            warn("index \(error); going on without it")
            return nil
        }
    }
}

extension LibraryIndexer.Item {
    /// The article's summary; nil for a skipped file.
    var summary: ArticleSummary? {
        if case .article(let s, _, _, _) = self { return s } else { return nil }
    }
}

/// Runs async work from a synchronous command and waits for it.
enum Blocking {
    private final class Box<T>: @unchecked Sendable {
        // Written before the semaphore is signalled, read after the wait returns.
        var result: Result<T, any Error>?
    }

    static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                box.result = .success(try await body())
            } catch {
                box.result = .failure(error)
            }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }
}

/// Two pieces of work at once: one on a thread of its own, one on the caller's.
enum Alongside {
    private final class Box<T>: @unchecked Sendable {
        // Written before the semaphore is signalled, read after the wait returns.
        var value: T?
    }

    /// Runs `work` on another thread while `body` runs on this one, and returns both results;
    /// `work` has ended when this returns, also when `body` throws.
    static func run<T: Sendable, U>(_ work: @escaping @Sendable () -> T, while body: () throws -> U) throws -> (T, U) {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Thread {
            box.value = work()
            done.signal()
        }.start()
        let result: U
        do {
            result = try body()
        } catch {
            done.wait()
            throw error
        }
        done.wait()
        return (box.value!, result)
    }
}

/// Values dropped on another thread: freeing ten thousand summaries one by one is work the
/// command need not wait for (and when the process ends first, nobody waits for it at all).
enum Discard {
    /// Holds what it is given; nothing else refers to it any more.
    private final class Box: @unchecked Sendable {
        var value: Any?
        init(_ value: Any) { self.value = value }
    }

    /// Takes the last reference to `value` (the caller must hold no other that outlives
    /// the call) and lets it go off the caller's thread.
    static func later(_ value: Any) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.value = nil }
    }
}

/// The progress line, shared with the indexer's tasks.
final class SharedProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var line: ProgressLine
    /// Nothing is drawn for work that is over within this long (a warm index).
    private let quiet = Date().addingTimeInterval(0.3)

    init(verb: String, noun: String, total: Int) {
        line = ProgressLine(verb: verb, noun: noun, total: total)
    }

    func update(_ done: Int) {
        let now = Date()
        guard now >= quiet else { return }
        lock.lock()
        defer { lock.unlock() }
        line.update(done, now: now)
    }

    func clear() {
        lock.lock()
        defer { lock.unlock() }
        line.clear()
    }
}

/// A library as the index (or a fresh analysis) sees it: each article's summary, in the order
/// `Library` holds articles (by id), and every warning, in the order `Library` reports them.
struct IndexedLibrary {
    var root: URL
    var items: [LibraryIndexer.Item]
    var warnings: [LibraryWarning]
    var index: LibraryIndex?
    var counts: LibraryIndexer.Counts

    var summaries: [ArticleSummary] { items.compactMap(\.summary) }

    /// Scans the library, brings the index up to date (analysing what changed on all cores, with
    /// a progress line on a terminal) and collects the warnings. With `keepAnalyses`, the fresh
    /// analyses stay in the items.
    static func load(global: GlobalOptions, index options: IndexOptions, keepAnalyses: Bool = false) throws
        -> IndexedLibrary
    {
        try load(global: global, keepAnalyses: keepAnalyses, open: { options.open() })
    }

    /// The same, with the index `open` gives (nil: none).
    static func load(global: GlobalOptions, keepAnalyses: Bool = false, open: () -> LibraryIndex?) throws
        -> IndexedLibrary
    {
        let scanned = LibraryIndexer.now()
        let (index, stored, (root, files, scanWarnings)) = try scanAndRead(global: global, open: open)
        let ordered = Library.sortedByID(files, id: \.id)
        let (items, counts, usedIndex) = update(
            ordered, scanned: scanned, index: index, stored: stored, keepAnalyses: keepAnalyses)
        Discard.later((stored, files))
        var warnings = scanWarnings
        for item in items {
            switch item {
            case .article(let summary, _, _, let file):
                warnings += summary.notes.map { LibraryWarning(path: file.displayPath, kind: $0) }
            case .skipped(let warning): warnings.append(warning)
            }
        }
        return IndexedLibrary(
            root: root, items: items, warnings: Library.sortedWarnings(warnings), index: usedIndex, counts: counts)
    }

    /// Scans the library folder while the index (opened by `open` once the folder is known
    /// to be there) is read on another thread: the two take about as long, and neither needs
    /// the other. The stored rows are nil without an index or when reading it failed (the
    /// indexer meets that failure again and recovers from it).
    static func scanAndRead(
        global: GlobalOptions, open: () -> LibraryIndex?
    ) throws -> (LibraryIndex?, LibraryIndexer.Stored?, (root: URL, files: [LibraryFile], warnings: [LibraryWarning])) {
        try global.checkLibraryFolder()
        let index = open()
        do {
            let (stored, scan) = try Alongside.run(
                { index.flatMap { try? LibraryIndexer(index: $0).stored() } }, while: { try global.scanLibrary() })
            return (index, stored, scan)
        } catch {
            index?.close()
            throw error
        }
    }

    /// Runs the indexer: on a rebuilt index when the file turns out to be damaged, without
    /// one when it cannot be used; never fatal.
    static func update(
        _ files: [LibraryFile], scanned: Int64, index: LibraryIndex?, stored: LibraryIndexer.Stored? = nil,
        keepAnalyses: Bool
    ) -> ([LibraryIndexer.Item], LibraryIndexer.Counts, LibraryIndex?) {
        // Every file fresh in what was read: nothing to read, analyse or write, so the
        // indexer's tasks are not started (what they would find is this).
        if let index, let stored, let fresh = LibraryIndexer(index: index).allFresh(files, stored: stored) {
            var counts = LibraryIndexer.Counts()
            counts.reused = files.count
            return (fresh, counts, index)
        }
        let progress = SharedProgress(verb: "indexing", noun: "articles", total: files.count)
        // Nothing here throws: the indexer recovers from every failure of the index.
        let result = try? Blocking.run {
            await LibraryIndexer.updateRecovering(files, scanned: scanned, index: index, keepAnalyses: keepAnalyses) {
                done, _ in
                progress.update(done)
            }
        }
        progress.clear()
        guard let result else { return ([], .init(), nil) }
        for note in result.notes { ErrorReport.printError("warning: " + note) }
        return (result.update.items, result.update.counts, result.index)
    }
}
