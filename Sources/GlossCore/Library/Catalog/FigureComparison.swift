/// Figures about the same thing in different articles: one unit, one subject noun shared
/// (`FigureContext.subjects`). What the figure ledger puts side by side, so that two articles
/// that disagree on how many were deported show it.
public struct FigureComparison: Sendable, Hashable {
    /// Nil for an ungrouped listing.
    public var unit: String?
    public var subject: String?
    public var figures: [FigureRecord]

    public init(unit: String?, subject: String?, figures: [FigureRecord]) {
        self.unit = unit
        self.subject = subject
        self.figures = figures
    }

    /// The groups found in `figures` that span two articles or more: most articles first, then
    /// unit and subject; within one, by value. A figure is in the group of each subject it has.
    /// Figures without a unit are not compared (a bare number can count anything), nor are
    /// years and dates.
    public static func groups(_ figures: [FigureRecord]) -> [FigureComparison] {
        var bySubject: [String: [FigureRecord]] = [:]
        var order: [String] = []
        for f in figures {
            guard let unit = f.unit, !skippedUnits.contains(unit) else { continue }
            for s in Set(f.subjects) {
                let key = unit + "\u{1}" + s
                if bySubject[key] == nil { order.append(key) }
                bySubject[key, default: []].append(f)
            }
        }
        var out: [FigureComparison] = []
        for key in order {
            let list = bySubject[key]!
            guard Set(list.map(\.articleID)).count >= 2 else { continue }
            let parts = key.split(separator: "\u{1}", maxSplits: 1).map(String.init)
            out.append(
                FigureComparison(
                    unit: parts[0], subject: parts.count > 1 ? parts[1] : nil,
                    figures: list.sorted {
                        ($0.value ?? 0, $0.articleID, $0.range.start) < ($1.value ?? 0, $1.articleID, $1.range.start)
                    }))
        }
        // Two subjects of the same figures (`commuters … crossing`) are one comparison.
        var merged: [FigureComparison] = []
        var at: [[FigureRecord]: Int] = [:]
        for group in out {
            if let i = at[group.figures] {
                merged[i].subject = [merged[i].subject, group.subject].compactMap { $0 }.joined(separator: ", ")
            } else {
                at[group.figures] = merged.count
                merged.append(group)
            }
        }
        out = merged
        out.sort { a, b in
            let na = Set(a.figures.map(\.articleID)).count, nb = Set(b.figures.map(\.articleID)).count
            if na != nb { return na > nb }
            return (a.unit ?? "", a.subject ?? "") < (b.unit ?? "", b.subject ?? "")
        }
        return out
    }

    /// What the group is about: the unit, and the subject when it is not the unit itself
    /// (`USD · fine`, but `migrants`, not `migrants · migrant`).
    public var heading: String {
        let unit = self.unit ?? ""
        guard let subject, !subject.isEmpty else { return unit }
        if unit.isEmpty { return subject }
        let u = LibraryNames.key(unit)
        let others = subject.split(separator: ", ").map(String.init).filter { s in
            let k = LibraryNames.key(s)
            return !(u.hasPrefix(k) || k.hasPrefix(u))
        }
        return others.isEmpty ? unit : unit + " · " + others.joined(separator: ", ")
    }

    static let skippedUnits: Set<String> = ["year", "date", "time"]
}
