import GlossCore

/// Where the view is and what it shows: scrolling, jumps to highlights, the search. The view's
/// height comes from `ReaderGeometry` (`AppState.geometry.viewHeight`).
extension ReaderState {
    /// The last line that can be at the top.
    public func maxTop(viewHeight: Int) -> Int { max(0, layout.count - viewHeight) }

    /// How far into the article the reader is, in percent: the status bar's figure.
    public func progress(viewHeight: Int) -> Int {
        layout.count <= viewHeight ? 100 : min(100, (topLine + viewHeight) * 100 / layout.count)
    }

    /// Scrolls the view, clamped to the article.
    public mutating func scroll(by lines: Int, viewHeight: Int) {
        topLine = max(0, min(topLine + lines, maxTop(viewHeight: viewHeight)))
    }

    /// Scrolls so `range` is on screen; when it is not, puts it a third of the way down.
    public mutating func reveal(_ range: TextRange, viewHeight: Int) {
        let line = layout.lineIndex(for: range.start)
        let lastLine = layout.lineIndex(for: max(range.start, range.end - 1))
        if line < topLine || lastLine >= topLine + viewHeight {
            topLine = max(0, min(line - viewHeight / 3, maxTop(viewHeight: viewHeight)))
        }
    }

    /// Re-wraps the article at `measure` when that changed, keeping the same text at the top.
    public mutating func relayout(measure: Int, viewHeight: Int) {
        if layout.measure != max(8, measure) {
            let atTop = topLine == 0
            let offset = topOffset
            layout = ArticleLayout(document: document, measure: measure)
            topLine = atTop ? 0 : layout.lineIndex(for: offset)
        }
        topLine = max(0, min(topLine, maxTop(viewHeight: viewHeight)))
    }

    /// Esc in the reader drops one thing, in this order: the search, the focus, the current
    /// annotation. False when there was none of them.
    public mutating func dropSearchFocusOrCurrent() -> Bool {
        if search != nil {
            search = nil
        } else if focus != nil {
            focus = nil
        } else if current != nil {
            current = nil
        } else {
            return false
        }
        return true
    }

    /// Focuses the next (or previous) quote, person, place or figure after the focus, or
    /// from the top of the view when nothing is focused. Wraps at the ends, and says so.
    /// False when the article has none.
    public mutating func jump(to kind: HighlightKind, forward: Bool, viewHeight: Int) -> Bool {
        let targets = document.targets[kind] ?? []
        guard !targets.isEmpty else { return false }
        let viewStart = topLine == 0 ? 0 : topOffset
        let viewEnd = layout.lines[min(layout.count - 1, topLine + viewHeight - 1)].range.end
        let anchor: Int
        if let focus, focus.range.start >= viewStart, focus.range.start < max(viewEnd, viewStart + 1) {
            anchor = focus.range.start
        } else {
            anchor = forward ? viewStart - 1 : viewStart
        }
        let found =
            forward ? targets.firstIndex { $0.range.start > anchor } : targets.lastIndex { $0.range.start < anchor }
        let target = targets[found ?? (forward ? 0 : targets.count - 1)]
        focus = Focus(range: target.range, kind: kind, detail: target.detail + (found == nil ? " (wrapped)" : ""))
        reveal(target.range, viewHeight: viewHeight)
        return true
    }

    /// `/`: a search begins where the view is.
    public mutating func startSearch() {
        search = SearchState(originTopLine: topLine)
    }

    /// Esc in the search prompt: back where the search began.
    public mutating func cancelSearch() {
        guard let s = search else { return }
        topLine = s.originTopLine
        search = nil
    }

    /// Runs the search for `query` and moves to the first match at or after where the search began.
    public mutating func updateSearch(_ query: String, viewHeight: Int) {
        guard var s = search else { return }
        s.query = query
        let found = document.matches(of: query)
        s.matches = found.matches
        s.caseSensitive = found.caseSensitive
        s.current = nil
        if !s.matches.isEmpty {
            let origin = layout.lines[min(s.originTopLine, layout.count - 1)].range.start
            s.current = s.matches.firstIndex { $0.start >= origin } ?? 0
        }
        search = s
        topLine = s.originTopLine
        if let c = s.current { reveal(s.matches[c], viewHeight: viewHeight) }
    }

    /// A search for `query` made for the reader (a library search's hit): its matches, the
    /// current one the first that ends after `offset`, shown. False when nothing matches.
    public mutating func primeSearch(_ query: String, after offset: Int, viewHeight: Int) -> Bool {
        var s = SearchState(originTopLine: topLine)
        let found = document.matches(of: query)
        s.query = query
        s.matches = found.matches
        s.caseSensitive = found.caseSensitive
        s.current = s.matches.isEmpty ? nil : (s.matches.firstIndex { $0.end > offset } ?? 0)
        search = s
        guard let c = s.current else { return false }
        reveal(s.matches[c], viewHeight: viewHeight)
        return true
    }

    /// `n` and `N`: the next or previous match, wrapping; what the status bar says about it.
    public mutating func moveMatch(by delta: Int, viewHeight: Int) -> StatusMessage? {
        guard var s = search, !s.query.isEmpty else {
            return StatusMessage("No search yet: press / to search", isError: true)
        }
        guard !s.matches.isEmpty else { return StatusMessage("No match for “\(s.query)”", isError: true) }
        let n = s.matches.count
        let from = s.current ?? (delta > 0 ? -1 : 0)
        let raw = from + delta
        let current = ((raw % n) + n) % n
        s.current = current
        search = s
        reveal(s.matches[current], viewHeight: viewHeight)
        return raw < 0 || raw >= n ? StatusMessage("Search wrapped") : nil
    }
}
