/// Work `AppState.apply` asks the run loop to do; results come back as actions.
public enum Effect: Hashable, Sendable {
    case quit
    /// Load and analyse an article, then send `.opened`.
    case open(articleID: String)
    /// Remember where the reader was (for the store, once there is one).
    case saveReadingPosition(articleID: String, offset: Int)
    /// Forget the previous frame and repaint everything.
    case redraw
}
