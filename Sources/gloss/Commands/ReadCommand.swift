import ArgumentParser
import Foundation
import GlossCore
import GlossStore
import GlossUI

/// `gloss read [ARTICLE]`: the full-screen reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read articles full-screen: the library, or one article directly.",
        discussion: """
            Without ARTICLE it opens the library. ARTICLE is an id (wikinews/GUM_news_clock), a bare \
            name when unambiguous, or a path to a file. Press ? in the reader for the keys.

            The library's list comes from the library index (see gloss list): it shows at once, and \
            articles that are new or changed fill in as they are indexed. An article's text is read \
            when it is opened. In the library, f searches the text, notes and tags of every article \
            (as gloss search) and opens a result at its match; Tab lists the people, places, \
            speakers and tags of the articles shown, and choosing some narrows the list to the \
            articles having all of them.

            NO_COLOR turns colours off; GLOSS_COLORS=256, 8 or mono chooses a palette. Keys can be \
            changed in a key file ($GLOSS_KEYS, else $XDG_CONFIG_HOME/gloss/keys, else \
            ~/.config/gloss/keys), one "bind CONTEXT KEYS ACTION" or "unbind CONTEXT KEYS" per line; \
            the README lists the contexts and the action names.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var index: IndexOptions

    @Argument(help: "The article to open.")
    var article: String?

    func run() throws {
        try Self.open(global: global, storeOptions: storeOptions, index: index, article: article)
    }

    /// Scans the library (when there is one), takes its counts from the index, and runs the session.
    static func open(global: GlobalOptions, storeOptions: StoreOptions, index: IndexOptions, article name: String?)
        throws
    {
        let store = storeOptions.store
        let named = try name.map(GlobalOptions.classify)
        let annotated = Set((try? store.articleIDs()) ?? [])
        var library: ReaderLibrary?
        do {
            library = try ReaderLibrary.load(global: global, index: index, annotated: annotated)
        } catch {
            // Reading one file needs no library; without a file the library is required.
            switch named {
            case .file?, .standardInput?: break
            default: throw error
            }
        }
        var initial: Article?
        switch named {
        case .standardInput?: initial = try GlobalOptions.standardInputArticle()
        case .file?: initial = try global.loadArticle(name!)
        case .library(let query)?:
            // Found among the scanned files, so only this one is read.
            guard let library else { break }
            let file = library.files[try ArticleNames(ids: library.files.map(\.id), root: library.root).resolve(query)]
            let (article, warnings) = try ArticleLoader.load(file.url, id: file.id, displayPath: file.displayPath)
            warnings.forEach(ErrorReport.warn)
            initial = article
        case nil: break
        }
        let executor = ReadExecutor(library: library, opened: initial, store: store, annotated: annotated)
        // Taken out of the library (nothing reads them there any more), so adding the reading
        // positions below changes them in place rather than a copy of ten thousand entries.
        var entries: [LibraryEntry] = []
        if library != nil { swap(&entries, &library!.entries) }
        if let initial, !entries.contains(where: { $0.id == initial.id }) { entries.append(LibraryEntry(initial)) }
        // Where each article was left, for the last-read and progress columns.
        let positions = executor.positions()
        for i in entries.indices {
            guard let p = positions[entries[i].id] else { continue }
            entries[i].lastRead = p.updated
            entries[i].progress = p.progress
        }
        var state = LibraryState(entries: entries, location: library?.root.relativePath ?? "")
        state.indexTotal = library?.pending.count ?? 0
        try ReadSession.run(
            library: state, executor: executor, positions: positions.mapValues(\.offset), initial: initial?.id,
            notices: library?.notices ?? [])
    }
}
