/// Where an annotation's passage is in an article's current text, and how sure that is.
public struct Anchor: Hashable, Sendable {
    public var status: AnchorStatus
    /// The passage's range now; nil when orphaned.
    public var range: TextRange?
    /// Edit distance between the quote and the text found (0 unless fuzzy).
    public var errors: Int

    public init(status: AnchorStatus, range: TextRange?, errors: Int = 0) {
        self.status = status
        self.range = range
        self.errors = errors
    }

    public static let orphaned = Anchor(status: .orphaned, range: nil)
}
