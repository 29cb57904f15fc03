import ArgumentParser
import Foundation
import GlossCore
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
            into the text (for .txt files, the file itself).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Articles (ids, names or file paths).")
    var articles: [String] = []

    @Option(help: "Output format: table (default on a terminal), json or jsonl (default otherwise).")
    var format: EntitiesFormat?

    func run() throws {
        let loaded: [Article]
        if articles.isEmpty {
            let library = try global.loadLibrary()
            library.warnings.forEach(ErrorReport.warn)
            loaded = library.articles
        } else {
            loaded = try articles.map { try global.loadArticle($0) }
        }
        let format = self.format ?? (Output.stdoutIsTerminal ? .table : .jsonl)
        var out = Output()
        switch format {
        case .jsonl:
            for article in loaded {
                for record in EntityRecords.records(article, analyze(article)) {
                    try out.jsonLine(record)
                }
            }
        case .json:
            let docs = loaded.map { EntityRecords.Document(article: $0.id, title: $0.title, spans: EntityRecords.records($0, analyze($0))) }
            try out.json(docs)
        case .table:
            for (n, article) in loaded.enumerated() {
                if n > 0 { out.line() }
                EntityTable.write(article, analyze(article), to: &out)
            }
        }
        out.flush()
    }
}
