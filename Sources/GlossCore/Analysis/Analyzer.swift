/// Finds quotes and their speakers, people, places, organizations and figures in an article.
///
/// Pure and deterministic: the same text always gives the same analysis. The stages run in
/// order: quotation marks are paired first (so names inside and outside quotes are known to
/// be so), then named entities and figures, then each speech quote is attributed.
public enum Analyzer {
    public static func analyze(_ article: Article) -> Analysis {
        analyze(scalars: article.scalars, blocks: article.blocks)
    }

    public static func analyze(scalars: [Unicode.Scalar], blocks: [Block]) -> Analysis {
        let text = TokenizedText(scalars)
        var quotes = QuoteFinder.find(in: text, blocks: blocks)
        let recognized = EntityRecognizer.recognize(in: text, quotes: quotes)
        SpeakerAttributor.attribute(&quotes, in: text, entities: recognized.entities)
        return Analysis(
            quotes: quotes, entities: recognized.entities, figures: recognized.figures, dates: recognized.dates)
    }
}

/// The article's analysis: `analyze(article)`.
public func analyze(_ article: Article) -> Analysis { Analyzer.analyze(article) }
