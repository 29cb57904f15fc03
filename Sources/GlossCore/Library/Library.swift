import Foundation

/// A folder of articles, scanned recursively.
///
/// Hidden files and folders are skipped, and so are files named README, SOURCES or
/// LICENSE (a library's own documentation, like `Articles/SOURCES.md`). Symbolic links to
/// files are followed; links to folders are followed when they stay inside the library (or
/// always, with `ScanOptions.followLinks`), each folder at most once, so loops end. Only
/// regular files are read: a named pipe or device with an article's extension is reported,
/// never opened. A scan stops at `ScanOptions`' depth and file limits. A bad file becomes a
/// warning and never stops the rest from loading.
public struct Library: Sendable {
    public let root: URL
    /// Articles sorted by id.
    public private(set) var articles: [Article]
    /// Files skipped or read with a fallback, in path order.
    public private(set) var warnings: [LibraryWarning]

    static let documentationNames: Set<String> = ["readme", "sources", "license", "licence", "copying", "changelog"]
    /// The longest of `documentationNames`, in bytes.
    static let documentationNameLength = 9

    public init(root: URL, articles: [Article], warnings: [LibraryWarning] = []) {
        self.root = root
        self.articles = Library.sortedByID(articles, id: \.id)
        self.warnings = warnings
    }

    /// Scans `root` and loads every article in it.
    public static func load(from root: URL, options: ScanOptions = ScanOptions()) throws(LibraryError) -> Library {
        let (files, scanWarnings) = try scan(root, options: options)
        var warnings = scanWarnings
        var articles: [Article] = []
        for file in files {
            do {
                let (article, notes) = try ArticleLoader.load(file.url, id: file.id, displayPath: file.displayPath)
                articles.append(article)
                warnings += notes
            } catch .unloadable(let path, let problem) {
                warnings.append(LibraryWarning(path: path, kind: .skipped(problem)))
            } catch {
                warnings.append(LibraryWarning(path: file.displayPath, kind: .skipped(.unreadable(reason: "\(error)"))))
            }
        }
        return Library(root: root, articles: articles, warnings: sortedWarnings(warnings))
    }

    /// Walks `root` without reading any article: the files in relative-path order (the order
    /// `load` reads them in) and what the walk skipped.
    public static func scan(_ root: URL, options: ScanOptions = ScanOptions()) throws(LibraryError) -> (
        files: [LibraryFile], warnings: [LibraryWarning]
    ) {
        try checkFolder(root)
        var scan = LibraryScan(root: root, options: options)
        scan.run()
        var files = sorted(scan.files) { $0.relativePath }
        // The walk already cut each file's extension (`LibraryScan.splitExtension`).
        for (i, id) in articleIDs(files.map(\.relativePath), stems: files.map(\.id)).enumerated() { files[i].id = id }
        return (files, scan.warnings)
    }

    /// Throws what `scan` throws when `root` is no folder to scan: the only ways it fails.
    public static func checkFolder(_ root: URL) throws(LibraryError) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir) else {
            throw .missingFolder(path: root.path)
        }
        guard isDir.boolValue else { throw .notAFolder(path: root.path) }
    }

    /// The id of each file: its path without the extension (`news/water`), or with it when
    /// another file would get the same id (`news/water.txt` and `news/water.md`), so no two
    /// articles share an id, and so a store folder.
    public static func articleIDs(_ paths: [String]) -> [String] {
        articleIDs(paths, stems: paths.map { ($0 as NSString).deletingPathExtension })
    }

    /// The same, given each path without its extension (Foundation's path functions were a
    /// third of a warm scan).
    static func articleIDs(_ paths: [String], stems: [String]) -> [String] {
        // Most libraries have no two files of one stem: one set shows it.
        var distinct = Set<String>(minimumCapacity: stems.count)
        if stems.allSatisfy({ distinct.insert($0).inserted }) { return stems }
        var ids = stems
        var full = [Bool](repeating: false, count: paths.count)
        // A full path is unique; a stem that equals another file's full path clashes too, so
        // repeat until nothing changes (at most once per file).
        var changed = true
        while changed {
            changed = false
            var seen: [String: [Int]] = [:]
            for (i, id) in ids.enumerated() { seen[id, default: []].append(i) }
            for group in seen.values where group.count > 1 {
                for i in group where !full[i] {
                    ids[i] = paths[i]
                    full[i] = true
                    changed = true
                }
            }
        }
        return ids
    }

    /// Warnings in the order a library reports them: by path.
    public static func sortedWarnings(_ warnings: [LibraryWarning]) -> [LibraryWarning] {
        sorted(warnings) { $0.path }
    }

    /// Articles in the order a library holds them: by id (the sort is stable, so files with the
    /// same id keep their relative-path order).
    public static func sortedByID<T>(_ items: [T], id: (T) -> String) -> [T] {
        sorted(items, by: id)
    }

    /// `items` in `precedes` order of their keys, stably; the array itself, not a copy, when it
    /// is in that order already (a walk gives its files almost always so).
    static func sorted<T>(_ items: [T], by key: (T) -> String) -> [T] {
        var i = 1
        while i < items.count, !precedes(key(items[i]), key(items[i - 1])) { i += 1 }
        return i >= items.count ? items : items.sorted { precedes(key($0), key($1)) }
    }

    /// `a < b` as Swift compares strings (by the Unicode scalars of their canonical forms), in
    /// a library's sorts of names, paths and ids. Most names differ first in a plain ASCII
    /// character that no combining mark follows; there the bytes decide, without normalizing.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let fast =
            a.utf8.withContiguousStorageIfAvailable { x in
                b.utf8.withContiguousStorageIfAvailable { y in byteOrder(x, y) } ?? nil
            } ?? nil
        return fast ?? (a < b)
    }

    /// `precedes` decided by the bytes, nil when normalizing could change the answer.
    @inline(__always)
    static func byteOrder(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool? {
        let n = min(x.count, y.count)
        var i = 0
        while i < n && x[i] == y[i] { i += 1 }
        // A byte below 0x80 is a whole character that composes with nothing before it; it is
        // settled unless a non-ASCII byte (maybe a combining mark) follows it. The common
        // part must end in one too, so that what follows cannot change how it composes.
        func settled(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
            i == s.count || (s[i] < 0x80 && (i + 1 == s.count || s[i + 1] < 0x80))
        }
        guard i == 0 || x[i - 1] < 0x80, settled(x), settled(y) else { return nil }
        if i == y.count { return false }
        if i == x.count { return true }
        return x[i] < y[i]
    }

    static func display(_ root: URL, _ rel: String) -> String {
        let base = root.relativePath
        return base == "." ? rel : (base.hasSuffix("/") ? base + rel : base + "/" + rel)
    }

    /// Finds an article by id (`wikinews/GUM_news_clock`), by bare stem when that is
    /// unambiguous, by file name with extension, or by a unique case-insensitive prefix.
    public func article(named query: String) throws(LibraryError) -> Article {
        articles[try ArticleNames(ids: articles.map(\.id), root: root).resolve(query)]
    }
}

/// Article ids looked up by name the way `Library.article(named:)` does, built once so that
/// many names cost one lookup each rather than a pass over the library each.
public struct ArticleNames: Sendable {
    public let ids: [String]
    let root: URL
    private var exact: [String: Int] = [:]
    /// Every tail of an id after a slash (`b/c` and `c` of `a/b/c`), with the ids it ends.
    private var tails: [String: [Int]] = [:]

    public init(ids: [String], root: URL) {
        self.ids = ids
        self.root = root
        for (i, id) in ids.enumerated() {
            if exact[id] == nil { exact[id] = i }
            var rest = Substring(id)
            while let slash = rest.firstIndex(of: "/") {
                rest = rest[rest.index(after: slash)...]
                tails[String(rest), default: []].append(i)
            }
        }
    }

    private func stem(_ id: String) -> String { id.split(separator: "/").last.map(String.init) ?? id }

    /// The index in `ids` of the article `query` names.
    public func resolve(_ query: String) throws(LibraryError) -> Int {
        // An empty name is no prefix of everything: it names nothing.
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .articleNotFound(query: query, suggestions: [])
        }
        var q = query
        while q.hasPrefix("./") { q.removeFirst(2) }
        if let ext = ArticleFormat(pathExtension: (q as NSString).pathExtension), !ext.rawValue.isEmpty, exact[q] == nil
        {
            q = (q as NSString).deletingPathExtension
        }
        let rootPrefix = root.relativePath.hasSuffix("/") ? root.relativePath : root.relativePath + "/"
        if q.hasPrefix(rootPrefix) { q.removeFirst(rootPrefix.count) }
        if let i = exact[q] { return i }
        let byStem = tails[q] ?? []
        if byStem.count == 1 { return byStem[0] }
        if byStem.count > 1 { throw .ambiguous(query: query, candidates: byStem.map { ids[$0] }) }
        let lower = q.lowercased()
        let byPrefix = ids.indices.filter {
            stem(ids[$0]).lowercased().hasPrefix(lower) || ids[$0].lowercased().hasPrefix(lower)
        }
        if byPrefix.count == 1 { return byPrefix[0] }
        if byPrefix.count > 1 { throw .ambiguous(query: query, candidates: byPrefix.map { ids[$0] }) }
        let near = ids.filter { $0.lowercased().contains(lower) }
        throw .articleNotFound(query: query, suggestions: Array(near.prefix(5)))
    }
}
