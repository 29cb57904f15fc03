/// Counts words: maximal runs of letters and digits, joined by inner apostrophes and hyphens.
public enum WordCounter {
    public static func count<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        var count = 0
        var inWord = false
        for s in scalars {
            let p = s.properties
            if p.isAlphabetic || p.numericType != nil {
                if !inWord { count += 1; inWord = true }
            } else if inWord && (s == "'" || s == "\u{2019}" || s == "-") {
                continue  // stays inside the word if letters follow
            } else {
                inWord = false
            }
        }
        return count
    }
}
