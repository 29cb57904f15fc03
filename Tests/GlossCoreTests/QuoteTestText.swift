@testable import GlossCore

/// A text analysed for quotes only, with helpers to read spans back as strings.
struct QuoteTestText {
    let text: TokenizedText
    let quotes: [Quote]

    /// Paragraphs are separated by blank lines; `entities` are found with `mentions(of:)`.
    init(_ s: String, entities: [(EntityKind, String, [String])] = []) {
        let text = TokenizedText(Array(s.unicodeScalars))
        self.text = text
        var quotes = QuoteFinder.find(in: text, blocks: [])
        var list: [Entity] = []
        for (kind, name, surface) in entities {
            let mentions = surface.flatMap { QuoteTestText.ranges(of: $0, in: text.scalars) }.sorted()
            list.append(Entity(id: list.count, kind: kind, canonicalName: name, mentions: mentions))
        }
        SpeakerAttributor.attribute(&quotes, in: text, entities: list)
        self.quotes = quotes
    }

    func string(_ r: TextRange) -> String { text.string(r.start, r.end) }

    /// Each quote's segments as strings.
    var segments: [[String]] { quotes.map { $0.segments.map(string) } }

    /// The first segment of each quote.
    var spans: [String] { quotes.map { string($0.segments[0]) } }

    /// The quote whose first segment starts with `prefix` (marks included).
    func quote(_ prefix: String) -> Quote? { quotes.first { string($0.segments[0]).hasPrefix(prefix) } }

    /// The speaker mention's text of the quote starting with `prefix`.
    func mention(_ prefix: String) -> String? { quote(prefix)?.speaker.map { string($0.mention) } }

    static func ranges(of needle: String, in scalars: [Unicode.Scalar]) -> [TextRange] {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty, n.count <= scalars.count else { return [] }
        var out: [TextRange] = []
        for i in 0...(scalars.count - n.count) where Array(scalars[i..<(i + n.count)]) == n {
            out.append(TextRange(i, i + n.count))
        }
        return out
    }
}
