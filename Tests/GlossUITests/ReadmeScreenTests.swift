import Foundation
import GlossCore
import Testing

@testable import GlossUI

/// The README's sample of the library screen is the real screen: the shipped articles, the
/// real analysis, rendered at the sample's size. `GLOSS_RECORD_README=1` rewrites the sample
/// (review the diff before committing) when the analysis or the screen changes.
@Suite struct ReadmeScreenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The lines of the README code block whose first line starts with `marker`, and where it is.
    /// The captures of the search results and the facet panel (` · search `, ` articles with `)
    /// are other screens.
    static func block(startingWith marker: String, in readme: [String]) -> Range<Int>? {
        let isSample = { (line: String) in
            line.hasPrefix(marker) && !line.contains(" · search ") && !line.contains(" articles with ")
        }
        guard let first = readme.firstIndex(where: isSample), first > 0, readme[first - 1] == "```",
            let end = readme[first...].firstIndex(of: "```")
        else { return nil }
        return first..<end
    }

    @Test func theLibrarySampleIsWhatTheScreenShows() throws {
        let readmeURL = Self.root.appendingPathComponent("README.md")
        var readme = try String(contentsOf: readmeURL, encoding: .utf8).components(separatedBy: "\n")
        let range = try #require(Self.block(startingWith: " Gloss · ", in: readme), "no library sample in the README")
        let sample = Array(readme[range])
        let width = 100  // the README's code blocks are 100 columns
        let library = try Library.load(from: Self.root.appendingPathComponent("Articles"))
        let entries = library.articles.map { article in
            var entry = LibraryEntry(article)
            entry.counts = ArticleCounts(Analyzer.analyze(article))
            return entry
        }
        let state = AppState(
            size: Size(width: width, height: sample.count),
            library: LibraryState(entries: entries, location: "Articles"))
        func trimmed(_ line: String) -> String {
            var l = line
            while l.hasSuffix(" ") { l.removeLast() }
            return l
        }
        let screen = ScreenRenderer.render(state, theme: Theme(depth: .monochrome)).buffer.textLines().map(trimmed)
        let trimmedSample = sample.map(trimmed)
        if ProcessInfo.processInfo.environment["GLOSS_RECORD_README"] == "1" {
            readme.replaceSubrange(range, with: screen)
            try readme.joined(separator: "\n").write(to: readmeURL, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            screen == trimmedSample,
            "README's library sample is out of date: run GLOSS_RECORD_README=1 swift test --filter ReadmeScreenTests")
    }
}
