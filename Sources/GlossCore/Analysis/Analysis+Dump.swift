extension Analysis {
    /// A readable listing of every span the analysis found in `scalars` (the text it was made
    /// from), one per line, in a fixed order: quotes with their kind and speaker, people,
    /// places and organizations with their names and every mention, figures with value, unit
    /// and qualifier, then dates. Offsets are Unicode scalars, `start-end`. Kept as golden files
    /// of the shipped articles, so any change in what the analysis finds shows in review.
    public func dump(of scalars: [Unicode.Scalar]) -> String {
        func text(_ r: TextRange) -> String {
            let a = max(0, min(r.start, scalars.count)), b = max(a, min(r.end, scalars.count))
            var s = String.UnicodeScalarView()
            for c in scalars[a..<b] {
                // One line per span: line breaks and tabs inside a span are shown as spaces.
                s.append(c == "\n" || c == "\t" || c == "\r" ? " " : c)
            }
            return "\"" + String(s) + "\""
        }
        func span(_ r: TextRange) -> String { "\(r.start)-\(r.end)" }
        var out: [String] = []
        out.append("quotes \(quotes.count)")
        for (n, q) in quotes.enumerated() {
            var line =
                "  q\(n + 1) \(q.kind.rawValue) "
                + q.segments.map { span($0) + " " + text($0) }.joined(separator: " + ")
            if let s = q.speaker {
                line += " | speaker \"\(s.name)\" at \(span(s.mention)) \(text(s.mention))"
                if let id = s.entityID, let e = entity(id) { line += " = \(e.kind.rawValue) #\(id + 1)" }
            }
            out.append(line)
        }
        for kind in EntityKind.allCases {
            let list = entities.filter { $0.kind == kind }
            out.append("\(kind.rawValue) \(list.count)")
            for e in list {
                var line = "  #\(e.id + 1) \"\(e.canonicalName)\""
                if !e.aliases.isEmpty { line += " aka " + e.aliases.map { "\"\($0)\"" }.joined(separator: ", ") }
                if !e.titles.isEmpty { line += " titles " + e.titles.map { "\"\($0)\"" }.joined(separator: ", ") }
                out.append(line)
                for m in e.mentions { out.append("    \(span(m)) \(text(m))") }
            }
        }
        out.append("figures \(figures.count)")
        for f in figures {
            var line = "  \(span(f.range)) \(text(f.range))"
            if let v = f.value { line += " = \(v)" }
            if let u = f.unit { line += " \(u)" }
            if let q = f.qualifier { line += " (\(q))" }
            out.append(line)
        }
        out.append("dates \(dates.count)")
        for d in dates { out.append("  \(span(d)) \(text(d))") }
        return out.joined(separator: "\n") + "\n"
    }
}
