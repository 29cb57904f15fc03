import Foundation
import GlossCore

/// What the world reports back to the state: the results of effects. Actions are what the
/// user asks for; events are what the loading, analysing and saving found. Both go through
/// `AppState.apply`, which stays a pure function of the state and its input.
public enum Event: Hashable, Sendable {
    /// An article's text is ready (`document.isAnalysed` says whether its highlights are too).
    case opened(ReaderDocument)
    /// The analysis of the open article finished: the same text with its highlights.
    case analysed(ReaderDocument)
    /// What the analysis found in a library article, for the count columns.
    case counted(id: String, counts: ArticleCounts)
    /// A library article could not be counted (it went away, or cannot be read).
    case countFailed(id: String)
    /// The library index read or analysed more articles (`.indexLibrary`): their entries with
    /// counts (replacing the placeholders of files not indexed yet), the files that turned out
    /// not to be articles, what to tell about them (`W`), and how far it is.
    case indexed(entries: [LibraryEntry], removed: [String], notices: [String], done: Int, total: Int)
    /// The reading position of an article was saved at this time (the "last read" column).
    case positionSaved(articleID: String, date: Date)
    /// The annotations of the open article, and a warning about files that were skipped.
    case annotationsLoaded(ArticleAnnotations, warning: String?)
    /// The open article's annotations read again (another process wrote to its store folder,
    /// or Ctrl-L); the session's history is kept.
    case annotationsReloaded(ArticleAnnotations)
    /// A save met a newer version written by another process; this is the merge that was saved.
    case merged(Annotation)
    /// An effect was carried out; the status bar says so.
    case done(String)
    /// An effect could not be carried out.
    case failed(String)
    /// What the library index holds for a tab of the catalog screen (`.loadCatalog`).
    case catalogLoaded(CatalogData)
    /// A tab of the catalog screen could not be read, and why.
    case catalogFailed(CatalogTab, String)
    /// The text editor came back with this note.
    case edited(String)
    /// What `.searchLibrary` found: the articles best first (`results`), then the notes and
    /// tags that match; or why it could not search (`failure`, no index).
    case librarySearched(query: String, results: SearchResults, notes: [SearchHit], failure: String?)
    /// The library's facets from the index (`.loadFacets`); nil with why when there is no index.
    case facetsLoaded(FacetTable?, failure: String?)
}
