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
    public static func scan(_ root: URL, options: ScanOptions = ScanOptions()) throws(LibraryError) -> (files: [LibraryFile], warnings: [LibraryWarning]) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir) else {
            throw .missingFolder(path: root.path)
        }
        guard isDir.boolValue else { throw .notAFolder(path: root.path) }
        var scan = LibraryScan(root: root, options: options)
        scan.run()
        var files = scan.files.sorted { $0.relativePath < $1.relativePath }
        // The walk already cut each file's extension (`LibraryScan.splitExtension`).
        for (i, id) in articleIDs(files.map(\.relativePath), stems: files.map(\.id)).enumerated() { files[i].id = id }
        return (files, scan.warnings)
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
        warnings.sorted { $0.path < $1.path }
    }

    /// Articles in the order a library holds them: by id (the sort is stable, so files with the
    /// same id keep their relative-path order).
    public static func sortedByID<T>(_ items: [T], id: (T) -> String) -> [T] {
        items.sorted { id($0) < id($1) }
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
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { throw .articleNotFound(query: query, suggestions: []) }
        var q = query
        while q.hasPrefix("./") { q.removeFirst(2) }
        if let ext = ArticleFormat(pathExtension: (q as NSString).pathExtension), !ext.rawValue.isEmpty, exact[q] == nil {
            q = (q as NSString).deletingPathExtension
        }
        let rootPrefix = root.relativePath.hasSuffix("/") ? root.relativePath : root.relativePath + "/"
        if q.hasPrefix(rootPrefix) { q.removeFirst(rootPrefix.count) }
        if let i = exact[q] { return i }
        let byStem = tails[q] ?? []
        if byStem.count == 1 { return byStem[0] }
        if byStem.count > 1 { throw .ambiguous(query: query, candidates: byStem.map { ids[$0] }) }
        let lower = q.lowercased()
        let byPrefix = ids.indices.filter { stem(ids[$0]).lowercased().hasPrefix(lower) || ids[$0].lowercased().hasPrefix(lower) }
        if byPrefix.count == 1 { return byPrefix[0] }
        if byPrefix.count > 1 { throw .ambiguous(query: query, candidates: byPrefix.map { ids[$0] }) }
        let near = ids.filter { $0.lowercased().contains(lower) }
        throw .articleNotFound(query: query, suggestions: Array(near.prefix(5)))
    }
}
