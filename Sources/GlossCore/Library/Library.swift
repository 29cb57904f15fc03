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
        self.articles = articles.sorted { $0.id < $1.id }
        self.warnings = warnings
    }

    /// Scans `root` and loads every article in it.
    public static func load(from root: URL, options: ScanOptions = ScanOptions()) throws(LibraryError) -> Library {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir) else {
            throw .missingFolder(path: root.path)
        }
        guard isDir.boolValue else { throw .notAFolder(path: root.path) }
        var scan = LibraryScan(root: root, options: options)
        scan.run()
        var warnings = scan.warnings
        var articles: [Article] = []
        let files = scan.files.sorted(by: { $0.1 < $1.1 })
        let ids = articleIDs(files.map(\.1))
        for ((url, rel), id) in zip(files, ids) {
            do {
                let (article, notes) = try ArticleLoader.load(url, id: id, displayPath: display(root, rel))
                articles.append(article)
                warnings += notes
            } catch .unloadable(let path, let problem) {
                warnings.append(LibraryWarning(path: path, kind: .skipped(problem)))
            } catch {
                warnings.append(LibraryWarning(path: display(root, rel), kind: .skipped(.unreadable(reason: "\(error)"))))
            }
        }
        return Library(root: root, articles: articles, warnings: warnings.sorted { $0.path < $1.path })
    }

    /// The id of each file: its path without the extension (`news/water`), or with it when
    /// another file would get the same id (`news/water.txt` and `news/water.md`), so no two
    /// articles share an id, and so a store folder.
    public static func articleIDs(_ paths: [String]) -> [String] {
        var ids = paths.map { ($0 as NSString).deletingPathExtension }
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

    static func display(_ root: URL, _ rel: String) -> String {
        let base = root.relativePath
        return base == "." ? rel : (base.hasSuffix("/") ? base + rel : base + "/" + rel)
    }

    /// Finds an article by id (`wikinews/GUM_news_clock`), by bare stem when that is
    /// unambiguous, by file name with extension, or by a unique case-insensitive prefix.
    public func article(named query: String) throws(LibraryError) -> Article {
        // An empty name is no prefix of everything: it names nothing.
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { throw .articleNotFound(query: query, suggestions: []) }
        var q = query
        while q.hasPrefix("./") { q.removeFirst(2) }
        if let ext = ArticleFormat(pathExtension: (q as NSString).pathExtension), !ext.rawValue.isEmpty,
            articles.first(where: { $0.id == q }) == nil
        {
            q = (q as NSString).deletingPathExtension
        }
        let rootPrefix = root.relativePath.hasSuffix("/") ? root.relativePath : root.relativePath + "/"
        if q.hasPrefix(rootPrefix) { q.removeFirst(rootPrefix.count) }
        if let exact = articles.first(where: { $0.id == q }) { return exact }
        let byStem = articles.filter { $0.stem == q || $0.id.hasSuffix("/" + q) }
        if byStem.count == 1 { return byStem[0] }
        if byStem.count > 1 { throw .ambiguous(query: query, candidates: byStem.map(\.id)) }
        let lower = q.lowercased()
        let byPrefix = articles.filter { $0.stem.lowercased().hasPrefix(lower) || $0.id.lowercased().hasPrefix(lower) }
        if byPrefix.count == 1 { return byPrefix[0] }
        if byPrefix.count > 1 { throw .ambiguous(query: query, candidates: byPrefix.map(\.id)) }
        let near = articles.filter { $0.id.lowercased().contains(lower) }.map(\.id)
        throw .articleNotFound(query: query, suggestions: Array(near.prefix(5)))
    }
}
