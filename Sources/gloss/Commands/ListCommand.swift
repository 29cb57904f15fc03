import ArgumentParser
import Foundation
import GlossCore
import GlossUI

/// Output formats for listings.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles in the library.",
        discussion: "Warnings about files that were skipped or read with a fallback go to stderr."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format: table or json.")
    var format: ListingFormat = .table

    func run() throws {
        try Self.list(global: global, format: format)
    }

    struct Row: Codable {
        var id: String
        var title: String
        var format: String
        var words: Int
        var author: String?
        var date: String?
        var source: String?
        /// Analysis counts: quotes, people and places (distinct entities), figures.
        var quotes: Int
        var people: Int
        var places: Int
        var figures: Int
    }

    static func list(global: GlobalOptions, format: ListingFormat) throws {
        let library = try global.loadLibrary()
        library.warnings.forEach(ErrorReport.warn)
        let rows = library.articles.map { article in
            let analysis = analyze(article)
            return Row(id: article.id, title: article.title, format: article.format.rawValue, words: article.wordCount,
                author: article.metadata.author, date: article.metadata.date, source: article.metadata.source,
                quotes: analysis.quotes.count, people: analysis.people.count, places: analysis.places.count,
                figures: analysis.figures.count)
        }
        var out = Output()
        switch format {
        case .json:
            try out.json(rows)
        case .table:
            if rows.isEmpty {
                out.line("No articles in \(library.root.relativePath) (add .txt, .md or .html files).")
                break
            }
            let idWidth = min(40, max(2, rows.map { DisplayWidth.of($0.id) }.max() ?? 2))
            let words = rows.map { String($0.words) }
            let wordsWidth = max(5, words.map(\.count).max() ?? 5)
            let countHeads = ["QUOTES", "PEOPLE", "PLACES", "FIGURES"]
            let counts = rows.map { [$0.quotes, $0.people, $0.places, $0.figures].map(String.init) }
            let countsText = { (cells: [String]) in
                zip(cells, countHeads).map { "  " + Table.padLeft($0, $1.count) }.joined()
            }
            let countsWidth = countsText(countHeads).count
            // On a terminal, titles are cut to fit its width; into a pipe they are printed whole.
            let longest = rows.map { DisplayWidth.of($0.title) }.max() ?? 5
            let titleWidth = Output.terminalWidth().map { max(10, min(longest, $0 - idWidth - wordsWidth - countsWidth - 4)) } ?? longest
            out.line(Table.pad("ID", idWidth) + "  " + Table.pad("TITLE", titleWidth) + "  " + Table.padLeft("WORDS", wordsWidth)
                + countsText(countHeads))
            for ((row, w), c) in zip(zip(rows, words), counts) {
                out.line(
                    Table.pad(row.id, idWidth) + "  " + Table.pad(row.title, titleWidth) + "  " + Table.padLeft(w, wordsWidth)
                        + countsText(c))
            }
        }
        out.flush()
    }
}

/// Column padding and truncation by display width.
enum Table {
    /// `s` on one line (unsafe characters replaced) cut to `width` columns with an ellipsis.
    static func truncate(_ text: String, _ width: Int) -> String {
        DisplayWidth.truncated(TerminalSafe.string(text), to: width)
    }

    static func pad(_ s: String, _ width: Int) -> String {
        let t = truncate(s, width)
        return t + String(repeating: " ", count: max(0, width - DisplayWidth.of(t)))
    }

    static func padLeft(_ s: String, _ width: Int) -> String {
        let t = truncate(s, width)
        return String(repeating: " ", count: max(0, width - DisplayWidth.of(t))) + t
    }
}
