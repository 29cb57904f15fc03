import Foundation
import GlossTestSupport
import Testing

@testable import GlossCore

/// Golden listings of everything the analysis finds in the shipped articles
/// (`Snapshots/analysis/<article>.dump`): a rule change that moves any span shows as a diff to
/// review. `GLOSS_RECORD_SNAPSHOTS=1 swift test --filter AnalysisDumpTests` records them again.
@Suite("Analysis dumps of the shipped articles")
struct AnalysisDumpTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let library = try? Library.load(from: here.appendingPathComponent("../../Articles").standardized)
    static let stems = (library?.articles ?? []).map(\.stem).sorted()

    @Test func everyShippedArticleIsListed() {
        #expect(Self.stems.count == 13)
    }

    @Test(arguments: stems)
    func dumpMatchesTheGoldenFile(_ stem: String) throws {
        let library = try #require(Self.library)
        let article = try #require(library.articles.first { $0.stem == stem })
        let dump = Analyzer.analyze(article).dump(of: article.scalars)
        assertSnapshot(dump, file: stem + ".dump", in: Self.here.appendingPathComponent("Snapshots/analysis"))
    }

    @Test func theDumpListsEveryKindOfSpan() {
        let text = Array(
            "Mayor Ines Calder visited Lisbon on Monday.\n\n“We will build 40 homes,” Calder said.\n".unicodeScalars)
        let dump = Analyzer.analyze(scalars: text, blocks: []).dump(of: text)
        #expect(dump.contains("q1 speech "), "\(dump)")
        #expect(dump.contains("| speaker \"Ines Calder\""), "\(dump)")
        #expect(dump.contains("#1 \"Ines Calder\""), "\(dump)")
        #expect(dump.contains("\"Lisbon\""), "\(dump)")
        #expect(dump.contains("\"40\" = 40.0"), "\(dump)")
        #expect(dump.contains("dates 1"), "\(dump)")
    }
}
