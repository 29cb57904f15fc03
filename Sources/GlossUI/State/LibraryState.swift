/// The library screen: every article, the filter typed so far, the sort and the selection.
public struct LibraryState: Hashable, Sendable {
    public var entries: [LibraryEntry]
    public var filter: String = ""
    public var sort: LibrarySort = .title
    /// The selected article, kept by id so filtering and sorting do not lose it.
    public var selectedID: String?
    /// First visible row of the list.
    public var scroll: Int = 0
    /// Where the articles come from, for the header: `Articles/`.
    public var location: String

    public init(entries: [LibraryEntry], location: String = "") {
        self.entries = entries
        self.location = location
        selectedID = visible.first?.id
    }

    /// The entries that match the filter, in the current order.
    public var visible: [LibraryEntry] {
        let query = filter.trimmingSpaces
        var list = entries
        if !query.isEmpty {
            let sensitive = query.contains { $0.isUppercase }
            list = list.filter { entry in
                [entry.title, entry.id, entry.origin].contains { field in
                    sensitive ? field.contains(query) : field.lowercased().contains(query.lowercased())
                }
            }
        }
        switch sort {
        case .title:
            list.sort { ($0.title.lowercased(), $0.id) < ($1.title.lowercased(), $1.id) }
        case .date:
            list.sort { ($0.date ?? "", $1.title.lowercased()) > ($1.date ?? "", $0.title.lowercased()) }
        case .words:
            list.sort { $0.words != $1.words ? $0.words > $1.words : $0.id < $1.id }
        case .notes:
            list.sort { a, b in
                let na = a.counts?.notes ?? 0, nb = b.counts?.notes ?? 0
                return na != nb ? na > nb : a.title.lowercased() < b.title.lowercased()
            }
        }
        return list
    }

    /// Index of the selection in `visible` (0 when it is filtered out).
    public func selectedIndex(in list: [LibraryEntry]) -> Int {
        list.firstIndex { $0.id == selectedID } ?? 0
    }

    /// Moves the selection by `delta` rows, clamped, keeping it within `height` visible rows.
    public mutating func moveSelection(by delta: Int, height: Int) {
        let list = visible
        guard !list.isEmpty else { selectedID = nil; return }
        let index = max(0, min(list.count - 1, selectedIndex(in: list) + delta))
        selectedID = list[index].id
        keepSelectionVisible(height: height, list: list)
    }

    public mutating func keepSelectionVisible(height: Int, list: [LibraryEntry]? = nil) {
        let list = list ?? visible
        let index = selectedIndex(in: list)
        if list.first(where: { $0.id == selectedID }) == nil { selectedID = list.first?.id }
        let h = max(1, height)
        if index < scroll { scroll = index }
        if index >= scroll + h { scroll = index - h + 1 }
        scroll = max(0, min(scroll, max(0, list.count - h)))
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
