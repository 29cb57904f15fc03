import GlossCore

/// Work `AppState.apply` asks for; the run loop hands it to its `EffectExecutor`, off the
/// main loop where it can, and what comes of it comes back as `Event`s.
public enum Effect: Hashable, Sendable {
    case quit
    /// Load an article: `.opened` with its text (analysed when that is quick), then its
    /// annotations (`.annotationsLoaded`).
    case open(articleID: String)
    /// Analyse the open article: `.analysed`.
    case analyse(articleID: String)
    /// Count what the analysis finds in a library article: `.counted` or `.countFailed`.
    case count(articleID: String)
    /// Bring the library index up to date for the articles it does not hold yet (new or
    /// changed files), off the main loop: `.indexed` as batches are done.
    case indexLibrary
    /// Read the open article's annotations again when another process changed them since
    /// they were last read or written (or always, `force`: Ctrl-L): `.annotationsReloaded`,
    /// or nothing when unchanged.
    case reloadAnnotations(articleID: String, force: Bool)
    /// Remember where the reader was, and how far into the article that is (percent).
    case saveReadingPosition(articleID: String, offset: Int, progress: Int)
    /// Write one annotation change to the store (a create, edit, delete, undo or redo).
    case persist(AnnotationChange)
    /// Export annotations in `format` to `path`: one article's, or all when `articleID` is nil.
    case export(format: ExportFormat, path: String, articleID: String?)
    /// Suspend the screen, let the user edit `text` in a text editor: `.edited`.
    case editText(String)
    /// Read one tab of the catalog screen (every quote, figure, person or place of the library)
    /// from the library index, off the main loop: `.catalogLoaded` or `.catalogFailed`.
    case loadCatalog(CatalogTab)
    /// Search the whole library (article text through the index, notes and tags from the
    /// store) for `query`, among the articles `scope` names (all when nil), off the main loop:
    /// `.librarySearched`.
    case searchLibrary(query: String, scope: Set<String>?)
    /// Read the library's facets (the people, places and speakers of every article) from the
    /// index, off the main loop: `.facetsLoaded`.
    case loadFacets
    /// Forget the previous frame and repaint everything.
    case redraw
}
