/// Why a library, or an article in it, could not be had.
public enum LibraryError: Error, Hashable, Sendable {
    /// The library folder does not exist.
    case missingFolder(path: String)
    /// The library path is a file, not a folder.
    case notAFolder(path: String)
    /// No article matches the name; `suggestions` are near matches.
    case articleNotFound(query: String, suggestions: [String])
    /// More than one article matches a bare stem.
    case ambiguous(query: String, candidates: [String])
    /// A file could not be loaded as an article.
    case unloadable(path: String, problem: LibraryProblem)
}

/// What is wrong with one file of a library.
public enum LibraryProblem: Hashable, Sendable, CustomStringConvertible {
    case empty
    case binary(reason: String)
    case unreadable(reason: String)
    case tooLarge(bytes: Int, limit: Int)
    case symlinkLoop
    case brokenSymlink
    /// A symbolic link to a folder outside the library, not followed without `--follow-links`.
    case linkOutsideLibrary
    /// A named pipe, device or socket with an article's extension: never opened.
    case notARegularFile
    /// A folder nested deeper than the scan goes.
    case tooDeep(limit: Int)
    /// The scan stopped after this many article files.
    case tooManyFiles(limit: Int)
    /// The scan stopped after looking at this many folder entries.
    case tooManyEntries(limit: Int)
    case notAnArticle

    public var description: String {
        switch self {
        case .empty: return "empty file, skipped"
        case .binary(let reason): return "binary content (\(reason)), skipped"
        case .unreadable(let reason): return "cannot be read (\(reason)), skipped"
        case .tooLarge(let bytes, let limit):
            return "too large (\(bytes / 1_048_576) MiB; the limit is \(limit / 1_048_576) MiB), skipped"
        case .symlinkLoop: return "symbolic link loop, skipped"
        case .brokenSymlink: return "symbolic link to nothing, skipped"
        case .linkOutsideLibrary:
            return "symbolic link to a folder outside the library, not followed (--follow-links follows it)"
        case .notARegularFile: return "not a regular file (a named pipe, device or socket), skipped"
        case .tooDeep(let limit): return "folder nested more than \(limit) levels deep, skipped"
        case .tooManyFiles(let limit): return "more than \(limit) article files; the rest are skipped"
        case .tooManyEntries(let limit): return "more than \(limit) files and folders; the rest are skipped"
        case .notAnArticle: return "not a .txt, .md or .html file"
        }
    }
}

/// Something the library says about a file it loaded anyway or skipped.
public struct LibraryWarning: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        case skipped(LibraryProblem)
        case decodedAsWindows1252
        case controlCharactersReplaced(count: Int)
        case lineEndsNormalized(String)
    }

    /// The file's path as the user named it (library folder joined with the relative path).
    public var path: String
    public var kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    public var isSkip: Bool { if case .skipped = kind { return true } else { return false } }

    public var description: String {
        switch kind {
        case .skipped(let problem): return "\(path): \(problem)"
        case .decodedAsWindows1252: return "\(path): not valid UTF-8, read as Windows-1252"
        case .controlCharactersReplaced(let n):
            return "\(path): \(n) control character\(n == 1 ? "" : "s") replaced by \u{FFFD}"
        case .lineEndsNormalized(let what): return "\(path): \(what) line ends read as line breaks"
        }
    }
}
