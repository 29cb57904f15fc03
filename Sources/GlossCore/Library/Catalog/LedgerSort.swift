/// How the figure ledger is ordered: as the articles come (by id, then position), by value
/// (largest first), or by unit (then value). `gloss figures --sort` and the reader's ledger.
public enum LedgerSort: String, Hashable, Sendable, CaseIterable {
    case article, value, unit

    /// The direction a sort starts in: values from the largest, the others A to Z.
    public var startsAscending: Bool { self != .value }

    /// The next order, for a key that walks them.
    public var next: LedgerSort { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }

    /// `figures` (in article order) in this order; `ascending` nil means the order's own
    /// direction. Ties keep the article order; figures without a value (or unit) go last.
    public func sorted(_ figures: [FigureRecord], ascending: Bool? = nil) -> [FigureRecord] {
        let up = ascending ?? startsAscending
        if self == .article { return up ? figures : figures.reversed() }
        let unitFirst = self == .unit
        return Array(figures.enumerated()).sorted { a, b in
            let x = a.element, y = b.element
            if unitFirst, x.unit != y.unit {
                guard let ux = x.unit else { return false }
                guard let uy = y.unit else { return true }
                return (ux < uy) == up
            }
            if x.value != y.value {
                guard let vx = x.value else { return false }
                guard let vy = y.value else { return true }
                return (vx < vy) == up
            }
            return a.offset < b.offset
        }.map(\.element)
    }
}
