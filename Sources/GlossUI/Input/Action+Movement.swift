extension Action {
    /// How many rows a moving action goes in a view `page` rows high (negative is up), or nil
    /// for an action that does not move. Top and end are "as far as it goes", for the caller
    /// to clamp. Every list and the text share this, so the keys move alike everywhere.
    func movement(page: Int) -> Int? {
        let page = max(1, page)
        switch self {
        case .lineDown: return 1
        case .lineUp: return -1
        case .pageDown: return page
        case .pageUp: return -page
        case .halfPageDown: return max(1, page / 2)
        case .halfPageUp: return -max(1, page / 2)
        case .top: return -Int(Int32.max)
        case .bottom: return Int(Int32.max)
        case .scroll(let n): return n
        default: return nil
        }
    }
}
