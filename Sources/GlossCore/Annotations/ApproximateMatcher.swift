/// Approximate substring search: where does a pattern occur in a text with few edits?
///
/// Sellers' dynamic programme (free start and end in the text) with Ukkonen's cut-off, which
/// stops each column at the last row that can still stay within the error budget, so the cost
/// is about `maxErrors × text length` rather than `pattern × text`. Each cell also carries the
/// text offset where its alignment began, which gives the start of every match without a
/// second, backward pass.
public enum ApproximateMatcher {
    /// Matches of `pattern` in `text` with at most `maxErrors` edits: for each run of adjacent
    /// end offsets, the one with the fewest errors; of equals, the one whose length is nearest
    /// the pattern's (an edited word is taken whole, not cut to the unchanged words before it),
    /// then the leftmost. Empty for an empty pattern.
    public static func search(_ pattern: [Unicode.Scalar], in text: [Unicode.Scalar], maxErrors: Int)
        -> [ApproximateMatch]
    {
        let m = pattern.count
        guard m > 0, maxErrors >= 0 else { return [] }
        let k = min(maxErrors, m)
        let p = pattern.map(\.value)
        // cost[i]: edits to match pattern[0..<i] ending at the current text offset; origin[i]: where it began.
        var cost = Array(0...m)
        var origin = [Int](repeating: 0, count: m + 1)
        var last = min(k + 1, m)  // the last row worth computing
        var matches: [ApproximateMatch] = []
        var runBest: ApproximateMatch?
        var j = 0
        for scalar in text {
            j += 1
            let t = scalar.value
            var diagCost = cost[0], diagOrigin = origin[0]  // previous column, row i-1
            cost[0] = 0
            origin[0] = j
            for i in 1...last {
                let upCost = cost[i], upOrigin = origin[i]  // previous column, row i (becomes next diagonal)
                var best: Int, from: Int
                if p[i - 1] == t {
                    best = diagCost
                    from = diagOrigin
                } else {
                    best = diagCost + 1
                    from = diagOrigin
                    if cost[i - 1] + 1 < best {
                        best = cost[i - 1] + 1
                        from = origin[i - 1]
                    }  // skip a pattern scalar
                    if upCost + 1 < best {
                        best = upCost + 1
                        from = upOrigin
                    }  // skip a text scalar
                }
                diagCost = upCost
                diagOrigin = upOrigin
                cost[i] = best
                origin[i] = from
            }
            while last > 0 && cost[last] > k { last -= 1 }
            if last == m {
                let match = ApproximateMatch(start: origin[m], end: j, errors: cost[m])
                if let current = runBest {
                    if match.errors < current.errors
                        || (match.errors == current.errors
                            && abs(match.end - match.start - m) < abs(current.end - current.start - m))
                    {
                        runBest = match
                    }
                } else {
                    runBest = match
                }
            } else {
                if let current = runBest {
                    matches.append(current)
                    runBest = nil
                }
                last += 1
                // The row now entering the band holds a stale value from an earlier column; any
                // value above the budget is as good as the true one, so make sure it is above.
                if cost[last] <= k && last > 0 { cost[last] = k + 1 }
            }
        }
        if let current = runBest { matches.append(current) }
        return matches
    }

    /// Levenshtein distance between two scalar sequences.
    public static func editDistance<A: Collection, B: Collection>(_ a: A, _ b: B) -> Int
    where A.Element == Unicode.Scalar, B.Element == Unicode.Scalar {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diag = row[0]
            row[0] = i
            for j in 1...b.count {
                let up = row[j]
                row[j] = a[i - 1] == b[j - 1] ? diag : min(diag, up, row[j - 1]) + 1
                diag = up
            }
        }
        return row[b.count]
    }

    /// 1 when the two agree exactly, 0 when nothing is shared (or either is empty).
    public static func similarity<A: Collection, B: Collection>(_ a: A, _ b: B) -> Double
    where A.Element == Unicode.Scalar, B.Element == Unicode.Scalar {
        let length = max(a.count, b.count)
        if a.isEmpty || b.isEmpty { return 0 }
        return 1 - Double(editDistance(a, b)) / Double(length)
    }
}
