import Foundation
import GlossCore
import GlossIndex
import GlossUI

/// The reader's library as it starts: the folder scanned (each file `stat`ed, none read), the
/// articles the index holds fresh with their counts, and the files left for the index to read
/// or analyse off the main loop (new or changed ones, or all of them without an index).
struct ReaderLibrary {
    var root: URL
    /// Every article file, by id.
    var files: [LibraryFile]
    /// One entry per file: made from the index's summary, or a placeholder until indexed.
    var entries: [LibraryEntry]
    /// What the index said of the fresh articles, by id.
    var summaries: [String: ArticleSummary]
    /// The files the index does not hold fresh, in id order.
    var pending: [LibraryFile]
    /// The index row of each fresh article, for the catalog's search and facets.
    var rowIDs: [String: Int64]
    /// The index they go to, kept open for the session's searches and facets (nil with
    /// --no-index or when it cannot be used).
    var index: LibraryIndex?
    /// Started with --no-index.
    var indexOff: Bool
    /// When the scan began, as the indexer wants it.
    var scanned: Int64
    /// What the scan and the index had to say (files skipped, decoding fallbacks, the index).
    var notices: [String]

    /// Scans the library and takes what the index already knows; reads no article. Articles
    /// in `annotated` get their counts once their notes are counted.
    static func load(global: GlobalOptions, index options: IndexOptions, annotated: Set<String>) throws -> ReaderLibrary
    {
        let scanned = LibraryIndexer.now()
        var notices: [String] = []
        let (index, stored, (root, found, scanWarnings)) = try IndexedLibrary.scanAndRead(global: global) {
            options.open { notices.append($0) }
        }
        let files = Library.sortedByID(found, id: \.id)
        // A failure to read the index here is met again by the indexer, which recovers from it.
        let fresh =
            stored.map { LibraryIndexer(index: index).freshItems(files, stored: $0) }
            ?? Array(repeating: nil, count: files.count)
        var entries: [LibraryEntry] = []
        entries.reserveCapacity(files.count)
        var summaries: [String: ArticleSummary] = [:]
        var rowIDs: [String: Int64] = [:]
        summaries.reserveCapacity(files.count)
        rowIDs.reserveCapacity(files.count)
        var pending: [LibraryFile] = []
        var warnings = scanWarnings
        for (file, item) in zip(files, fresh) {
            if case .article(let summary, let rowID, _, _) = item {
                summaries[file.id] = summary
                rowIDs[file.id] = rowID
                entries.append(LibraryEntry(summary, notesCounted: !annotated.contains(file.id)))
                warnings += summary.notes.map { LibraryWarning(path: file.displayPath, kind: $0) }
            } else {
                pending.append(file)
                entries.append(.pending(id: file.id))
            }
        }
        notices = Library.sortedWarnings(warnings).map { "\($0)" } + notices
        Discard.later((stored, fresh, found))
        return ReaderLibrary(
            root: root, files: files, entries: entries, summaries: summaries, pending: pending, rowIDs: rowIDs,
            index: index,
            indexOff: options.noIndex, scanned: scanned, notices: notices)
    }
}

extension LibraryEntry {
    /// An entry from the index's summary. Its counts are complete when the article has no
    /// annotations (`notesCounted`); otherwise they come once its notes are counted.
    init(_ summary: ArticleSummary, notesCounted: Bool) {
        self.init(
            id: summary.id, title: summary.title,
            origin: LibraryEntry.origin(id: summary.id, metadata: summary.metadata),
            date: summary.metadata.date, words: summary.words, counts: notesCounted ? ArticleCounts(summary) : nil)
    }
}

extension ArticleCounts {
    /// The counts of an index summary, with these notes.
    init(_ summary: ArticleSummary, notes: Int = 0, tags: Set<String> = []) {
        self.init(
            quotes: summary.quotes, people: summary.people, places: summary.places, figures: summary.figures,
            notes: notes, tags: tags)
    }
}
