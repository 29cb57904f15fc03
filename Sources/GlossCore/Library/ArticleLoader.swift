import Foundation

/// Reads one file into an `Article`, choosing the format by extension.
public enum ArticleLoader {
    /// Files larger than this are skipped rather than read into memory.
    public static let sizeLimit = 128 * 1_048_576

    /// Loads a file. `id` defaults to the file name without extension.
    /// - Returns: the article and the warnings worth telling the user (decoding fallbacks).
    public static func load(
        _ url: URL, id: String? = nil, displayPath: String? = nil
    ) throws(LibraryError) -> (Article, [LibraryWarning]) {
        let path = displayPath ?? url.path
        let format = ArticleFormat(pathExtension: url.pathExtension) ?? .plainText
        let data = try read(url, displayPath: path)
        let articleID = id ?? url.deletingPathExtension().lastPathComponent
        var (loaded, warnings) = try article(from: data, format: format, id: articleID, path: path)
        loaded.file = url.standardizedFileURL.path
        return (loaded, warnings)
    }

    /// A file's bytes, as `load` reads them (mapped when safe), or why they cannot be had.
    public static func read(_ url: URL, displayPath path: String) throws(LibraryError) -> Data {
        do {
            // stat, not lstat: through a link, the size is the target's.
            var info = stat()
            if stat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > sizeLimit {
                throw LibraryError.unloadable(
                    path: path, problem: .tooLarge(bytes: Int(info.st_size), limit: sizeLimit))
            }
            return try Data(contentsOf: url, options: [.mappedIfSafe])
        } catch let error as LibraryError {
            throw error
        } catch {
            throw .unloadable(path: path, problem: .unreadable(reason: reason(error)))
        }
    }

    /// An article from a file's bytes: decoded, parsed in `format`, titled (the id when the
    /// file gives no title). `path` names the file in errors and warnings.
    public static func article(
        from data: Data, format: ArticleFormat, id articleID: String, path: String
    ) throws(LibraryError) -> (Article, [LibraryWarning]) {
        let decoded: (text: String, notes: [TextDecoder.Note])
        do {
            decoded = try TextDecoder.decode(data)
        } catch {
            switch error {
            case .empty: throw .unloadable(path: path, problem: .empty)
            case .binary(let why): throw .unloadable(path: path, problem: .binary(reason: why))
            }
        }
        var warnings: [LibraryWarning] = []
        for note in decoded.notes {
            switch note {
            case .windows1252: warnings.append(.init(path: path, kind: .decodedAsWindows1252))
            case .controlCharacters(let n):
                warnings.append(.init(path: path, kind: .controlCharactersReplaced(count: n)))
            case .crLineEnds: warnings.append(.init(path: path, kind: .lineEndsNormalized("carriage-return")))
            case .byteOrderMark, .crlfLineEnds: break  // ordinary, nothing to tell
            }
        }
        let doc: ParsedDocument
        switch format {
        case .plainText: doc = PlainTextFormat.parse(decoded.text)
        case .markdown: doc = MarkdownFormat.parse(decoded.text)
        case .html: doc = HTMLFormat.parse(decoded.text)
        }
        if doc.blocks.isEmpty { throw .unloadable(path: path, problem: .empty) }
        let title = doc.title.isEmpty ? TerminalSafe.string(articleID) : doc.title
        let article = Article(
            id: articleID, title: title, metadata: doc.metadata, format: format, text: doc.text, scalars: doc.scalars,
            blocks: doc.blocks)
        return (article, warnings)
    }

    /// A short reason for a file error: `permission denied`, `no such file`.
    public static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileReadNoPermissionError: return "permission denied"
            case NSFileReadNoSuchFileError: return "no such file"
            default: break
            }
        }
        return ns.localizedDescription
    }
}
