/// The columns the library list can be sorted by; `s` cycles through them, a column's own key
/// (`1` … `0`) or a click on its heading sorts by it, and asking for the same column again
/// reverses the order.
public enum LibrarySort: String, Hashable, Sendable, CaseIterable {
    case title, date, words, quotes, people, places, figures, notes
    case lastRead = "last read"
    case progress

    public var next: LibrarySort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The order a column starts in: titles A to Z, everything else largest (or newest) first.
    public var startsAscending: Bool { self == .title }

    /// The key that sorts by this column in the library: `1` … `9`, then `0`.
    public var digit: Character {
        let i = Self.allCases.firstIndex(of: self)!
        return Character(String((i + 1) % 10))
    }
}
