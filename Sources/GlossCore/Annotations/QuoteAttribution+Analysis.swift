extension QuoteAttribution {
    /// The speaker of the quote a passage falls in, as the analysis found it: the words the
    /// text uses for them (`she`, `the minister`) and the resolved entity's canonical name.
    /// Nil when the passage is in no attributed quote.
    public init?(passage range: TextRange, in article: Article, analysis: Analysis) {
        guard let quote = analysis.quotes.first(where: { q in q.segments.contains { $0.overlaps(range) } }),
            let speaker = quote.speaker
        else { return nil }
        let words = article.text(in: speaker.mention)
        let entity = speaker.entityID.flatMap { analysis.entity($0) }?.canonicalName ?? speaker.name
        self.init(speaker: words.isEmpty ? speaker.name : words, entity: entity)
    }
}
