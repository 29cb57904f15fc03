import Foundation

/// How search compares text: accents folded (`é` → `e`, `ñ` → `n`), every apostrophe and
/// single quotation mark as `'` (`’`, `‘`, `ʼ`, `′`, backtick and acute accent), white space as
/// a space and, unless the search is case-sensitive, lower case. One scalar in, one scalar out,
/// so offsets into folded text are offsets into the article.
///
/// The same folding serves the in-article search (`/`) and the library search, so `lopez`
/// finds `López` and `trump's` finds `Trump’s` in both.
public enum SearchFolding {
    /// The folded value of one scalar.
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar, caseSensitive: Bool) -> UInt32 {
        let v = s.value
        if v < 0x80 {
            if v == 0x0A || v == 0x0D || v == 0x09 { return 0x20 }
            if v == 0x60 { return 0x27 }
            if !caseSensitive, v >= 0x41, v <= 0x5A { return v + 0x20 }
            return v
        }
        switch v {
        case 0x2018, 0x2019, 0x201B, 0x02BC, 0x2032, 0x00B4, 0xFF07: return 0x27
        default: break
        }
        if s.properties.isWhitespace { return 0x20 }
        let lowered = caseSensitive ? v : lower(s)
        if let base = latinBase[lowered] { return base }
        return lowered
    }

    /// `text` folded, scalar for scalar.
    public static func fold(_ text: String, caseSensitive: Bool) -> [UInt32] {
        text.unicodeScalars.map { fold($0, caseSensitive: caseSensitive) }
    }

    /// True when a query asks for a case-sensitive search (smart case: it has a capital letter).
    public static func isCaseSensitive(_ query: String) -> Bool {
        query.unicodeScalars.contains { $0.properties.isUppercase }
    }

    /// The one-scalar lower-case mapping, or the scalar itself when lower-casing would change
    /// the scalar count.
    static func lower(_ s: Unicode.Scalar) -> UInt32 {
        guard s.properties.changesWhenLowercased else { return s.value }
        let mapped = s.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : s.value
    }

    /// Latin letters with diacritics → their base letter, from the canonical decompositions of
    /// Latin-1, Latin Extended-A and -B and Latin Extended Additional (the letters a full-text
    /// index's diacritic folding covers). Built once.
    static let latinBase: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        let ranges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]
        for range in ranges {
            for v in range {
                guard let s = Unicode.Scalar(v) else { continue }
                let decomposed = String(Character(s)).decomposedStringWithCanonicalMapping.unicodeScalars
                guard decomposed.count > 1, let first = decomposed.first, first.value < 0x80,
                    decomposed.dropFirst().allSatisfy({ $0.properties.generalCategory == .nonspacingMark })
                else { continue }
                table[v] = first.value
            }
        }
        // Letters without a decomposition that folding should still reach.
        for (from, to) in [
            (0x00F8, 0x6F), (0x00D8, 0x4F), (0x0142, 0x6C), (0x0141, 0x4C), (0x0111, 0x64), (0x0110, 0x44),
        ] as [(UInt32, UInt32)] {
            table[from] = to
        }
        return table
    }()
}
