import GlossCore

/// The library screen: every article, the filter typed so far, the sort and the selection.
///
/// The order of the entries is kept (`order`) and sorted again after every change, starting
/// from the previous order: a change that moves few entries costs one pass, so a library of
/// tens of thousands of articles stays quick to fill in, filter and move through.
public struct LibraryState: Hashable, Sendable {
    public var entries: [LibraryEntry] {
        didSet { reorder() }
    }
    public var filter: String = ""
    public var sort: LibrarySort = .title {
        didSet { reorder() }
    }
    /// Whether the sort runs from smallest to largest (A to Z, oldest first).
    public var ascending = true {
        didSet { reorder() }
    }
    /// The selected article, kept by id so filtering and sorting do not lose it.
    public var selectedID: String?
    /// First visible row of the list.
    public var scroll: Int = 0
    /// Where the articles come from, for the header: `Articles/`.
    public var location: String
    /// The facet panel: the library's facets, the ones chosen (which narrow the list) and
    /// where the panel's selection is.
    public var facets = LibraryFacets()
    /// The full-text search whose results the screen shows instead of the list, when there is one.
    public var results: LibrarySearch?
    /// Articles the index is bringing up to date in the background, and how many it has done.
    public var indexTotal = 0
    public var indexDone = 0
    /// Positions in `entries`, in the current sort order.
    private var order: [Int] = []
    /// Position in `entries` of each id.
    private var positions: [String: Int] = [:]

    public init(entries: [LibraryEntry], location: String = "") {
        self.entries = entries
        self.location = location
        reorder(rebuild: true)
        // Nothing is filtered yet: the first visible entry is the first in order (without
        // copying every entry into `visible` to find it).
        selectedID = order.first.map { entries[$0].id }
    }

    /// Whether the index is still working through changed or new articles.
    public var isIndexing: Bool { indexDone < indexTotal }

    /// The entries that match the filter, in the current order.
    public var visible: [LibraryEntry] {
        let query = filter.trimmingSpaces
        let scope = facets.scope
        if query.isEmpty {
            guard let scope else { return order.map { entries[$0] } }
            return order.lazy.map { entries[$0] }.filter { scope.contains($0.id) }
        }
        let sensitive = query.contains { $0.isUppercase }
        let lowered = query.lowercased()
        return order.lazy.map { entries[$0] }.filter { entry in
            if let scope, !scope.contains(entry.id) { return false }
            return sensitive
                ? [entry.title, entry.id, entry.origin].contains { $0.contains(query) }
                : entry.titleKey.contains(lowered)
                    || [entry.id, entry.origin].contains { $0.lowercased().contains(lowered) }
        }
    }

    /// Sorts by `column`; asked for the column already sorted by, reverses the order.
    public mutating func sort(by column: LibrarySort) {
        if column == sort {
            ascending.toggle()
        } else {
            sort = column
            ascending = column.startsAscending
        }
    }

    /// Replaces the entries with these ids (and adds those not yet listed), in one change.
    public mutating func update(_ changed: [LibraryEntry], removing removed: [String] = []) {
        guard !changed.isEmpty || !removed.isEmpty else { return }
        var all = entries
        var added = false
        for entry in changed {
            if let i = positions[entry.id], i < all.count, all[i].id == entry.id {
                all[i] = entry
            } else {
                all.append(entry)
                added = true
            }
        }
        if !removed.isEmpty {
            let gone = Set(removed)
            all.removeAll { gone.contains($0.id) }
        }
        let sameCount = all.count == entries.count
        entries = all
        // As many added as removed: the count alone does not show that the ids moved.
        if added && sameCount { reorder(rebuild: true) }
    }

    /// The entry with this id.
    public func entry(_ id: String) -> LibraryEntry? {
        positions[id].flatMap { $0 < entries.count && entries[$0].id == id ? entries[$0] : nil }
    }

    /// Changes the entry with this id in place.
    public mutating func modify(_ id: String, _ body: (inout LibraryEntry) -> Void) {
        guard let i = positions[id], i < entries.count, entries[i].id == id else { return }
        body(&entries[i])
    }

    private mutating func reorder(rebuild: Bool = false) {
        if rebuild || order.count != entries.count {
            order = Array(entries.indices)
            positions = Dictionary(
                entries.indices.map { (entries[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let list = entries
        let column = sort
        let up = ascending
        // The sort is stable and finds runs already in order, so sorting the previous order
        // again after a small change is close to one pass.
        if column == .title {
            // The first order of every session: the keys taken out once, not an entry copied
            // per comparison.
            let titles = list.map(\.titleKey)
            let ids = list.map(\.id)
            order.sort { Self.precedes(titles[$0], ids[$0], titles[$1], ids[$1], ascending: up) }
            return
        }
        order.sort { Self.precedes(list[$0], list[$1], by: column, ascending: up) }
    }

    /// `precedes` by title: by title key in the direction asked, equal keys by id.
    static func precedes(_ title: String, _ id: String, _ otherTitle: String, _ otherID: String, ascending up: Bool)
        -> Bool
    {
        if Library.precedes(title, otherTitle) { return up }
        if Library.precedes(otherTitle, title) { return !up }
        return Library.precedes(id, otherID)
    }

    /// Whether `x` is listed before `y`. A missing value (no date, not counted yet, never
    /// read) is listed last whichever the direction; equal values go by title, then id.
    static func precedes(_ x: LibraryEntry, _ y: LibraryEntry, by column: LibrarySort, ascending up: Bool) -> Bool {
        func by<T: Comparable>(_ a: T?, _ b: T?) -> Bool? {
            switch (a, b) {
            case (let a?, let b?): return a == b ? nil : (a < b) == up
            case (nil, nil): return nil
            case (nil, _?): return false
            case (_?, nil): return true
            }
        }
        let decided: Bool?
        switch column {
        case .title: decided = by(x.titleKey, y.titleKey)
        case .date: decided = by(x.date, y.date)
        case .words: decided = by(x.isIndexed ? x.words : nil, y.isIndexed ? y.words : nil)
        case .quotes: decided = by(x.counts?.quotes, y.counts?.quotes)
        case .people: decided = by(x.counts?.people, y.counts?.people)
        case .places: decided = by(x.counts?.places, y.counts?.places)
        case .figures: decided = by(x.counts?.figures, y.counts?.figures)
        case .notes: decided = by(x.counts?.notes, y.counts?.notes)
        case .lastRead: decided = by(x.lastRead, y.lastRead)
        case .progress: decided = by(x.progress, y.progress)
        }
        return decided ?? ((x.titleKey, x.id) < (y.titleKey, y.id))
    }

    /// Index of the selection in `visible` (0 when it is filtered out).
    public func selectedIndex(in list: [LibraryEntry]) -> Int {
        list.firstIndex { $0.id == selectedID } ?? 0
    }

    /// Moves the selection by `delta` rows, clamped, keeping it within `height` visible rows.
    public mutating func moveSelection(by delta: Int, height: Int) {
        let list = visible
        guard !list.isEmpty else {
            selectedID = nil
            return
        }
        let index = max(0, min(list.count - 1, selectedIndex(in: list) + delta))
        selectedID = list[index].id
        keepSelectionVisible(height: height, list: list)
    }

    public mutating func keepSelectionVisible(height: Int, list: [LibraryEntry]? = nil) {
        let list = list ?? visible
        let index = selectedIndex(in: list)
        if list.first(where: { $0.id == selectedID }) == nil { selectedID = list.first?.id }
        scroll = ListScroll.offset(scroll, keeping: index, height: height, count: list.count)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
