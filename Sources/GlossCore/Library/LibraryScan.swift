import Foundation

/// One walk of a library folder: finds the article files, and the warnings about what it
/// skipped. Folders are identified by their real path, so each is read at most once
/// whatever links lead to it.
struct LibraryScan {
    let root: URL
    let options: ScanOptions
    private(set) var files: [LibraryFile] = []
    private(set) var warnings: [LibraryWarning] = []
    private var visited: Set<String> = []
    private let realRoot: String
    private var entries = 0
    private var stopped = false
    /// What each file's display path starts with (`Library.display`), worked out once.
    private let displayBase: String

    init(root: URL, options: ScanOptions) {
        self.root = root
        self.options = options
        realRoot = LibraryScan.realPath(root.path) ?? root.standardizedFileURL.path
        displayBase = Library.display(root, "")
    }

    mutating func run() {
        visited.insert(realRoot)
        scan(root.path, relative: "", depth: 0)
    }

    private mutating func warn(_ rel: String, _ problem: LibraryProblem) {
        warnings.append(LibraryWarning(path: Library.display(root, rel.isEmpty ? "." : rel), kind: .skipped(problem)))
    }

    private mutating func stop(_ problem: LibraryProblem) {
        stopped = true
        warn("", problem)
    }

    // Paths are strings here, not URLs: building a URL per entry was most of a warm listing.
    // Each entry is stat'ed through its folder's descriptor, so the kernel looks up one name
    // rather than the whole path again.
    private mutating func scan(_ dir: String, relative: String, depth: Int) {
        let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0, let names = Self.names(fd) else {
            let failure = errno
            if fd >= 0 { close(fd) }
            // The error as Foundation words it, as for every other file.
            do {
                _ = try FileManager.default.contentsOfDirectory(atPath: dir)
                warn(relative, .unreadable(reason: String(cString: strerror(failure))))
            } catch {
                warn(relative, .unreadable(reason: ArticleLoader.reason(error)))
            }
            return
        }
        defer { close(fd) }
        let prefix = dir.hasSuffix("/") ? dir : dir + "/"
        let relativePrefix = relative.isEmpty ? "" : relative + "/"
        for name in names {
            if stopped { return }
            entries += 1
            if entries > options.maxEntries { return stop(.tooManyEntries(limit: options.maxEntries)) }
            let path = prefix + name
            let rel = relativePrefix + name
            let (stem, ext) = Self.splitExtension(name)
            let isArticle = ArticleFormat(pathExtension: ext) != nil
            var info = stat()
            guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                if isArticle { warn(rel, .unreadable(reason: String(cString: strerror(errno)))) }
                continue
            }
            let isLink = info.st_mode & S_IFMT == S_IFLNK
            if isLink && fstatat(fd, name, &info, 0) != 0 {
                let problem: LibraryProblem =
                    errno == ELOOP || Self.linksInLoop(URL(fileURLWithPath: path)) ? .symlinkLoop : .brokenSymlink
                if isArticle || problem == .symlinkLoop { warn(rel, problem) }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                let real = Self.realPath(path) ?? path
                if visited.contains(real) {
                    if isLink { warn(rel, .symlinkLoop) }
                    continue
                }
                if isLink && !options.followLinks && real != realRoot
                    && !real.hasPrefix(realRoot == "/" ? "/" : realRoot + "/")
                {
                    warn(rel, .linkOutsideLibrary)
                    continue
                }
                if depth + 1 > options.maxDepth {
                    warn(rel, .tooDeep(limit: options.maxDepth))
                    continue
                }
                visited.insert(real)
                scan(path, relative: rel, depth: depth + 1)
            case S_IFREG:
                guard isArticle, !Self.isDocumentation(stem) else { continue }
                if Int(info.st_size) > ArticleLoader.sizeLimit {
                    warn(rel, .tooLarge(bytes: Int(info.st_size), limit: ArticleLoader.sizeLimit))
                    continue
                }
                if files.count == options.maxFiles { return stop(.tooManyFiles(limit: options.maxFiles)) }
                files.append(
                    LibraryFile(
                        path: path, relativePath: rel, id: relativePrefix + stem, displayPath: displayBase + rel,
                        size: Int64(info.st_size),
                        modified: LibraryFile.nanoseconds(info.st_mtim)))
            default:
                if isArticle { warn(rel, .notARegularFile) }
            }
        }
    }

    /// The names in an open folder that are not hidden (`.`, `..` and every other name
    /// starting with a dot), in `Library.precedes` order; nil when it cannot be read.
    static func names(_ fd: Int32) -> [String]? {
        // fdopendir takes the descriptor over; a duplicate keeps `fd` for fstatat.
        let own = dup(fd)
        guard own >= 0 else { return nil }
        guard let dir = fdopendir(own) else {
            close(own)
            return nil
        }
        defer { closedir(dir) }
        var names: [String] = []
        errno = 0
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw -> String? in
                let bytes = raw.bindMemory(to: CChar.self)
                guard let first = bytes.first, first != CChar(UInt8(ascii: ".")) else { return nil }
                return String(cString: bytes.baseAddress!)
            }
            if let name { names.append(name) }
        }
        if errno != 0 { return nil }
        return names.sorted(by: Library.precedes)
    }

    /// Whether a file's stem names the library's own documentation (README, LICENSE, …).
    static func isDocumentation(_ stem: String) -> Bool {
        // Every such name is short: most stems are not lowercased at all.
        stem.utf8.count <= Library.documentationNameLength && Library.documentationNames.contains(stem.lowercased())
    }

    /// A file name's stem and extension as `URL.pathExtension` and `deletingPathExtension`
    /// split them: at the last dot, unless the name starts with it or ends with it.
    static func splitExtension(_ name: String) -> (stem: String, ext: String) {
        let utf8 = name.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")), dot != utf8.startIndex,
            utf8.index(after: dot) != utf8.endIndex
        else {
            return (name, "")
        }
        return (String(name[..<dot]), String(name[name.index(after: dot)...]))
    }

    /// The path with every link resolved, nil when it cannot be resolved.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// True when following `url`'s links comes back to a link already seen.
    static func linksInLoop(_ url: URL) -> Bool {
        var seen: Set<String> = []
        var current = url.path
        for _ in 0..<40 {
            guard let dest = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return false }
            let next =
                dest.hasPrefix("/")
                ? dest : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(dest)
            let normalized = (next as NSString).standardizingPath
            if !seen.insert(normalized).inserted { return true }
            current = normalized
        }
        return true
    }
}

/// One article file a scan found, with what `stat` said of it (through a link, of its target).
public struct LibraryFile: Sendable, Hashable {
    /// The file's absolute path.
    public let path: String
    /// The path below the library folder: `wikinews/clock.txt`.
    public let relativePath: String
    /// The article's id: the relative path without its extension (with it when two files
    /// share a stem; `Library.scan` decides).
    public internal(set) var id: String
    /// The path as the user named it (library folder joined with the relative path).
    public let displayPath: String
    public let size: Int64
    /// Modification time in nanoseconds since 1970.
    public let modified: Int64

    public init(path: String, relativePath: String, id: String, displayPath: String, size: Int64, modified: Int64) {
        self.path = path
        self.relativePath = relativePath
        self.id = id
        self.displayPath = displayPath
        self.size = size
        self.modified = modified
    }

    public var url: URL { URL(fileURLWithPath: path) }

    static func nanoseconds(_ t: timespec) -> Int64 { Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec) }

    /// Size and modification time of a file now (through links), nil when it cannot be stat'ed.
    public static func currentStat(_ path: String) -> (size: Int64, modified: Int64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Int64(info.st_size), nanoseconds(info.st_mtim))
    }
}
