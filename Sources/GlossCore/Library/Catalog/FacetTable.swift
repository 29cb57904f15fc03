/// Which people, places, speakers and tags each article of the library has, held in memory so
/// that narrowing the list by a facet and counting the facets of what is shown take no disk
/// read. People and places are their library-wide names (`LibraryNames`), so one person named
/// three ways in three articles is one facet value.
public struct FacetTable: Sendable, Hashable {
    /// Every distinct value, by number.
    public private(set) var values: [Value] = []
    /// For each article id, the numbers of its values (each once).
    public private(set) var byArticle: [String: [Int]] = [:]
    private var numbers: [Value: Int] = [:]

    public struct Value: Sendable, Hashable {
        public var kind: FacetKind
        public var name: String

        public init(kind: FacetKind, name: String) {
            self.kind = kind
            self.name = name
        }
    }

    public init() {}

    /// Records that `articleID` has `name` as a value of `kind` (again is a no-op).
    public mutating func add(articleID: String, kind: FacetKind, name: String) {
        let value = Value(kind: kind, name: name)
        let number: Int
        if let n = numbers[value] {
            number = n
        } else {
            number = values.count
            values.append(value)
            numbers[value] = number
        }
        if byArticle[articleID]?.contains(number) == true { return }
        byArticle[articleID, default: []].append(number)
    }

    /// Forgets every value of `kind` (tags, when the store changed).
    public mutating func removeAll(_ kind: FacetKind) {
        for (id, list) in byArticle { byArticle[id] = list.filter { values[$0].kind != kind } }
    }

    /// The values of the articles `ids`, with the number of those articles having each: by
    /// kind (person, place, speaker, tag), then most articles first, then name.
    public func counts(among ids: some Sequence<String>) -> [FacetValue] {
        var counts = [Int](repeating: 0, count: values.count)
        for id in ids {
            for n in byArticle[id] ?? [] { counts[n] += 1 }
        }
        var out: [FacetValue] = []
        for (n, c) in counts.enumerated() where c > 0 {
            out.append(FacetValue(kind: values[n].kind, name: values[n].name, count: c))
        }
        let order = Dictionary(uniqueKeysWithValues: FacetKind.allCases.enumerated().map { ($1, $0) })
        out.sort { a, b in
            if a.kind != b.kind { return order[a.kind]! < order[b.kind]! }
            if a.count != b.count { return a.count > b.count }
            return a.name.lowercased() < b.name.lowercased()
        }
        return out
    }

    /// True when the article has every value the filter asks for (names as this table holds them).
    public func article(_ id: String, matches filter: LibraryFilter) -> Bool {
        guard !filter.isEmpty else { return true }
        let have = Set((byArticle[id] ?? []).map { values[$0] })
        let wanted =
            filter.people.map { Value(kind: .person, name: $0) } + filter.places.map { Value(kind: .place, name: $0) }
            + filter.speakers.map { Value(kind: .speaker, name: $0) } + filter.tags.map { Value(kind: .tag, name: $0) }
        return wanted.allSatisfy(have.contains)
    }
}
