import Testing

@testable import GlossCore

/// Each name rule alone: the candidates with every rule, and what changes when one is out.
@Suite("Name rules, one at a time")
struct NameRuleTests {
    /// The candidates the name finder proposes for `text`, as `kind:name` (with `[title]`),
    /// classified by every rule but `without`.
    static func candidates(_ text: String, without: NameRule? = nil) -> [String] {
        let view = TokenView(TokenizedText(Array(text.unicodeScalars)))
        let figures = FigureFinder(view)
        figures.run()
        let finder = NameFinder(view, used: figures.used)
        if let r = without { finder.rules.removeAll { $0 == r } }
        finder.run()
        return finder.candidates.sorted { $0.a < $1.a }.map { c in
            "\(c.kind):" + view.string(c.a, c.b) + (c.title.map { " [\($0)]" } ?? "")
        }
    }

    @Test func everyRuleIsTriedInOrder() {
        #expect(NameRule.allCases.first == .leadingWords && NameRule.allCases.last == .multiUnit)
    }

    @Test func theTitleRuleSplitsTheTitleOff() {
        let text = "Yesterday Fisheries Minister Lena Ortiz Bravo spoke."
        #expect(
            Self.candidates(text).contains("person:Lena Ortiz Bravo [Fisheries Minister]"), "\(Self.candidates(text))")
        #expect(!Self.candidates(text, without: .title).contains("person:Lena Ortiz Bravo [Fisheries Minister]"))
    }

    @Test func theKeywordRuleMakesOrganizationsAndKeepsThePlaceAfterOf() {
        let text = "She studied at the University of Toronto last year."
        #expect(Self.candidates(text).contains("organization:University of Toronto"), "\(Self.candidates(text))")
        #expect(Self.candidates(text).contains("place:Toronto"), "\(Self.candidates(text))")
        #expect(!Self.candidates(text, without: .keyword).contains("organization:University of Toronto"))
    }

    @Test func theConnectorRuleSplitsAList() {
        let text = "Trade with Mexico and Guatemala grew."
        // One word alone is left undecided here: the linker reads it with the whole article.
        let all = Self.candidates(text)
        #expect(all.contains("undecided:Mexico") && all.contains("undecided:Guatemala"), "\(all)")
    }

    @Test func theParticleRuleKeepsANameWhole() {
        let text = "A letter from Ursula von der Leyen arrived."
        #expect(Self.candidates(text).contains { $0.hasSuffix(":Ursula von der Leyen") }, "\(Self.candidates(text))")
        #expect(!Self.candidates(text, without: .particles).contains { $0.hasSuffix(":Ursula von der Leyen") })
    }

    @Test func thePersonOfOrganizationRuleSplitsAtOf() {
        let text = "The report by Nora Blake of the Evening Courier was read."
        let all = Self.candidates(text)
        #expect(all.contains("person:Nora Blake"), "\(all)")
        #expect(!Self.candidates(text, without: .personOfOrganization).contains("person:Nora Blake"))
    }
}
