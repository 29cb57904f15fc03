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
        if try store.articleIDs().contains(name) { return name }
        if let library { _ = try library.article(named: name) }  // rethrows the library's own message
        throw CommandFailure(message: "no article named '\(name)' in the store or the library")
    }

    /// The article with this id, when the library has it.
    func article(_ id: String) -> Article? {
        library?.articles.first { $0.id == id }
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
        if library == nil, let libraryProblem {
            ErrorReport.printError("warning: \(ErrorReport.message(for: libraryProblem)); passages are not checked against the text")
        }
        let ids = names.isEmpty ? try store.articleIDs() : try names.map(articleID)
        var seen: Set<String> = []
        return try ids.filter { seen.insert($0).inserted }.map(annotated)
    }

    static func warn(_ damaged: DamagedFile) {
        ErrorReport.printError("warning: \(damaged)")
    }
}
