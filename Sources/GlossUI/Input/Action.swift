import GlossCore

/// Everything that can change the application's state. The bindable cases form the action
/// table (name, help, group; bindings in `KeyBinding.defaults`), which is also the help
/// screen; the cases with payloads come from the mouse, the prompt and the run loop.
public enum Action: Hashable, Sendable {
    // General
    case quit, help, cancel, redraw
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
    case filter, cycleSort
    // Prompt editing
    case deleteBackward, clearPrompt
    /// Text typed into the prompt.
    case insert(String)
    /// Scroll by lines (the mouse wheel); negative is up.
    case scroll(Int)
    case resize(Size)
    /// The run loop loaded an article the user asked to open.
    case opened(ReaderDocument)
    /// The run loop counted what the analysis found in a library article.
    case counted(id: String, counts: ArticleCounts)
    /// A reading position from an earlier session, applied when the article opens.
    case restorePosition(articleID: String, offset: Int)
    /// The run loop could not do what an effect asked.
    case failed(String)
}
