import Foundation
import GlossCore
import GlossIndex
import GlossStore
import GlossUI

/// The reader's effects against the library, its index and the store. Each annotation change
/// is saved at once (atomic and locked, so a crash loses at most the edit in flight); reading
/// positions, exports, counts, analyses and indexing; results go back as events.
///
/// An article's text is read from its file when it is first opened (or exported), never at
/// start: the library's counts come from the index. The index stays open for the session:
/// the library's full-text search and facets read it through a `LibraryCatalog` over the
/// articles it holds fresh.
///
/// The run loop calls it from its store queue (in order) and its analysis queue (several at
/// once), so what it keeps between calls sits behind a lock.
final class ReadExecutor: EffectExecutor, @unchecked Sendable {
    let store: AnnotationStore?
    /// The library's files by id.
    private let files: [String: LibraryFile]
    /// The files the index does not hold fresh, for `.indexLibrary`.
    private let pending: [LibraryFile]
    private let scanned: Int64
    /// Started with --no-index: searches and facets say so.
    private let indexOff: Bool
    /// Articles with annotations at start: their notes are counted before their counts show.
    private let annotated: Set<String>
    private let lock = NSLock()
    /// The library index (a rebuilt one after damage; nil without one).
    private var index: LibraryIndex?
    /// The index row of each article it holds fresh.
    private var rowIDs: [String: Int64]
    /// The catalog over those rows and the facets it gave, until the index changes.
    private var catalogCache: LibraryCatalog?
    private var facetCache: FacetTable?
    /// Articles read this session, by id.
    private var loaded: [String: Article] = [:]
    /// What the index says of each article, by id.
    private var summaries: [String: ArticleSummary]
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

    /// Indexed entries are posted in batches of this many (or when this long has passed).
    static let batch = 256
    static let batchInterval: Int64 = 100_000_000

    init(library: ReaderLibrary?, opened: Article?, store: AnnotationStore?, annotated: Set<String> = []) {
        self.store = store
        var byID: [String: LibraryFile] = [:]
        byID.reserveCapacity(library?.files.count ?? 0)
        for f in library?.files ?? [] { byID[f.id] = f }
        files = byID
        pending = library?.pending ?? []
        index = library?.index
        rowIDs = library?.rowIDs ?? [:]
        indexOff = library?.indexOff ?? false
        scanned = library?.scanned ?? 0
        summaries = library?.summaries ?? [:]
        self.annotated = annotated
        if let opened { loaded[opened.id] = opened }
    }

    func perform(_ effect: Effect) -> [Event] {
        perform(effect, post: { _ in })
    }

    func perform(_ effect: Effect, post: @escaping @Sendable ([Event]) -> Void) -> [Event] {
        switch effect {
        case .open(let id):
            let article: Article
            switch load(id) {
            case .success(let a): article = a
            case .failure(let failure): return [.failed(failure.message)]
            }
            let document =
                article.scalars.count < Self.analyseBeforeOpening || cachedAnalysis(id) != nil
                ? ReaderDocument(article: article, analysis: analysis(of: article)) : ReaderDocument.textOnly(article)
            return [.opened(document)] + loadAnnotations(id, reload: false)
        case .analyse(let id):
            guard let article = try? load(id).get() else { return [] }
            return [.analysed(ReaderDocument(article: article, analysis: analysis(of: article)))]
        case .count(let id):
            let annotations = (try? store?.load(articleID: id).annotations) ?? []
            let tags = annotations.reduce(into: Set<String>()) { $0.formUnion($1.tags) }
            // The index's counts when it has them; else the analysis.
            if let summary = locked({ summaries[id] }) {
                return [.counted(id: id, counts: ArticleCounts(summary, notes: annotations.count, tags: tags))]
            }
            guard let article = try? load(id).get() else { return [.countFailed(id: id)] }
            return [
                .counted(id: id, counts: ArticleCounts(analysis(of: article), notes: annotations.count, tags: tags))
            ]
        case .indexLibrary:
            return indexPending(post: post)
        case .loadCatalog(let tab):
            return [loadCatalog(tab)]
        case .searchLibrary(let text, let scope):
            return [searchLibrary(text, among: scope)]
        case .loadFacets:
            guard let catalog = catalog() else {
                return [.facetsLoaded(nil, failure: withoutIndex("People, places and speakers need"))]
            }
            if let known = locked({ facetCache }) { return [.facetsLoaded(known, failure: nil)] }
            do {
                let table = try catalog.facetTable()
                locked { facetCache = table }
                return [.facetsLoaded(table, failure: nil)]
            } catch {
                return [.facetsLoaded(nil, failure: "The facets could not be read: \(error)")]
            }
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
                    if let article = locked({ loaded[id] }), locked({ remembered.insert(id).inserted }) {
                        // Where the text lives, for commands run from another folder; losing it costs nothing.
                        try? store.rememberFile(of: article)
                    }
                }
                if let saved, let after = change.after, saved != after { return [.merged(saved)] }
                return []
            } catch {
                return [.failed("Not saved: \(ErrorReport.message(for: error))")]
            }
        case .saveReadingPosition(let id, let offset, let progress):
            guard let store, let article = try? load(id).get() else { return [] }
            do {
                let position = ReadingPosition(
                    article: id, offset: offset, fingerprint: article.fingerprint, progress: progress)
                try store.setReadingPosition(position)
                return [.positionSaved(articleID: id, date: position.updated)]
            } catch {
                return [.failed("Reading position not saved: \(ErrorReport.message(for: error))")]
            }
        case .export(let format, let path, let id):
            guard let store else { return [.failed("Export failed: no store")] }
            return [
                ReadExport.export(
                    store: store, article: { try? self.load($0).get() }, format: format, path: path, articleID: id)
            ]
        case .editText(let text):
            return [NoteEditor.edit(text)]
        case .quit, .redraw:
            return []
        }
    }

    /// One tab of the catalog screen, read from the index.
    private func loadCatalog(_ tab: CatalogTab) -> Event {
        guard let catalog = catalog() else {
            return .catalogFailed(tab, withoutIndex("The lists across the library need"))
        }
        do {
            switch tab {
            case .quotes: return .catalogLoaded(.quotes(try catalog.quotes()))
            case .figures: return .catalogLoaded(.figures(try catalog.figures()))
            case .people: return .catalogLoaded(.people(try catalog.listing(.person)))
            case .places: return .catalogLoaded(.places(try catalog.listing(.place)))
            }
        } catch {
            return .catalogFailed(tab, "The library index could not be read: \(error)")
        }
    }

    /// Closes the index at the end of the session.
    func close() {
        locked { index }?.close()
    }

    /// The catalog over the articles the index holds fresh; nil without an index.
    private func catalog() -> LibraryCatalog? {
        locked {
            if let known = catalogCache { return known }
            guard let index else { return nil }
            let articles = rowIDs.compactMap { id, row in
                summaries[id].map { CatalogArticle(rowID: row, id: id, title: $0.title, date: $0.metadata.date) }
            }
            catalogCache = LibraryCatalog(index: index, articles: articles)
            return catalogCache
        }
    }

    /// What the status bar says when a feature needs the index and there is none.
    private func withoutIndex(_ what: String) -> String {
        "\(what) the library index, which is \(indexOff ? "off (--no-index)" : "not available (see W)")"
    }

    /// The library's articles matching `text` (among `scope`), best first, then the notes
    /// and tags of the store that match, as `gloss search` finds them.
    private func searchLibrary(_ text: String, among scope: Set<String>?) -> Event {
        let none = SearchResults(query: text, hits: [], total: 0)
        guard let query = SearchQuery(text) else {
            return .librarySearched(
                query: text, results: none, notes: [], failure: "Nothing to search for in “\(text)”")
        }
        var results = none
        var failure: String?
        if let catalog = catalog() {
            do {
                results = try catalog.search(query, limit: LibrarySearch.limit, among: scope)
            } catch {
                failure = "The search failed: \(error)"
            }
        } else {
            failure = withoutIndex("Searching the articles' text needs") + "; notes and tags only"
        }
        let ids = scope ?? Set(files.keys)
        var titles: [String: String] = [:]
        locked { for id in ids { titles[id] = summaries[id]?.title } }
        let annotations = ((try? store?.loadAll())?.annotations ?? []).filter { ids.contains($0.articleID) }
        let notes = annotations.compactMap { SearchCommand.hit(query, $0, title: titles[$0.articleID] ?? $0.articleID) }
            .sorted { ($0.articleID, $0.range.start) < ($1.articleID, $1.range.start) }
        return .librarySearched(query: text, results: results, notes: notes, failure: failure)
    }

    /// The saved reading positions, by article id.
    func positions() -> [String: ReadingPosition] {
        store?.readingPositions() ?? [:]
    }

    /// An article, read from its file the first time it is asked for.
    private func load(_ id: String) -> Result<Article, LoadFailure> {
        if let known = locked({ loaded[id] }) { return .success(known) }
        guard let file = files[id] else { return .failure(LoadFailure(ArticleSourceError.notFound(id: id).message)) }
        do {
            let (article, _) = try ArticleLoader.load(file.url, id: file.id, displayPath: file.displayPath)
            locked { loaded[id] = article }
            return .success(article)
        } catch {
            return .failure(
                LoadFailure(ArticleSourceError.unreadable(id: id, reason: ErrorReport.message(for: error)).message))
        }
    }

    struct LoadFailure: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    /// Brings the index up to date for the files it did not hold fresh, posting their entries
    /// in batches as they are read or analysed (on all cores); the last batch is returned.
    private func indexPending(post: @escaping @Sendable ([Event]) -> Void) -> [Event] {
        guard !pending.isEmpty else { return [] }
        let batcher = IndexBatcher(files: pending, annotated: annotated, total: pending.count)
        let files = pending, scanned = scanned, index = locked({ self.index })
        let result = try? Blocking.run {
            await LibraryIndexer.updateRecovering(
                files, scanned: scanned, index: index,
                progress: { done, _ in batcher.progress(done) },
                each: { i, item in
                    if let events = batcher.add(i, item) { post(events) }
                })
        }
        locked {
            summaries.merge(batcher.summaries) { _, new in new }
            // The index kept for searches and facets: a rebuilt one holds only what was just written.
            if result?.index !== index { rowIDs = [:] }
            self.index = result?.index
            for item in result?.update.items ?? [] {
                if case .article(let summary, let rowID?, _, _) = item { rowIDs[summary.id] = rowID }
            }
            catalogCache = nil
            facetCache = nil
        }
        var last = batcher.flush(final: true)
        if case .indexed(let entries, let removed, let notices, let done, let total)? = last.first {
            last = [
                .indexed(
                    entries: entries, removed: removed, notices: notices + (result?.notes ?? []), done: done,
                    total: total)
            ]
        }
        return last
    }

    private func loadAnnotations(_ id: String, reload: Bool) -> [Event] {
        guard let store else { return [] }
        let version = store.folderVersion(articleID: id)
        do {
            // Damaged files are skipped here; `gloss annotations` names them.
            let (set, damaged) = try store.annotations(of: id)
            locked { versions[id] = version }
            if reload { return [.annotationsReloaded(set)] }
            let warning =
                damaged.isEmpty
                ? nil
                : "\(damaged.count) damaged annotation file\(damaged.count == 1 ? "" : "s") skipped (see gloss annotations)"
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

/// Gathers the indexer's outcomes into `.indexed` events of a batch each. The indexer calls
/// it from one task at a time; the lock keeps it sound all the same.
final class IndexBatcher: @unchecked Sendable {
    private let files: [LibraryFile]
    private let annotated: Set<String>
    private let total: Int
    private let lock = NSLock()
    private var done = 0
    private var entries: [LibraryEntry] = []
    private var removed: [String] = []
    private var notices: [String] = []
    private var lastPost = LibraryIndexer.now()
    /// Every summary the indexer gave, by id.
    private(set) var summaries: [String: ArticleSummary] = [:]

    init(files: [LibraryFile], annotated: Set<String>, total: Int) {
        self.files = files
        self.annotated = annotated
        self.total = total
    }

    func progress(_ done: Int) {
        lock.lock()
        self.done = done
        lock.unlock()
    }

    /// Takes one file's outcome; the batch's events when it is time to post them.
    func add(_ i: Int, _ item: LibraryIndexer.Item) -> [Event]? {
        lock.lock()
        switch item {
        case .article(let summary, _, _, let file):
            summaries[file.id] = summary
            entries.append(LibraryEntry(summary, notesCounted: !annotated.contains(file.id)))
            notices += summary.notes.map { "\(LibraryWarning(path: file.displayPath, kind: $0))" }
        case .skipped(let warning):
            removed.append(files[i].id)
            notices.append("\(warning)")
        }
        let due =
            entries.count + removed.count >= ReadExecutor.batch
            || LibraryIndexer.now() - lastPost >= ReadExecutor.batchInterval
        lock.unlock()
        return due ? flush(final: false) : nil
    }

    /// The entries gathered since the last batch, as an event (the last one says all is done).
    func flush(final: Bool) -> [Event] {
        lock.lock()
        defer { lock.unlock() }
        let event = Event.indexed(
            entries: entries, removed: removed, notices: notices, done: final ? total : min(done, total), total: total)
        entries = []
        removed = []
        notices = []
        lastPost = LibraryIndexer.now()
        return [event]
    }
}
