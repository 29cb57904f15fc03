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
    /// The passage being selected, while selecting.
    public var selection: Selection?
    /// The article's annotations with their history.
    public var annotations: ArticleAnnotations
    /// The annotations anchored in the current text, in text order (orphans last); kept in
    /// step with `annotations` so a frame does not re-anchor.
    public private(set) var anchored: [AnchoredAnnotation] = []
    /// The annotation the status bar describes and `c` recolours: the last one made or landed on.
    public var current: Annotation.ID?
    /// Sentence ranges in scalars, for `(`, `)` and `V`.
    public let sentences: [TextRange]

    public init(document: ReaderDocument, measure: Int) {
        self.document = document
        layout = ArticleLayout(document: document, measure: measure)
        annotations = ArticleAnnotations(articleID: document.article.id)
        let tokenized = TokenizedText(document.article.scalars)
        sentences = tokenized.sentences.compactMap { r in
            guard let first = r.first, let last = r.last else { return nil }
            return TextRange(tokenized.tokens[first].start, tokenized.tokens[last].end)
        }
    }

    /// Re-anchors the annotations after a change.
    public mutating func refreshAnchors() {
        anchored = annotations.anchored(in: document.article)
    }

    /// The scalar offset at the top of the view, to keep it there across re-wraps.
    public var topOffset: Int {
        layout.lines.indices.contains(topLine) ? layout.lines[topLine].range.start : 0
    }
}
