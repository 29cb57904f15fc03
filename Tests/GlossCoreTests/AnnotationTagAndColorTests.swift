import Foundation
import Testing

@testable import GlossCore

/// One rule for tags everywhere (commas separate them) and colours from the palette.
@Suite struct AnnotationTagAndColorTests {
    @Test func commasSeparateTagsInEveryField() throws {
        #expect(Annotation.tagList(" follow up ,claim,, ") == ["follow up", "claim"])
        #expect(try Annotation.normalizedTags(["a,b", "c"]) == ["a", "b", "c"])
        #expect(throws: AnnotationError.self) { try Annotation.normalizedTag("a,b") }
        #expect(throws: AnnotationError.self) { try Annotation.normalizedTags([" , "]) }
        let article = Article(
            id: "x", title: "x", text: "Some words here.", blocks: [Block(kind: .paragraph, range: TextRange(0, 16))])
        let a = try Annotation(article: article, range: TextRange(0, 4), tags: ["claim, check"])
        #expect(a.tags == ["claim", "check"])
        let edited = try AnnotationEdit(addTags: ["x,y"], removeTags: ["claim"]).applied(to: a, now: Date())
        #expect(edited.tags == ["check", "x", "y"])
    }

    @Test func tagErrorsReadAsSentences() {
        for (tag, reason) in [
            ("", "is empty"), (String(repeating: "t", count: 65), "is longer than 64"),
            ("a\u{7}b", "contains control characters"),
        ] {
            do {
                _ = try Annotation.normalizedTag(tag)
                Issue.record("\(tag) accepted")
            } catch {
                guard case .invalidTag(_, let r) = error else {
                    Issue.record("\(error)")
                    continue
                }
                #expect(r.hasPrefix(reason), "\(r)")
            }
        }
    }

    @Test func coloursComeFromThePalette() throws {
        #expect(try Annotation.normalizedColor(" Green ") == "green")
        #expect(try Annotation.normalizedColor("grey") == "gray")
        #expect(throws: AnnotationError.invalidColor(color: "chartreuse")) {
            try Annotation.normalizedColor("chartreuse")
        }
        #expect(Annotation.colors.count == 8)
    }

    @Test func plainASCIITagsSkipTheUnicodeChecksOnlyWhenTheyAreAlreadyNormal() throws {
        let samples = [
            "check", "follow up", "a  b", " a", "a ", "a,b", "tab\there", "caf\u{E9}", "del\u{7F}", "", " ",
            String(repeating: "x", count: Annotation.maxTagLength),
            String(repeating: "x", count: Annotation.maxTagLength + 1),
            "x-1/2", "line\nbreak",
        ]
        var fast = 0
        for sample in samples where Annotation.isPlainASCIITag(sample) {
            fast += 1
            #expect(try Annotation.normalizedTagByScalars(sample) == sample, "\(sample)")
        }
        #expect(fast == 4)  // check, follow up, 64 x, x-1/2
        #expect(
            !Annotation.isPlainASCIITag("a  b") && !Annotation.isPlainASCIITag("a,b")
                && !Annotation.isPlainASCIITag(" a"))
    }
}

@Suite struct QuotedTextTests {
    @Test func aPassageIsQuotedOnceEvenWhenItIsAQuotation() {
        #expect(QuotedText.wrap("they waited") == "\u{201C}they waited\u{201D}")
        #expect(QuotedText.wrap("\u{201C}They waited\u{201D}") == "\u{201C}They waited\u{201D}")
        #expect(QuotedText.wrap("\u{201C}They waited…") == "\u{201C}They waited…\u{201D}")
        #expect(QuotedText.wrap("\"plain\"") == "\u{201C}plain\u{201D}")
        #expect(QuotedText.wrap("") == "\u{201C}\u{201D}")
    }
}

@Suite struct FigureTextTests {
    @Test func valuesReadAsPeopleWriteThem() {
        let r = TextRange(0, 1)
        #expect(FigureText.value(of: Figure(range: r, value: 0.3, unit: "percent")) == "30 %")
        #expect(FigureText.value(of: Figure(range: r, value: 0.045, unit: "percent")) == "4.5 %")
        #expect(FigureText.value(of: Figure(range: r, value: 2.0 / 3.0)) == "0.67")
        #expect(FigureText.value(of: Figure(range: r, value: 370, unit: "people")) == "370 people")
        #expect(FigureText.value(of: Figure(range: r, value: 2e9, unit: "USD")) == "2000000000 USD")
        #expect(FigureText.value(of: Figure(range: r, value: 0.004)) == "0.004")
        #expect(FigureText.value(of: Figure(range: r, value: nil, unit: "km")) == "km")
    }
}
