import ArgumentParser
import Foundation
import GlossCore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of articles to read.", valueName: "dir"))
    var library: String?

    @Flag(name: .long, help: "Follow symbolic links to folders outside the library folder.")
    var followLinks = false

    /// The library folder: --library, else ./Articles, else $GLOSS_LIBRARY, else $XDG_DATA_HOME/gloss/articles.
    func libraryURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let library { return URL(fileURLWithPath: library, isDirectory: true) }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: "Articles", isDirectory: &isDir), isDir.boolValue {
            return URL(fileURLWithPath: "Articles", isDirectory: true)
        }
        if let env = environment["GLOSS_LIBRARY"], !env.isEmpty { return URL(fileURLWithPath: env, isDirectory: true) }
        let dataHome: URL
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            dataHome = URL(fileURLWithPath: NSHomeDirectory()).appendingPathComponent(".local/share", isDirectory: true)
        }
        return dataHome.appendingPathComponent("gloss/articles", isDirectory: true)
    }

    func loadLibrary() throws -> Library {
        try Library.load(from: libraryURL(), options: ScanOptions(followLinks: followLinks))
    }

    /// Loads one article: a path to an existing file is read directly, anything else is looked up
    /// in the library. Warnings about that article go to stderr.
    func loadArticle(_ name: String) throws -> Article {
        var isDir: ObjCBool = false
        if name.contains("/") || ArticleFormat(pathExtension: (name as NSString).pathExtension) != nil,
            FileManager.default.fileExists(atPath: name, isDirectory: &isDir), !isDir.boolValue
        {
            let (article, warnings) = try ArticleLoader.load(URL(fileURLWithPath: name), displayPath: name)
            warnings.forEach(ErrorReport.warn)
            return article
        }
        let library = try loadLibrary()
        let article = try library.article(named: name)
        for w in library.warnings where w.path.hasSuffix(article.id + ".\(article.format.rawValue)") || w.path.contains(article.id + ".") {
            ErrorReport.warn(w)
        }
        return article
    }
}
