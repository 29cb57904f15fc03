/// Scrolling a list so its selection stays in view: one rule for every list (the library, its
/// search results and facets, the catalog's lists).
enum ListScroll {
    /// A scroll offset that keeps the rows from `top` (the selection's, unless a heading above
    /// it should show too) to `index` among `height` visible rows of `count`.
    static func offset(_ scroll: Int, keeping index: Int, from top: Int? = nil, height: Int, count: Int) -> Int {
        let h = max(1, height)
        var s = scroll
        if (top ?? index) < s { s = top ?? index }
        if index >= s + h { s = index - h + 1 }
        return max(0, min(s, max(0, count - h)))
    }
}
