import GlossCore

extension ReaderDocument {
    /// Every non-overlapping match of `query`, smart case: case-insensitive unless the query
    /// has an upper-case letter. Accents and apostrophes are folded on both sides (`lopez`
    /// finds `López`, `trump's` finds `Trump’s`), and white space matches any white space.
    public func matches(of query: String, limit: Int = 100_000) -> (matches: [TextRange], caseSensitive: Bool) {
        let sensitive = SearchFolding.isCaseSensitive(query)
        let needle = SearchFolding.fold(query, caseSensitive: sensitive)
        guard !needle.isEmpty else { return ([], sensitive) }
        let hay = sensitive ? searchExact : searchFolded
        var out: [TextRange] = []
        let n = needle.count
        let first = needle[0]
        guard hay.count >= n else { return ([], sensitive) }
        var i = 0
        let last = hay.count - n
        hay.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { q in
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n && h[i + k] == q[k] { k += 1 }
                        if k == n {
                            out.append(TextRange(i, i + n))
                            if out.count >= limit { return }
                            i += n
                            continue
                        }
                    }
                    i += 1
                }
            }
        }
        return (out, sensitive)
    }
}
