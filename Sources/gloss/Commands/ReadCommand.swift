import ArgumentParser
import Foundation
import GlossCore

/// `gloss read [ARTICLE]`: the full-screen reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read articles full-screen: the library, or one article directly.",
        discussion: """
            Without ARTICLE it opens the library. ARTICLE is an id (wikinews/GUM_news_clock), a bare \
            name when unambiguous, or a path to a file. Press ? in the reader for the keys.

            NO_COLOR turns colours off; GLOSS_COLORS=256, 8 or mono chooses a palette.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The article to open.")
    var article: String?

    func run() throws {
        try Self.open(global: global, storeOptions: storeOptions, article: article)
    }

    /// Loads the library (when there is one) and runs the session.
    static func open(global: GlobalOptions, storeOptions: StoreOptions, article name: String?) throws {
        var articles: [Article] = []
        var location = ""
        var initial: Article?
        var warnings: [LibraryWarning] = []
        do {
            let library = try global.loadLibrary()
            articles = library.articles
            location = library.root.relativePath
            warnings = library.warnings
        } catch {
            // Reading one file needs no library; without a file the library is required.
            if name == nil { throw error }
        }
        if let name {
            let article = try global.loadArticle(name)
            if !articles.contains(where: { $0.id == article.id }) { articles.append(article) }
            initial = article
        }
        try ReadSession.run(
            articles: articles, location: location, initial: initial, store: storeOptions.store, notices: warnings.map { "\($0)" })
    }
}
