import Foundation
import GlossCore

@testable import GlossIndex

/// A library folder and an index file in a fresh temporary folder, removed when released.
final class IndexFixture: @unchecked Sendable {
    let folder: URL
    let library: URL
    let indexURL: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-index-test-\(UUID().uuidString)", isDirectory: true)
        library = folder.appendingPathComponent("library", isDirectory: true)
        indexURL = folder.appendingPathComponent("cache/index.sqlite")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Writes an article, dated `age` seconds ago (old enough by default that its time settles).
    @discardableResult
    func write(_ relative: String, _ text: String, age: TimeInterval = 60) throws -> URL {
        let file = library.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        if age > 0 { try setAge(relative, age) }
        return file
    }

    func setAge(_ relative: String, _ age: TimeInterval) throws {
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(-age)],
            ofItemAtPath: library.appendingPathComponent(relative).path)
    }

    func files() throws -> [LibraryFile] {
        Library.sortedByID(try Library.scan(library).files, id: \.id)
    }

    func open() throws -> LibraryIndex { try LibraryIndex(url: indexURL) }

    /// One indexing run over the library as it is now.
    func update(_ index: LibraryIndex?, keep: Bool = false, beforeRead: (@Sendable (String) -> Void)? = nil)
        async throws -> LibraryIndexer.Update
    {
        var indexer = LibraryIndexer(index: index)
        indexer.beforeRead = beforeRead
        indexer.batchSize = 2
        let scanned = LibraryIndexer.now()
        return try await indexer.update(try files(), scanned: scanned, keepAnalyses: keep)
    }

    /// What a fresh analysis of the library finds: summaries and analyses by id.
    func fresh() throws -> (summaries: [ArticleSummary], analyses: [String: AnalysedArticle]) {
        let loaded = try Library.load(from: library)
        let notes = Dictionary(grouping: loaded.warnings, by: \.path)
        var summaries: [ArticleSummary] = []
        var analyses: [String: AnalysedArticle] = [:]
        for article in loaded.articles {
            let analysis = analyze(article)
            let path = (try files()).first { $0.id == article.id }!.displayPath
            summaries.append(ArticleSummary(article, analysis, warnings: notes[path] ?? []))
            analyses[article.id] = AnalysedArticle(article, analysis)
        }
        return (summaries, analyses)
    }

    /// Three articles of our own words: quotes with speakers, people with aliases, places, figures.
    func writeSample() throws {
        try write(
            "harbour.txt",
            """
            Harbour plan approved

            Mayor Elena Varga said the new harbour wall would cost $12 million. “We start in March,” Varga said.

            The council in Brightwater voted 7 to 2. Critics, led by Tomas Reed, called it “a wall of debt”.
            """)
        try write(
            "news/orchard.md",
            """
            ---
            title: Orchard reopens
            author: P. Lind
            date: 2024-05-01
            ---
            # Orchard reopens

            About 300 people came to the orchard near Millford on Saturday. “It smells like spring,” said Anna Holt.
            Holt, who runs the orchard, expects 20 percent more visitors this year.
            """)
        try write(
            "news/rail.html",
            """
            <html><head><title>Rail line delayed</title></head><body>
            <p>The rail line to Eastport will open two years late, Minister Jonas Bell said on Monday.</p>
            <p>“Nobody is happy about this,” Bell told reporters. The line will carry 40,000 passengers a day.</p>
            </body></html>
            """)
    }

    static func summaries(_ update: LibraryIndexer.Update) -> [ArticleSummary] {
        update.items.compactMap { if case .article(let s, _, _, _) = $0 { return s } else { return nil } }
    }

    static func rowIDs(_ update: LibraryIndexer.Update) -> [String: Int64] {
        var out: [String: Int64] = [:]
        for item in update.items { if case .article(let s, let id?, _, _) = item { out[s.id] = id } }
        return out
    }
}
