import Testing

@testable import GlossCore

@Suite("Figures")
struct FigureTests {
    @Test func cardinalsWithSeparatorsDecimalsAndFractions() {
        let r = Recognized("Officials counted 412 boats, 23,750 crates, 2.5 tonnes of grain and 7½ bales.")
        #expect(r.figure("412")?.value == 412)
        #expect(r.figure("23,750")?.value == 23750)
        #expect(r.figure("2.5 tonnes")?.value == 2.5)
        #expect(r.figure("2.5 tonnes")?.unit == "t")
        #expect(r.figure("7½")?.value == 7.5)
    }

    @Test func scoresAndIdiomsWithOneAreNotFigures() {
        let r = Recognized(
            "It was a one-off grant. The board passed it in a 4–1 vote and the club won 3-2, while 10-15 people waited one-year terms for $5-3 deals."
        )
        #expect(r.figure("4–1") == nil && r.figure("3-2") == nil && r.figure("4") == nil && r.figure("1") == nil)
        #expect(r.figure("one-off") == nil && r.figure("one") == nil)
        #expect(r.figure("10-15")?.value == 10)
        #expect(r.figure("one-year")?.unit == "year")
    }

    @Test func numberWordsAndMultipliers() {
        let r = Recognized(
            "Hundreds fled, tens of thousands stayed, a few thousand returned, and a thousand more waited for seventy-two hours."
        )
        #expect(r.figures == ["Hundreds", "tens of thousands", "a few thousand", "a thousand", "seventy-two hours"])
        #expect(r.figure("a thousand")?.value == 1000)
        #expect(r.figure("seventy-two hours")?.value == 72)
        #expect(r.figure("seventy-two hours")?.unit == "hour")
        #expect(r.figure("Hundreds")?.value == nil)
    }

    @Test func fractions() {
        let r = Recognized("Nearly three quarters of voters agreed, while half of them left and a quarter stayed home.")
        let f = r.figure("Nearly three quarters")
        #expect(f?.value == 0.75)
        #expect(f?.qualifier == "nearly")
        #expect(r.figure("a quarter")?.value == 0.25)
        let h = Recognized("Almost two-thirds voted.").figure("Almost two-thirds")
        #expect(abs((h?.value ?? 0) - 2.0 / 3) < 1e-9)
        #expect(h?.unit == nil)
    }

    @Test func andAHalf() {
        let r = Recognized("She won by nearly three and a half minutes after 2 and a half hours.")
        #expect(r.figure("nearly three and a half minutes")?.value == 3.5)
        #expect(r.figure("2 and a half hours")?.unit == "hour")
    }

    @Test func percentages() {
        let r = Recognized("Turnout rose to 64 percent, then 71%, and finally 77 per cent, up two percentage points.")
        #expect(r.figure("64 percent")?.value == 0.64)
        #expect(r.figure("71%")?.unit == "percent")
        #expect(r.figure("77 per cent")?.value == 0.77)
        #expect(r.figure("two percentage points")?.unit == "percentage point")
    }

    @Test func money() {
        let r = Recognized(
            "The port cost $3.2 billion, rivals spent millions of dollars, a loan of €40m came later and fines reached 25,000 pesos."
        )
        let port = r.figure("$3.2 billion")
        #expect(port?.value == 3.2e9)
        #expect(port?.unit == "USD")
        #expect(r.figure("millions of dollars")?.unit == "USD")
        #expect(r.figure("€40m")?.value == 40e6)
        #expect(r.figure("€40m")?.unit == "EUR")
        #expect(r.figure("25,000 pesos")?.unit == "MXN")
    }

    @Test func currencyPrefixes() {
        let r = Recognized("She was paid US$ 15,000 and then NZ $ 9 million.")
        #expect(r.figure("US$ 15,000")?.unit == "USD")
        #expect(r.figure("NZ $ 9 million")?.unit == "NZD")
        #expect(r.figure("NZ $ 9 million")?.value == 9e6)
    }

    @Test func agesAndCompounds() {
        let r = Recognized("A 42-year-old nurse, a 7 year old boy and an 86-page report.")
        #expect(r.figure("42-year-old")?.value == 42)
        #expect(r.figure("42-year-old")?.unit == "year")
        #expect(r.figure("7 year old")?.value == 7)
        #expect(r.figure("86-page")?.value == 86)
    }

    @Test func measuresAndDurations() {
        let r = Recognized(
            "The trail is 12 km long, the truck carried 18 tons, it was 31°C at noon and the climb took three weeks.")
        #expect(r.figure("12 km")?.unit == "km")
        #expect(r.figure("18 tons")?.unit == "t")
        #expect(r.figure("31°C")?.unit == "°C")
        #expect(r.figure("three weeks")?.value == 3)
        #expect(r.figure("three weeks")?.unit == "week")
    }

    @Test func ranges() {
        let r = Recognized("Each trip takes 6-8 days, and between 40 and 60 people go.")
        #expect(r.figures.contains("6-8 days"))
        #expect(r.figure("between 40 and 60")?.qualifier == "between")
    }

    @Test func rangesRepeatTheirSignScaleAndUnit() {
        let r = Recognized(
            "Damage is put at between $200 million and $300 million; rents rose between 5% and 7% and between 3 and 4 percent elsewhere."
        )
        #expect(r.figures == ["between $200 million and $300 million", "between 5% and 7%", "between 3 and 4 percent"])
        #expect(r.figure("between $200 million and $300 million")?.value == 200_000_000)
        #expect(r.figure("between $200 million and $300 million")?.unit == "USD")
        #expect(r.figure("between 5% and 7%")?.value == 0.05)
        #expect(r.figure("between 3 and 4 percent")?.value == 0.03)
        #expect(r.figure("between 3 and 4 percent")?.unit == "percent")
    }

    @Test func qualifiersAreInTheSpan() {
        let r = Recognized(
            "More than 900 people signed, at least 40 left, up to 15 returned, about 3,100 waited, nearly 60 cried and over 12 laughed."
        )
        #expect(r.figures == ["More than 900", "at least 40", "up to 15", "about 3,100", "nearly 60", "over 12"])
        #expect(r.figure("More than 900")?.qualifier == "more than")
        #expect(r.figure("at least 40")?.qualifier == "at least")
        #expect(r.figure("up to 15")?.qualifier == "up to")
    }

    @Test func yearsDatesTimesOrdinalsAndNamesAreNotFigures() {
        let r = Recognized(
            "On March 3, 2019, at 10:30, the 5th convoy left Terminal 2 on Route 66, as in 1998; STS-7 flew in the 1980s."
        )
        #expect(r.figures.isEmpty)
        #expect(r.dates.contains("March 3, 2019"))
        #expect(r.dates.contains("1998"))
    }

    @Test func pronounOneIsNotAFigure() {
        let r = Recognized(
            "No one came, but the new one was ready and one that failed was fixed. Only one bus arrived.")
        #expect(r.figures == ["one"])
    }

    @Test func scoresAreSeparateFigures() {
        let r = Recognized("Portugal beat Ghana 3 – 2 in the final.")
        #expect(r.figures == ["3", "2"])
    }

    @Test func ratio() {
        let r = Recognized("One in five adults smoke, and 3 in 10 teenagers vape, while 5 in 2019 quit.")
        #expect(r.figures == ["One in five", "3 in 10", "5"])
    }

    @Test func ordinalsAfterAAreNotFractions() {
        let r = Recognized("Roughly a fifth of voters backed a fifth term, and a third goal came late.")
        #expect(r.figures == ["Roughly a fifth"])
        #expect(r.figure("Roughly a fifth")?.value == 0.2)
    }

    @Test func numbersTooLongForAnIntegerAreFiguresNotCrashes() {
        // Twenty digits, and nineteen above 2^63: neither is a day of the month or a year.
        let r = Recognized("The ledger showed 12345678901234567890 coins on 9999999999999999999 March and 3 May.")
        #expect(abs((r.figure("12345678901234567890")?.value ?? 0) - 1.2345678901234567e19) < 1e6)
        #expect(r.result.figures.allSatisfy { $0.value?.isFinite ?? true })
        #expect(r.result.dates.map(r.string).contains("3 May"))
    }

    @Test func aValueTooLargeForADoubleIsKeptAsTextOnly() {
        let huge = "1" + String(repeating: ",000", count: 103)
        let r = Recognized("The model predicted \(huge) grains of sand.")
        let f = r.figure(huge)
        #expect(f != nil)
        #expect(f?.value == nil)
    }

    @Test func theImpersonalOneIsNoCount() {
        let r = Recognized(
            "When one is abroad, one must learn fast. The climb was an easy one. Only one was hurt, and one of them limped."
        )
        #expect(r.figures == ["one", "one"], "\(r.figures)")
    }

    @Test func headingAndLabelNumbersAreNoFigures() {
        let r = Recognized(
            "1. Background\n\nSee Extract 2 above, Table 3 and \u{00A7} 6 for the 40 farms.\n\n4.1. RESULTS\n\n2) Costs rose by 9 percent."
        )
        #expect(r.figures == ["40", "9 percent"], "\(r.figures)")
    }

    @Test func threeDigitYearsOfHistoryAreDates() {
        let r = Recognized(
            "The abbot was born around 347 AD and died in 420. In 373, he left; c. 480 the town grew. They counted 347 boats in 300 cities."
        )
        #expect(r.figures == ["347", "300"], "\(r.figures)")
    }

    @Test func aCommaGroupsThousandsOnlyBeforeThreeDigits() {
        let r = Recognized("Earlier surveys [4,5] and [12,13,14] found 11,800 voles, and 2,500,000 beetles.")
        #expect(r.figures == ["4", "5", "12", "13", "14", "11,800", "2,500,000"], "\(r.figures)")
        #expect(r.result.figures.last?.value == 2_500_000)
    }

    @Test func aSectionNumberBeforeAHeadingIsNoFigure() {
        let r = Recognized(
            "2.3 Measuring the Flow\n\n10: Why Rivers Bend\n\n1 Introduction\n\n12. \u{201C}Notes on Clay\u{201D}\n\n4 km of dykes were built.\n\n7 of them held."
        )
        #expect(r.figures == ["4 km", "7"], "\(r.figures)")
    }

    @Test func moreYearsOfHistoryAreDates() {
        let r = Recognized(
            "She was born on 30 May 290. She died in April of 312. He ruled c. 214 \u{2013} 240 and served 1910 \u{2013} 12. The wall dates from 2500 BC. In 310 Marcus left. The class of \u{2019}84 met. In 2010 - 15 people came."
        )
        #expect(r.figures == ["15"], "\(r.figures)")
        #expect(r.dates.contains("30 May 290") && r.dates.contains("April of 312"), "\(r.dates)")
        #expect(r.dates.contains("214 \u{2013} 240") && r.dates.contains("1910 \u{2013} 12"), "\(r.dates)")
        #expect(r.dates.contains("2500 BC") && r.dates.contains("310") && r.dates.contains("84"), "\(r.dates)")
    }

    @Test func compoundOrdinalsAreNoFigures() {
        let r = Recognized("The twenty-first session met, and the Forty-Second Regiment had twenty-two drummers.")
        #expect(r.figures == ["twenty-two"], "\(r.figures)")
    }
}
