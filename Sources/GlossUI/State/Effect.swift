import GlossCore

/// Work `AppState.apply` asks the run loop to do; results come back as actions.
public enum Effect: Hashable, Sendable {
    case quit
    /// Load and analyse an article, then send `.opened`.
    case open(articleID: String)
    /// Remember where the reader was.
    case saveReadingPosition(articleID: String, offset: Int)
    /// Write one annotation change to the store (a create, edit, delete, undo or redo).
    case persist(AnnotationChange)
    /// Export annotations in `format` to `path`: one article's, or all when `articleID` is nil.
    case export(format: ExportFormat, path: String, articleID: String?)
    /// Suspend the screen, let the user edit `text` in a text editor, send `.edited` back.
    case editText(String)
    /// Forget the previous frame and repaint everything.
    case redraw
}
