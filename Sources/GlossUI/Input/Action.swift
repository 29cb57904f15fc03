import GlossCore

/// Everything the user can ask of the application. The bindable cases form the action table
/// (name, help, group; bindings in `KeyBinding.defaults`), which is also the help screen; the
/// cases with payloads come from the mouse, the prompt and the terminal. What the world
/// reports back (an article loaded, a save done) is an `Event`.
public enum Action: Hashable, Sendable {
    // General
    case quit, back, help, messages, cancel, redraw
    // Moving
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    // Finding
    case search, nextMatch, previousMatch
    case next(HighlightKind), previous(HighlightKind)
    // Highlights and measure
    case toggle(HighlightKind), showAll, widen, narrow
    // Panel
    case togglePanel, nextTab, previousTab
    /// Enter: open the selected article, jump to the selected mention, or confirm a prompt.
    case activate
    // Library
    case filter, cycleSort, reverseSort
    /// Facet panel: let every chosen facet go; let the last one chosen go.
    case clearFacets, dropFacet
    /// Search the text, notes and tags of every article (`f`, or Tab in the title filter).
    case findInLibrary
    /// Sort the library by a column; asked again, reverse the order.
    case sortBy(LibrarySort)
    // Across the library
    /// Open the catalog screen on a tab (`Q` the quote book, `F` the figure ledger), or switch
    /// to the tab there (`1` … `4`).
    case catalogTab(CatalogTab)
    /// The figure ledger: only figures about the same thing in several articles, side by side.
    case compareFigures
    /// The quote book, people, places: into the selected speaker's quotes or name's articles.
    case enterList
    // Selecting and annotating
    case startSelection, extendSelection(SelectionMotion), selectSentence, selectParagraph
    case mark, annotate, cycleColor, tagQuote, undo, redo, reattach
    case nextAnnotation, previousAnnotation
    /// Export the article's annotations (`E`), or every annotation (`:export`, `E` in the library).
    case export, exportAll
    /// `:` opens a command line (`:export`).
    case command
    /// In the Notes tab: edit or delete the selected annotation.
    case editAnnotation, deleteAnnotation
    // Prompt editing
    case deleteBackward, clearPrompt
    /// Ctrl-E in the note prompt: write the note in a text editor.
    case openEditor
    case cursorLeft, cursorRight, cursorHome, cursorEnd, deleteForward, deleteWord, complete
    /// Text typed into the prompt.
    case insert(String)
    /// The mouse in the text: a press places the caret, a drag extends the selection, a
    /// double click selects a word. Cells of the screen.
    case pointer(PointerPhase, x: Int, y: Int)
    /// Scroll by lines (the mouse wheel); negative is up.
    case scroll(Int)
    case resize(Size)
}
