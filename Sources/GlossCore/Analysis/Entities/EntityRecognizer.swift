/// Finds people, places, organizations, figures and dates.
enum EntityRecognizer {
    struct Result {
        var entities: [Entity] = []
        var figures: [Figure] = []
        var dates: [TextRange] = []
    }

    static func recognize(in text: TokenizedText, quotes: [Quote]) -> Result {
        Result()  // Issue B: gazetteer + context rules, alias linking, figures with values.
    }
}
