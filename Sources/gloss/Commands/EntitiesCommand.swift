import ArgumentParser
import Foundation
import GlossCore
import GlossIndex
import GlossUI

/// Output formats of `gloss entities`.
enum EntitiesFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl
}

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Print the quotes (with speakers), people, places, organizations and figures of articles.",
        discussion: """
            Each ARTICLE is a library id, a bare name, or a path to a file. With no ARTICLE, every \
            article of the library. jsonl prints one span per line with Unicode code point offsets \
            into the text (for .txt files, the file itself). Results come from the library index \
            when it is fresh (--no-index analyses every article again).
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var index: IndexOptions

    @Argument(help: "Articles (ids, names or file paths).")
    var articles: [String] = []

    @Option(help: "Output format: table (default on a terminal), json or jsonl (default otherwise).")
    var format: EntitiesFormat?

    /// Where one article's analysis comes from: the indexer's items, or standard input.
    enum Source {
        case item(LibraryIndexer.Item)
        case analysed(AnalysedArticle)
    }

    func run() throws {
        let (sources, warnings, index) = try gather()
        defer { index?.close() }
        warnings.forEach(ErrorReport.warn)
        let format = self.format ?? (Output.stdoutIsTerminal ? .table : .jsonl)
        var out = Output()
        var json = JSONWriter(pretty: format == .json, capacity: 1 << 16)
        var reader = StoredAnalyses(index: index)
        if format == .json { json.beginArray() }
        var first = true
        for source in sources {
            guard let article = try reader.analysed(source) else { continue }
            switch format {
            case .jsonl:
                EntityRecords.writeLines(article, to: &out, json: &json)
            case .json:
                EntityRecords.writeDocument(article, to: &json)
                out.jsonPart(&json)
            case .table:
                if !first { out.line() }
                EntityTable.write(article, to: &out)
            }
            first = false
        }
        if format == .json {
            json.endArray()
            out.json(&json)
        }
        out.flush()
    }

    /// The articles to print, in order, with the warnings about them and the index that holds
    /// them. Every name is looked up once in one scan of the library (made only when a name
    /// needs it), and all the files go through the indexer together.
    private func gather() throws -> ([Source], [LibraryWarning], LibraryIndex?) {
        if articles.isEmpty {
            // Without the index the analyses stay in memory (there is nowhere to read them back from).
            let library = try IndexedLibrary.load(global: global, index: index, keepAnalyses: index.noIndex)
            let sources = library.items.compactMap { item -> Source? in
                if case .article = item { return .item(item) } else { return nil }
            }
            return (sources, library.warnings, library.index)
        }
        var scan: (names: ArticleNames, files: [LibraryFile])?
        var named: [Either] = []
        for name in articles {
            switch try GlobalOptions.classify(name) {
            case .standardInput:
                let article = try GlobalOptions.standardInputArticle()
                named.append(.analysed(AnalysedArticle(article, analyze(article))))
            case .file(let url):
                guard let (size, modified) = LibraryFile.currentStat(url.path) else {
                    throw LibraryError.unloadable(
                        path: name, problem: .unreadable(reason: String(cString: strerror(errno))))
                }
                named.append(
                    .file(
                        LibraryFile(
                            path: url.path, relativePath: url.lastPathComponent,
                            id: url.deletingPathExtension().lastPathComponent,
                            displayPath: name, size: size, modified: modified)))
            case .library(let query):
                if scan == nil {
                    let (root, files, _) = try global.scanLibrary()
                    let ordered = Library.sortedByID(files, id: \.id)
                    scan = (ArticleNames(ids: ordered.map(\.id), root: root), ordered)
                }
                named.append(.file(scan!.files[try scan!.names.resolve(query)]))
            }
        }
        let files = named.compactMap { if case .file(let f) = $0 { return f } else { return nil } }
        let (items, _, index) = IndexedLibrary.update(
            files, scanned: LibraryIndexer.now(), index: self.index.open(),
            keepAnalyses: files.count <= 256 || self.index.noIndex)
        var next = items.makeIterator()
        var sources: [Source] = []
        var warnings: [LibraryWarning] = []
        for entry in named {
            switch entry {
            case .analysed(let a): sources.append(.analysed(a))
            case .file:
                guard let item = next.next() else { continue }
                switch item {
                case .article(let summary, _, _, let file):
                    warnings += summary.notes.map { LibraryWarning(path: file.displayPath, kind: $0) }
                    sources.append(.item(item))
                case .skipped(let warning):
                    if case .skipped(let problem) = warning.kind {
                        throw LibraryError.unloadable(path: warning.path, problem: problem)
                    }
                }
            }
        }
        return (sources, warnings, index)
    }

    private enum Either {
        case file(LibraryFile)
        case analysed(AnalysedArticle)
    }
}

/// Reads stored analyses back from the index; when one cannot be read (the file was damaged
/// meanwhile, or another process replaced the row), analyses the article again.
struct StoredAnalyses {
    let index: LibraryIndex?
    private var warned = false

    init(index: LibraryIndex?) {
        self.index = index
    }

    mutating func analysed(_ source: EntitiesCommand.Source) throws -> AnalysedArticle? {
        switch source {
        case .analysed(let a): return a
        case .item(.skipped): return nil
        case .item(.article(_, let rowID, let analysed, let file)):
            if let analysed { return analysed }
            if let index, let rowID {
                do {
                    if let stored = try index.analysedArticle(rowID: rowID) { return stored }
                } catch {
                    if !warned { ErrorReport.printError("warning: index \(index.url.path): \(error); analysing again") }
                    warned = true
                }
            }
            let (article, _) = try ArticleLoader.load(file.url, id: file.id, displayPath: file.displayPath)
            return AnalysedArticle(article, analyze(article))
        }
    }
}
