/// Pairs quotation marks into quotes (speaker not yet attributed).
enum QuoteFinder {
    static func find(in text: TokenizedText, blocks: [Block]) -> [Quote] {
        []  // Issue B: pairing, nesting, multi-paragraph quotes, apostrophes, kinds.
    }
}
