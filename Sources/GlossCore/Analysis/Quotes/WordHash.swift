/// FNV-1a over the lower-cased scalars of a word: how tokens are looked up in `QuoteLexicon`
/// without building a string. (64 bits: a stray collision with the few hundred listed words is
/// practically impossible.)
struct WordHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Adds one scalar, lower-casing ASCII letters (the lexicon is ASCII).
    @inline(__always) mutating func add(_ s: Unicode.Scalar) {
        var v = s.value
        if v >= 0x41 && v <= 0x5A { v += 0x20 }
        value = (value ^ UInt64(v)) &* 0x100_0000_01b3
    }
}
