import ArgumentParser
import Foundation
import GlossCore
import GlossStore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of articles to read.", valueName: "dir"))
    var library: String?

    @Flag(name: .long, help: "Follow symbolic links to folders outside the library folder.")
    var followLinks = false

    /// Where the library folder came from, for messages that say what to change.
    enum LibrarySource { case option, environment, currentFolder, dataHome }

    /// The library folder: --library, else $GLOSS_LIBRARY, else ./Articles, else
    /// $XDG_DATA_HOME/gloss/articles. An explicit choice always beats a folder that happens
    /// to be where the command runs.
    func librarySource(environment: [String: String] = ProcessInfo.processInfo.environment) -> (
        url: URL, source: LibrarySource
    ) {
        if let library { return (URL(fileURLWithPath: library, isDirectory: true), .option) }
        if let env = environment["GLOSS_LIBRARY"], !env.isEmpty {
            return (URL(fileURLWithPath: env, isDirectory: true), .environment)
        }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: "Articles", isDirectory: &isDir), isDir.boolValue {
            return (URL(fileURLWithPath: "Articles", isDirectory: true), .currentFolder)
        }
        return (
            StoreLocation.dataHome(environment).appendingPathComponent("gloss/articles", isDirectory: true), .dataHome
        )
    }

    func libraryURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        librarySource(environment: environment).url
    }

    func loadLibrary() throws -> Library {
        try withLibraryErrors { (url, options) throws(LibraryError) in try Library.load(from: url, options: options) }
    }

    /// The library's files without reading them, in relative-path order, and what the walk skipped.
    func scanLibrary() throws -> (root: URL, files: [LibraryFile], warnings: [LibraryWarning]) {
        try withLibraryErrors { (url, options) throws(LibraryError) in
            let (files, warnings) = try Library.scan(url, options: options)
            return (url, files, warnings)
        }
    }

    /// Throws what `scanLibrary` would when the library folder is missing or no folder.
    func checkLibraryFolder() throws {
        try withLibraryErrors { (url, _) throws(LibraryError) in try Library.checkFolder(url) }
    }

    /// Runs `body` on the library folder, turning a missing folder into a message that says
    /// where the folder came from.
    private func withLibraryErrors<T>(_ body: (URL, ScanOptions) throws(LibraryError) -> T) throws -> T {
        let (url, source) = librarySource()
        do {
            return try body(url, ScanOptions(followLinks: followLinks))
        } catch LibraryError.missingFolder(let path) {
            switch source {
            case .option: throw CommandFailure(message: "\(path): no such library folder")
            case .environment: throw CommandFailure(message: "\(path) (GLOSS_LIBRARY): no such library folder")
            case .currentFolder: throw CommandFailure(message: "\(path): no such library folder")
            case .dataHome:
                throw CommandFailure(
                    message:
                        "no library: \(path) does not exist; give --library DIR, set GLOSS_LIBRARY, or put articles in that folder"
                )
            }
        }
    }

    /// What an ARTICLE argument names.
    enum ArticleName {
        case standardInput
        case file(URL)
        case library(String)
    }

    /// `-`, a path to an existing file, or a name to look up in the library; a web address and
    /// a folder are refused with what to do instead.
    static func classify(_ name: String) throws -> ArticleName {
        if name == "-" { return .standardInput }
        if name.contains("://") {
            throw CommandFailure(
                message:
                    "'\(name)': Gloss reads files, not web addresses; save the page (curl -o page.html URL) and give the file"
            )
        }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: name, isDirectory: &isDir), isDir.boolValue {
            throw CommandFailure(message: "\(name) is a folder; to read it as a library: gloss --library \(name)")
        }
        if name.contains("/") || ArticleFormat(pathExtension: (name as NSString).pathExtension) != nil,
            FileManager.default.fileExists(atPath: name, isDirectory: &isDir), !isDir.boolValue
        {
            return .file(URL(fileURLWithPath: name))
        }
        return .library(name)
    }

    /// Loads one article: a path to an existing file is read directly, anything else is looked up
    /// in the library. Warnings about that article go to stderr.
    func loadArticle(_ name: String) throws -> Article {
        switch try Self.classify(name) {
        case .standardInput: return try Self.standardInputArticle()
        case .file(let url):
            let (article, warnings) = try ArticleLoader.load(url, displayPath: name)
            warnings.forEach(ErrorReport.warn)
            return article
        case .library: break
        }
        let library = try loadLibrary()
        let article = try library.article(named: name)
        for w in library.warnings
        where w.path.hasSuffix(article.id + ".\(article.format.rawValue)") || w.path.contains(article.id + ".") {
            ErrorReport.warn(w)
        }
        return article
    }

    /// `-`: an article read from standard input; HTML when it starts with a tag, Markdown
    /// when it starts with front matter or a heading, else plain text.
    static func standardInputArticle() throws -> Article {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let head = String(decoding: data.prefix(256), as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        let format: ArticleFormat =
            head.hasPrefix("<") ? .html : (head.hasPrefix("---") || head.hasPrefix("# ")) ? .markdown : .plainText
        let (article, warnings) = try ArticleLoader.article(
            from: data, format: format, id: "stdin", path: "standard input")
        warnings.forEach(ErrorReport.warn)
        return article
    }
}
