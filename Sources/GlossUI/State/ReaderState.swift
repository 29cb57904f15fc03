import GlossCore

/// The article being read: its document and layout, where the view is, and what is focused,
/// searched and shown.
public struct ReaderState: Hashable, Sendable {
    public let document: ReaderDocument
    public var layout: ArticleLayout
    public var topLine: Int = 0
    public var focus: Focus?
    public var search: SearchState?
    public var panel = PanelState()

    public init(document: ReaderDocument, measure: Int) {
        self.document = document
        layout = ArticleLayout(document: document, measure: measure)
    }

    /// The scalar offset at the top of the view, to keep it there across re-wraps.
    public var topOffset: Int {
        layout.lines.indices.contains(topLine) ? layout.lines[topLine].range.start : 0
    }
}
