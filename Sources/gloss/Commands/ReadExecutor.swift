import Foundation
import GlossCore
import GlossStore
import GlossUI

/// The reader's effects against the library and the store. Each annotation change is saved
/// at once (atomic and locked, so a crash loses at most the edit in flight); reading
/// positions, exports, counts and analyses; results go back as events.
///
/// The run loop calls it from its store queue (in order) and its analysis queue (several at
/// once), so what it keeps between calls sits behind a lock.
final class ReadExecutor: EffectExecutor, @unchecked Sendable {
    let store: AnnotationStore?
    private let articles: [String: Article]
    private let lock = NSLock()
    /// Analyses computed this session, by article id.
    private var analyses: [String: Analysis] = [:]
    /// The articles whose file the store was told of this session.
    private var remembered: Set<String> = []
    /// Each article's store folder stamp when this session last read or wrote it, so only
    /// another process's writes make the reader read again.
    private var versions: [String: String?] = [:]

    /// Articles shorter than this are analysed before their first screen (a few tens of
    /// milliseconds); longer ones show their text first and their highlights when ready.
    static let analyseBeforeOpening = 200_000

    init(articles: [Article], store: AnnotationStore?) {
        self.store = store
        var byID: [String: Article] = [:]
        for a in articles { byID[a.id] = a }
        self.articles = byID
    }

    func perform(_ effect: Effect) -> [Event] {
        switch effect {
        case .open(let id):
            guard let article = articles[id] else { return [.failed(ArticleSourceError.notFound(id: id).message)] }
            let document =
                article.scalars.count < Self.analyseBeforeOpening || cachedAnalysis(id) != nil
                ? ReaderDocument(article: article, analysis: analysis(of: article)) : ReaderDocument.textOnly(article)
            return [.opened(document)] + loadAnnotations(id, reload: false)
        case .analyse(let id):
            guard let article = articles[id] else { return [] }
            return [.analysed(ReaderDocument(article: article, analysis: analysis(of: article)))]
        case .count(let id):
            guard let article = articles[id] else { return [.countFailed(id: id)] }
            let annotations = (try? store?.load(articleID: id).annotations) ?? []
            let counts = ArticleCounts(analysis(of: article), notes: annotations.count, tags: annotations.reduce(into: []) { $0.formUnion($1.tags) })
            return [.counted(id: id, counts: counts)]
        case .reloadAnnotations(let id, let force):
            guard let store else { return [] }
            if !force, let known = locked({ versions[id] }), known == store.folderVersion(articleID: id) { return [] }
            return loadAnnotations(id, reload: true)
        case .persist(let change):
            guard let store else { return [] }
            do {
                // Another process may have edited the same annotation: the store merges the two
                // edits, and the reader takes in what was saved.
                let saved = try store.apply(change)
                if let id = change.after?.articleID ?? change.before?.articleID {
                    locked { versions[id] = store.folderVersion(articleID: id) }
                    if let article = articles[id], locked({ remembered.insert(id).inserted }) {
                        // Where the text lives, for commands run from another folder; losing it costs nothing.
                        try? store.rememberFile(of: article)
                    }
                }
                if let saved, let after = change.after, saved != after { return [.merged(saved)] }
                return []
            } catch {
                return [.failed("Not saved: \(ErrorReport.message(for: error))")]
            }
        case .saveReadingPosition(let id, let offset):
            guard let store, let article = articles[id] else { return [] }
            do {
                try store.setReadingPosition(ReadingPosition(article: id, offset: offset, fingerprint: article.fingerprint))
                return []
            } catch {
                return [.failed("Reading position not saved: \(ErrorReport.message(for: error))")]
            }
        case .export(let format, let path, let id):
            guard let store else { return [.failed("Export failed: no store")] }
            return [ReadExport.export(store: store, articles: articles, format: format, path: path, articleID: id)]
        case .editText(let text):
            return [NoteEditor.edit(text)]
        case .quit, .redraw:
            return []
        }
    }

    /// The saved reading positions, as the reader keeps them.
    func positions() -> [String: Int] {
        store?.readingPositions().mapValues(\.offset) ?? [:]
    }

    private func loadAnnotations(_ id: String, reload: Bool) -> [Event] {
        guard let store else { return [] }
        let version = store.folderVersion(articleID: id)
        do {
            // Damaged files are skipped here; `gloss annotations` names them.
            let (set, damaged) = try store.annotations(of: id)
            locked { versions[id] = version }
            if reload { return [.annotationsReloaded(set)] }
            let warning = damaged.isEmpty ? nil : "\(damaged.count) damaged annotation file\(damaged.count == 1 ? "" : "s") skipped (see gloss annotations)"
            return [.annotationsLoaded(set, warning: warning)]
        } catch {
            return [.failed(ArticleSourceError.unreadable(id: id, reason: ErrorReport.message(for: error)).message)]
        }
    }

    private func cachedAnalysis(_ id: String) -> Analysis? { locked { analyses[id] } }

    /// The article's analysis, computed once. Two threads asking at once may both compute it;
    /// the result is the same.
    private func analysis(of article: Article) -> Analysis {
        if let known = cachedAnalysis(article.id) { return known }
        let result = analyze(article)
        locked { analyses[article.id] = result }
        return result
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
