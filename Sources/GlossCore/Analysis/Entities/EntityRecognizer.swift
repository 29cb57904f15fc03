/// Finds people, places, organizations, figures and dates.
///
/// Figures and dates are found first so that their tokens (`April`, `1958`) are never read as
/// names; then capitalised runs are classified (`NameFinder`) and linked into one entity per
/// person, place or organization (`EntityLinker`). Quotes need no special treatment: names
/// inside them are found like any others.
enum EntityRecognizer {
    struct Result {
        var entities: [Entity] = []
        var figures: [Figure] = []
        var dates: [TextRange] = []
    }

    /// `tagger: false` keeps the rules' verdicts; `observe` sees every name the tagger would judge.
    static func recognize(
        in text: TokenizedText, quotes: [Quote], tagger: Bool = true, observe: EntityLinker.Observer? = nil
    ) -> Result {
        let view = TokenView(text)
        let figures = FigureFinder(view)
        figures.run()
        let names = NameFinder(view, used: figures.used)
        names.run()
        var linker = EntityLinker(view, finder: names, tagger: tagger && NameTagger.isTrained, observe: observe)
        let entities = linker.link()
        return Result(entities: entities, figures: figures.figures, dates: figures.dates)
    }
}
