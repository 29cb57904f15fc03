import Foundation
import GlossCore
import GlossIndex
import GlossStore

/// What the library-wide commands (`search`, `quotes`, `figures`, `people`, `places`, and
/// `list` with filters) work on: the library brought up to date in the index, and the catalog
/// over it. They need an index: with `--no-index`, or when the index cannot be used, a
/// temporary one is made for the run and removed after it.
struct CatalogContext {
    var library: IndexedLibrary
    var catalog: LibraryCatalog
    private var temporary: URL?

    static func open(global: GlobalOptions, index options: IndexOptions) throws -> CatalogContext {
        // The index asked for, else a temporary one: decided before the library is read, so it
        // is read (and, without an index, analysed) once.
        var temporary: URL?
        let library = try IndexedLibrary.load(global: global) {
            if let index = options.open() { return index }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "gloss-index-\(getpid())-\(UUID().uuidString)")
            temporary = folder
            return IndexOptions.open(folder.appendingPathComponent("index.sqlite"))
        }
        guard library.index != nil else {
            if let temporary { try? FileManager.default.removeItem(at: temporary) }
            throw CommandFailure(
                message: "this command needs the library index, and none could be made (see the warnings above)")
        }
        library.warnings.forEach(ErrorReport.warn)
        var articles: [CatalogArticle] = []
        articles.reserveCapacity(library.items.count)
        for item in library.items {
            if case .article(let summary, let rowID?, _, _) = item {
                articles.append(
                    CatalogArticle(rowID: rowID, id: summary.id, title: summary.title, date: summary.metadata.date))
            }
        }
        return CatalogContext(
            library: library, catalog: LibraryCatalog(index: library.index!, articles: articles), temporary: temporary)
    }

    /// Closes the index (and removes a temporary one).
    func close() {
        library.index?.close()
        if let temporary { try? FileManager.default.removeItem(at: temporary) }
    }

    /// Runs `body` on an open context and closes it however `body` ends.
    static func with<T>(global: GlobalOptions, index: IndexOptions, _ body: (CatalogContext) throws -> T) throws -> T {
        let context = try open(global: global, index: index)
        defer {
            context.close()
            Discard.later(context)
        }
        return try body(context)
    }
}

/// The annotations of the library's articles, for searching notes and tags and filtering by tag.
enum StoreTags {
    /// Every annotation in `store` whose article is in `ids`; damaged files are reported.
    /// `ids` is only made when the store holds annotations.
    static func annotations(_ store: AnnotationStore, among ids: @autoclosure () -> Set<String>) -> [Annotation] {
        do {
            let loaded = try store.loadAll()
            for damaged in loaded.damaged { ErrorReport.printError("warning: \(damaged)") }
            guard !loaded.annotations.isEmpty else { return [] }
            let ids = ids()
            return loaded.annotations.filter { ids.contains($0.articleID) }
        } catch {
            ErrorReport.printError("warning: annotations could not be read: \(error)")
            return []
        }
    }
}
