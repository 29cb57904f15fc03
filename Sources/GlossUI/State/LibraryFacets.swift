import GlossCore

/// The library's facet panel (Tab on the library screen): the people, places and speakers of
/// every article (from the index, read once: `table`) and the tags of their annotations (from
/// the entries' counts), the facets chosen, and the panel's selection.
///
/// Choosing a facet narrows the list to the articles having every chosen one (`scope`, worked
/// out once per change with sets in memory), and the panel then counts the values of the
/// articles shown (`shown`), so a change costs a pass over the table and no disk read.
public struct LibraryFacets: Hashable, Sendable {
    /// The people, places and speakers of every article; nil until the index gave them.
    public var table: FacetTable?
    /// Asked of the index and not there yet.
    public var isLoading = false
    /// Why people, places and speakers are missing (no index); tags are there all the same.
    public var unavailable: String?
    public var isOpen = false
    /// The facets chosen, in the order chosen; an article must have all of them.
    public private(set) var chosen: [FacetTable.Value] = []
    /// The articles having every chosen facet; nil when none is chosen.
    public private(set) var scope: Set<String>?
    /// The values of the articles shown, with how many of them have each: by kind, then most
    /// articles first.
    public private(set) var shown: [FacetValue] = []
    /// The panel's lines: a heading per kind, then its values.
    public private(set) var rows: [Row] = []
    /// The selected value (a position in `shown`).
    public var selected = 0
    /// The first row in view.
    public var scroll = 0

    /// One line of the panel.
    public enum Row: Hashable, Sendable {
        /// A kind's heading, with how many values it lists.
        case heading(FacetKind, Int)
        /// A position in `shown`.
        case value(Int)
    }

    public init() {}

    /// The value selected, when there is one.
    public var selectedValue: FacetValue? { shown.indices.contains(selected) ? shown[selected] : nil }

    public func isChosen(_ value: FacetValue) -> Bool {
        chosen.contains(FacetTable.Value(kind: value.kind, name: value.name))
    }

    /// The row of the selected value.
    public var selectedRow: Int { rows.firstIndex(of: .value(selected)) ?? 0 }

    /// Chooses `value`, or lets it go when it was chosen; `entries` is the whole library.
    mutating func toggle(_ value: FacetTable.Value, entries: [LibraryEntry]) {
        if let i = chosen.firstIndex(of: value) { chosen.remove(at: i) } else { chosen.append(value) }
        narrow(entries)
    }

    /// Lets every chosen facet go (or the last one chosen, `lastOnly`).
    mutating func clear(lastOnly: Bool = false, entries: [LibraryEntry]) {
        if lastOnly { _ = chosen.popLast() } else { chosen = [] }
        narrow(entries)
    }

    /// Works out which articles have every chosen facet.
    mutating func narrow(_ entries: [LibraryEntry]) {
        guard !chosen.isEmpty else {
            scope = nil
            return
        }
        let tags = Set(chosen.filter { $0.kind == .tag }.map(\.name))
        let indexed = chosen.filter { $0.kind != .tag }
        var wanted = Set<Int>()
        if !indexed.isEmpty {
            guard let table else {
                scope = []
                return
            }
            let numbers = Dictionary(table.values.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            for value in indexed {
                guard let n = numbers[value] else {
                    // A value the library no longer has: nothing has it.
                    scope = []
                    return
                }
                wanted.insert(n)
            }
        }
        var ids = Set<String>()
        for entry in entries {
            if !tags.isEmpty, !tags.isSubset(of: entry.counts?.tags ?? []) { continue }
            if !wanted.isEmpty {
                let have = table?.byArticle[entry.id] ?? []
                guard have.lazy.filter(wanted.contains).count == wanted.count else { continue }
            }
            ids.insert(entry.id)
        }
        scope = ids
    }

    /// Counts the values of the articles shown (`visible`) again, keeping the selection on
    /// the same value when it is still there.
    mutating func recount(_ visible: [LibraryEntry], height: Int) {
        let before = selectedValue
        var values = table?.counts(among: visible.lazy.map(\.id)) ?? []
        var tags: [String: Int] = [:]
        for entry in visible {
            for tag in entry.counts?.tags ?? [] { tags[tag, default: 0] += 1 }
        }
        values += tags.map { FacetValue(kind: .tag, name: $0.key, count: $0.value) }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0.name.lowercased() < $1.name.lowercased()
        }
        shown = values
        var lines: [Row] = []
        var i = 0
        while i < values.count {
            let kind = values[i].kind
            var j = i
            while j < values.count, values[j].kind == kind { j += 1 }
            lines.append(.heading(kind, j - i))
            lines += (i..<j).map { Row.value($0) }
            i = j
        }
        rows = lines
        if let before, let again = values.firstIndex(where: { $0.kind == before.kind && $0.name == before.name }) {
            selected = again
        } else {
            selected = max(0, min(selected, values.count - 1))
        }
        keepSelectionVisible(height: height)
    }

    /// Forgets the values listed and the selection (the first facets from the index go on top).
    mutating func startAtTop() {
        shown = []
        rows = []
        selected = 0
        scroll = 0
    }

    /// Moves the selection by `delta` values, clamped.
    mutating func move(by delta: Int, height: Int) {
        guard !shown.isEmpty else { return }
        selected = max(0, min(shown.count - 1, selected + delta))
        keepSelectionVisible(height: height)
    }

    /// Moves the selection to the first value of the next (or previous) kind.
    mutating func jumpKind(forward: Bool, height: Int) {
        guard let current = selectedValue else { return }
        let kinds = FacetKind.allCases.filter { k in shown.contains { $0.kind == k } }
        guard let at = kinds.firstIndex(of: current.kind) else { return }
        let next = kinds[(at + (forward ? 1 : kinds.count - 1)) % kinds.count]
        selected = shown.firstIndex { $0.kind == next } ?? selected
        // The kind's heading goes to the top of the panel.
        scroll = max(0, selectedRow - 1)
        keepSelectionVisible(height: height)
    }

    mutating func keepSelectionVisible(height: Int) {
        var row = selectedRow
        // The heading above the first value of a kind comes into view with it.
        if row > 0, case .heading = rows[row - 1] { row -= 1 }
        scroll = ListScroll.offset(scroll, keeping: selectedRow, from: row, height: height, count: rows.count)
    }

    /// The chosen facets as the header shows them: `person Ana Ruiz + #check`.
    public var chosenLabel: String {
        chosen.map { $0.kind == .tag ? "#" + $0.name : "\($0.kind.rawValue) \($0.name)" }.joined(separator: " + ")
    }
}
