import Foundation
import GlossCore
import GlossStore

/// What the annotation commands share: the store, the library (when there is one) and the
/// way an ARTICLE argument becomes an article id.
struct AnnotationsContext {
    let store: AnnotationStore
    /// Nil when the library folder cannot be read; annotations are then listed as recorded.
    let library: Library?
    let libraryProblem: LibraryError?

    init(global: GlobalOptions, storeOptions: StoreOptions) {
        store = storeOptions.store
        do {
            library = try global.loadLibrary()
            libraryProblem = nil
        } catch let error as LibraryError {
            library = nil
            libraryProblem = error
        } catch {
            library = nil
            libraryProblem = .missingFolder(path: global.libraryURL().path)
        }
    }

    /// An ARTICLE argument as an id: the library's article when it names one, else the id as
    /// the store knows it (an article since removed from the library).
    func articleID(_ name: String) throws -> String {
        if let library {
            do {
                return try library.article(named: name).id
            } catch LibraryError.articleNotFound {
                // fall through to the store
            }
        }
        let known = try store.articleIDs()
        if known.contains(name) { return name }
        if let remembered = rememberedID(forFile: name, among: known) { return remembered }
        if let library { _ = try library.article(named: name) }  // rethrows the library's own message
        throw CommandFailure(message: "no article named '\(name)' in the store or the library")
    }

    /// The article whose remembered file is the path `name`.
    private func rememberedID(forFile name: String, among ids: [String]) -> String? {
        let path = URL(fileURLWithPath: name).standardizedFileURL.path
        return ids.first { store.rememberedFile(articleID: $0) == path }
    }

    /// The article with this id: the library's, else the file the store remembers it was
    /// read from (a command run from another folder), when that file is still there.
    func article(_ id: String) -> Article? {
        if let found = library?.articles.first(where: { $0.id == id }) { return found }
        guard let file = store.rememberedFile(articleID: id), FileManager.default.isReadableFile(atPath: file) else {
            return nil
        }
        return try? ArticleLoader.load(URL(fileURLWithPath: file), id: id).0
    }

    /// One article's annotations anchored in its current text. Damaged files are reported.
    func annotated(_ id: String) throws -> AnnotatedArticle {
        let loaded = try store.load(articleID: id)
        loaded.damaged.forEach(Self.warn)
        if let article = article(id) { return AnnotatedArticle(article: article, annotations: loaded.annotations) }
        return AnnotatedArticle(missingArticleID: id, annotations: loaded.annotations)
    }

    /// The named articles, or every article with annotations when none is named.
    func annotatedArticles(_ names: [String]) throws -> [AnnotatedArticle] {
        let ids = names.isEmpty ? try store.articleIDs() : try names.map(articleID)
        var seen: Set<String> = []
        let annotated = try ids.filter { seen.insert($0).inserted }.map(annotated)
        if library == nil, let libraryProblem, annotated.contains(where: { $0.article == nil }) {
            ErrorReport.printError(
                "warning: \(ErrorReport.message(for: libraryProblem)); passages are not checked against the text")
        }
        return annotated
    }

    static func warn(_ damaged: DamagedFile) {
        ErrorReport.printError("warning: \(damaged)")
    }
}
