import Foundation

/// Case- and accent-insensitive 64-bit hashes of scalar slices, so that word lookups need no `String`.
///
/// `Núñez`, `LOPEZ` and `lopez` hash alike, and a phrase hashes as its tokens in order, so a
/// gazetteer entry and the same words in an article meet in one table probe.
enum ScalarHash {
    static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// Lower-case, accentless forms of U+0000 to U+024F (Latin-1 and Latin Extended A and B).
    static let foldTable: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x250)
        for v in 0..<0x250 {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            if v < 0x80 {
                table[v] = (v >= 0x41 && v <= 0x5A) ? UInt32(v + 0x20) : UInt32(v)
                continue
            }
            let folded = String(Character(s)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            let scalars = Array(folded.unicodeScalars)
            table[v] = scalars.count == 1 ? scalars[0].value : s.properties.lowercaseMapping.unicodeScalars.first!.value
        }
        return table
    }()

    @inline(__always) static func fold(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        if v < 0x250 { return foldTable[Int(v)] }
        if v == 0x2019 || v == 0x2018 { return 0x27 }  // curly apostrophes hash as '
        return v
    }

    /// The folded hash of `c[start..<end]`; never 0 (0 marks an empty table slot).
    @inline(__always) static func hash(_ c: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt64 {
        var h = offset
        var i = start
        while i < end {
            h = (h ^ UInt64(fold(c[i]))) &* prime
            i += 1
        }
        return h == 0 ? 1 : h
    }

    /// The hash of a word token: folded, except that short all-capital words (`US`, `LA`, `IT`)
    /// are acronyms and hash apart from the common words they spell (`us`, `la`, `it`).
    @inline(__always) static func word(_ c: [Unicode.Scalar], _ start: Int, _ end: Int, allCaps: Bool) -> UInt64 {
        let h = hash(c, start, end)
        return allCaps && end - start <= 5 ? (h ^ 0x5A5A_A5A5_0F0F_F0F0) | 1 : h
    }

    /// The hash of a string, as `word` hashes a token (used when building tables).
    static func hash(_ s: String) -> UInt64 {
        let c = Array(s.unicodeScalars)
        let tokens = Tokenizer.tokenize(c)
        if tokens.count == 1 { return word(c, 0, c.count, allCaps: tokens[0].flags.contains(.allCaps)) }
        return hash(c, 0, c.count)
    }

    /// Extends a phrase hash with one more token hash.
    @inline(__always) static func combine(_ phrase: UInt64, _ token: UInt64) -> UInt64 {
        let h = (phrase ^ (token &* 0x9E37_79B9_7F4A_7C15)) &* prime &+ 0x632B_E59B_D9B4_E019
        return h == 0 ? 1 : h
    }
}
