/// What the words inside one quote segment look like.
struct QuoteShape {
    /// Words between the marks, counted up to `maxWords` (the rules only ask about a few).
    var words = 0
    /// The first letter inside is upper case.
    var capitalized = false
    /// The text inside ends with `.`, `!`, `?`, `,`, `;`, `:`, `…` or a dash, as said words do.
    var endsLikeSentence = false
    /// The last scalar inside the marks that is not white space.
    var last: Unicode.Scalar = " "

    static let maxWords = 10

    init(_ segment: TextRange, _ scalars: [Unicode.Scalar]) {
        var a = segment.start, b = segment.end
        if a < b, QuoteFamily.of(scalars[a]) != nil { a += 1 }
        if b > a, QuoteFamily.of(scalars[b - 1]) != nil { b -= 1 }
        // `''doubled''` apostrophes: the second of each pair is a mark too.
        if a < b, a > segment.start, scalars[a - 1] == "'", scalars[a] == "'" { a += 1 }
        if b > a, b < segment.end, scalars[b] == "'", scalars[b - 1] == "'" { b -= 1 }
        var i = a
        var inWord = false
        var sawLetter = false
        while i < b && words <= Self.maxWords {
            let s = scalars[i]
            let w = QuoteScanner.isWordScalar(s)
            if w && !inWord { words += 1 }
            inWord = w
            if !sawLetter && w && !Tokenizer.isDigit(s) {
                sawLetter = true
                capitalized = Tokenizer.isUpper(s)
            }
            i += 1
        }
        var j = b
        while j > a && Tokenizer.isSpace(scalars[j - 1]) { j -= 1 }
        // `“She said ‘not yet,’”`: the closing marks of a quote inside come after the punctuation
        // that ends this one. A mark after a letter stays (`the Joneses’`).
        var k = j
        while k > a && (QuoteFamily.of(scalars[k - 1]) != nil || Tokenizer.isSpace(scalars[k - 1])) { k -= 1 }
        if k < j, k > a, Self.endsLikeSaidWords(scalars[k - 1]) { j = k }
        if j > a { last = scalars[j - 1] }
        endsLikeSentence = Self.endsLikeSaidWords(last)
    }

    /// `.`, `!`, `?`, `,`, `;`, `:`, `…` or a dash, as said words end (`“We will—”`); not
    /// `QuoteScanner.isClosingPunctuation`, which asks what may follow a closing mark.
    static func endsLikeSaidWords(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x21, 0x3F, 0x2C, 0x3B, 0x3A, 0x2026, 0x2014, 0x2013: return true
        default: return false
        }
    }
}
