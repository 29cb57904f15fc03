import GlossCore

/// What the annotation keys change in the article being read; `AppState` adds the prompts, the
/// stamps and what the status bar says.
extension ReaderState {
    /// The passage `m`, `a` act on: the selection, else a focused quote.
    public var chosenPassage: (range: TextRange, isQuote: Bool)? {
        if let s = selection { return (s.range, false) }
        if let f = focus, f.kind == .quote { return (f.range, true) }
        return nil
    }

    /// Who speaks the passage, when it is a quote.
    func attribution(of passage: (range: TextRange, isQuote: Bool)) -> QuoteAttribution? {
        passage.isQuote
            ? QuoteAttribution(passage: passage.range, in: document.article, analysis: document.analysis) : nil
    }

    /// The annotation chosen in the Notes tab, nil when the Notes tab is not showing one.
    public var selectedNote: AnchoredAnnotation? {
        guard panel.tab == .notes, anchored.indices.contains(panel.selected) else { return nil }
        return anchored[panel.selected]
    }

    /// After a create, edit or delete: anchors refreshed, the selection dropped, the annotation
    /// made or changed current and on screen.
    public mutating func finish(_ change: AnnotationChange, viewHeight: Int) {
        refreshAnchors()
        selection = nil
        current = change.after?.id
        if let range = change.after.flatMap({ a in anchored.first { $0.id == a.id } })?.anchor.range {
            focus = nil
            reveal(range, viewHeight: viewHeight)
        }
    }

    /// `u` and Ctrl-R: the change to persist, nil when there is nothing to take back or do again.
    public mutating func undo(redo: Bool) -> AnnotationChange? {
        guard let change = redo ? annotations.redo() : annotations.undo() else { return nil }
        refreshAnchors()
        current = change.after?.id
        return change
    }

    /// `]a` / `[a`: the next annotation after the current one, or after the top of the view;
    /// what the status bar says about it.
    public mutating func jumpToAnnotation(forward: Bool, viewHeight: Int) -> StatusMessage {
        let placed = anchored.compactMap { item in item.anchor.range.map { (item: item, range: $0) } }
        guard !placed.isEmpty else {
            return StatusMessage("No annotations in this article: v selects, m marks, a writes a note", isError: true)
        }
        let currentStart = current.flatMap { id in placed.first { $0.item.id == id } }?.range.start
        let from = currentStart ?? (forward ? (topLine == 0 ? -1 : topOffset - 1) : (topLine == 0 ? 0 : topOffset))
        let found = forward ? placed.firstIndex { $0.range.start > from } : placed.lastIndex { $0.range.start < from }
        let index = found ?? (forward ? 0 : placed.count - 1)
        let target = placed[index]
        current = target.item.id
        focus = nil
        reveal(target.range, viewHeight: viewHeight)
        return StatusMessage(
            "\(index + 1)/\(placed.count) " + AppState.summary(target.item) + (found == nil ? " (wrapped)" : ""))
    }
}
