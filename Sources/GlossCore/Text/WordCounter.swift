/// Counts words: maximal runs of letters and digits, joined by inner apostrophes and hyphens
/// (`don't`, `well-being`) and, between digits, by thousands and decimal separators (`11,800`).
public enum WordCounter {
    public static func count<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        var count = 0
        var inWord = false
        var lastWasDigit = false
        for s in scalars {
            let v = s.value
            let isDigit = v >= 0x30 && v <= 0x39
            if isDigit
                || (v < 0x80
                    ? (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A
                    : s.properties.isAlphabetic || s.properties.numericType != nil)
            {
                if !inWord {
                    count += 1
                    inWord = true
                }
                lastWasDigit = isDigit
            } else if inWord && (s == "'" || s == "\u{2019}" || s == "-" || (lastWasDigit && (s == "," || s == "."))) {
                lastWasDigit = false
                continue  // stays inside the word if a letter or digit follows
            } else {
                inWord = false
                lastWasDigit = false
            }
        }
        return count
    }
}
