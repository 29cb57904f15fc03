import GlossCore

/// The article being read: its document and layout, where the view is, and what is focused,
/// searched and shown.
public struct ReaderState: Hashable, Sendable {
    public private(set) var document: ReaderDocument
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
    /// For each position in `anchored`, the furthest end of a passage up to it, so the
    /// annotations on the rows in view are found by binary search rather than by a pass over
    /// all of them every frame.
    private var reach: [Int] = []
    /// The annotation the status bar describes and `c` recolours: the last one made or landed on.
    public var current: Annotation.ID?
    /// Sentence ranges in scalars, for `(`, `)` and `V`.
    public var sentences: [TextRange] { document.sentences }

    public init(document: ReaderDocument, measure: Int) {
        self.document = document
        layout = ArticleLayout(document: document, measure: measure)
        annotations = ArticleAnnotations(articleID: document.article.id)
    }

    /// The analysed document of the same text, taken in where the reader is: the view, the
    /// selection, the search and the annotations stay (offsets are the same); a focus on a
    /// highlight and a panel selection are reset, as the lists were empty.
    public mutating func take(_ analysed: ReaderDocument) {
        guard analysed.article.text == document.article.text else { return }
        document = analysed
        let top = topLine
        layout = ArticleLayout(document: analysed, measure: layout.measure)
        topLine = min(top, max(0, layout.count - 1))
        focus = nil
        panel.selection = [:]
        panel.scroll = [:]
        panel.mentionIndex = nil
    }

    /// Re-anchors the annotations after a change.
    public mutating func refreshAnchors() {
        anchored = annotations.anchored(in: document.article)
        var furthest = Int.min
        reach = anchored.map { item in
            if let r = item.anchor.range { furthest = max(furthest, r.end) }
            return furthest
        }
    }

    /// The anchored annotations whose passages overlap `range` (an empty range: those that
    /// hold its offset), in text order.
    public func anchored(overlapping range: TextRange) -> ArraySlice<AnchoredAnnotation> {
        let end = max(range.end, range.start + 1)
        // Placed ones come first, sorted by start; orphans (no range) after them.
        var low = 0, high = anchored.count
        while low < high {
            let mid = (low + high) / 2
            if let r = anchored[mid].anchor.range, r.start < end { low = mid + 1 } else { high = mid }
        }
        let stop = low
        low = 0
        high = stop
        while low < high {
            let mid = (low + high) / 2
            if reach[mid] > range.start { high = mid } else { low = mid + 1 }
        }
        return anchored[low..<stop]
    }

    /// The scalar offset at the top of the view, to keep it there across re-wraps.
    public var topOffset: Int {
        layout.lines.indices.contains(topLine) ? layout.lines[topLine].range.start : 0
    }
}
