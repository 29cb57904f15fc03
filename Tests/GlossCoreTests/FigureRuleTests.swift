import Testing

@testable import GlossCore

/// Each figure rule alone: the span with every rule, and what is left when that one is out.
@Suite("Figure rules, one at a time")
struct FigureRuleTests {
    /// The figures of `text` as strings, built by every rule but `without`.
    static func figures(_ text: String, without: FigureRule? = nil) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let finder = FigureFinder(TokenView(TokenizedText(scalars)))
        if let r = without { finder.rules.removeAll { $0 == r } }
        finder.run()
        return finder.figures.map { String(String.UnicodeScalarView(scalars[$0.range.start..<$0.range.end])) }
    }

    @Test(
        "Each rule widens or stops the figure it is named for",
        arguments: [
            (FigureRule.currencyBefore, "The fee was US$ 5,000 a year.", ["US$ 5,000"], ["5,000"]),
            (.multiplier, "They raised 4 million in May.", ["4 million"], ["4"]),
            (.andAHalf, "It took three and a half years.", ["three and a half years"], ["three", "a half years"]),
            (.dashRange, "Some 10-15 boats came.", ["Some 10-15"], ["Some 10", "15"]),
            (.toRange, "Fares rose 20 to 30 percent.", ["20 to 30 percent"], ["20", "30 percent"]),
            (.ratio, "One in three voters stayed home.", ["One in three"], ["One", "three"]),
            (.compound, "A 59-year-old man spoke.", ["59-year-old"], ["59"]),
            (.unitAfter, "Prices fell 80 percent.", ["80 percent"], ["80"]),
            (.qualifierBefore, "It cost more than 40 dollars.", ["more than 40 dollars"], ["40 dollars"]),
        ])
    func ruleAlone(_ rule: FigureRule, _ text: String, _ with: [String], _ without: [String]) {
        #expect(Self.figures(text) == with)
        #expect(Self.figures(text, without: rule) == without)
    }

    @Test func aScoreIsNoFigureOnlyByTheRangeRule() {
        #expect(Self.figures("The club won 3-2 at home.") == [])
        #expect(Self.figures("The club won 3-2 at home.", without: .dashRange) == ["3", "2"])
    }

    @Test func normalizeMakesAPercentageAFraction() {
        let scalars = Array("Turnout was 80 percent.".unicodeScalars)
        let finder = FigureFinder(TokenView(TokenizedText(scalars)))
        finder.run()
        #expect(finder.figures.first?.value == 0.8)
        let raw = FigureFinder(TokenView(TokenizedText(scalars)))
        raw.rules.removeAll { $0 == .normalize }
        raw.run()
        #expect(raw.figures.first?.value == 80)
    }
}
