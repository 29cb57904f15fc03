/// Orders of the library list; `s` cycles through them.
public enum LibrarySort: String, Hashable, Sendable, CaseIterable {
    case title, date, words, notes

    public var next: LibrarySort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
