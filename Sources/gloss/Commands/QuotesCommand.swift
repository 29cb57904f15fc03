import ArgumentParser
import Foundation
import GlossCore
import GlossIndex
import GlossUI

extension QuoteKind: ExpressibleByArgument {}

/// Output formats of the quote book.
enum QuoteBookFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, markdown, csv
}

/// `gloss quotes`: the quote book, every quote in the library grouped by speaker.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Every quote in the library, grouped by speaker.",
        discussion: """
            Speakers are people as the analysis resolved them, linked across articles: --speaker APR \
            finds the quotes of the person an article calls Ana Ruiz Prado (APR), in every \
            article that names him by one of those names. Speakers come by number of quotes; each \
            speaker's quotes by article and position. Quotes without a speaker come last.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var index: IndexOptions

    @Option(help: ArgumentHelp("Only the quotes of this person (any of their names).", valueName: "name"))
    var speaker: String?

    @Option(help: ArgumentHelp("Only the quotes of this article (its id).", valueName: "id"))
    var article: String?

    @Option(help: "Only quotes of this kind: speech, scare, title or nested (quoted inside another quote).")
    var kind: QuoteKind?

    @Option(help: "Output format: table, json, markdown or csv.")
    var format: QuoteBookFormat = .table

    func run() throws {
        let quotes = try CatalogContext.with(global: global, index: index) { context in
            if let article, context.catalog.rowID(of: article) == nil {
                throw CommandFailure(
                    message: "no article with the id '\(article)' in the library; 'gloss list' shows the ids")
            }
            return try context.catalog.quotes(speaker: speaker, articleID: article, kind: kind)
        }
        var out = Output()
        let book = Self.book(quotes)
        switch format {
        case .table: Self.table(book, &out)
        case .markdown: Self.markdown(book, &out)
        case .csv: Self.csv(book, &out)
        case .json: Self.json(book, &out)
        }
        out.flush()
        if quotes.isEmpty, let speaker { ErrorReport.printError("no quotes by '\(speaker)' in the library") }
    }

    /// Quotes grouped by speaker: most quoted first, unattributed last.
    static func book(_ quotes: [QuoteRecord]) -> [(speaker: String?, quotes: [QuoteRecord])] {
        var groups: [String: [QuoteRecord]] = [:]
        var none: [QuoteRecord] = []
        for q in quotes {
            if let s = q.speaker { groups[s, default: []].append(q) } else { none.append(q) }
        }
        var out: [(speaker: String?, quotes: [QuoteRecord])] = groups.sorted {
            $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key
        }.map { ($0.key, $0.value) }
        if !none.isEmpty { out.append((nil, none)) }
        return out
    }

    static func table(_ book: [(speaker: String?, quotes: [QuoteRecord])], _ out: inout Output) {
        if book.isEmpty {
            out.line("No quotes.")
            return
        }
        let width = Output.terminalWidth()
        for (n, group) in book.enumerated() {
            if n > 0 { out.line() }
            let count = group.quotes.count
            out.line("\(group.speaker ?? "Unattributed") · \(count) quote\(count == 1 ? "" : "s")")
            for q in group.quotes {
                let head = "  " + (q.date.map { $0 + "  " } ?? "") + q.articleID + "  "
                let text = QuotedText.wrap(q.text) + (q.kind == .speech ? "" : "  (\(q.kind.rawValue))")
                out.line(
                    head
                        + (width.map { Table.truncate(text, max(20, $0 - DisplayWidth.of(head))) }
                            ?? TerminalSafe.string(text)))
            }
        }
    }

    static func markdown(_ book: [(speaker: String?, quotes: [QuoteRecord])], _ out: inout Output) {
        out.line("# Quote book")
        for group in book {
            out.line()
            out.line("## " + ExportText.markdownInline(group.speaker ?? "Unattributed"))
            out.line()
            for q in group.quotes {
                let source =
                    ExportText.markdownInline(q.title) + (q.date.map { ", " + $0 } ?? "") + " (`\(q.articleID)`)"
                out.line(
                    "- " + ExportText.markdownInline(QuotedText.wrap(q.text)) + " — " + source
                        + (q.kind == .speech ? "" : " *\(q.kind.rawValue)*"))
            }
        }
    }

    static func csv(_ book: [(speaker: String?, quotes: [QuoteRecord])], _ out: inout Output) {
        var text = CSVExporter.row(["speaker", "article", "title", "date", "kind", "start", "end", "quote"])
        for group in book {
            for q in group.quotes {
                text += CSVExporter.row([
                    group.speaker ?? "", q.articleID, q.title, q.date ?? "", q.kind.rawValue, String(q.range.start),
                    String(q.range.end), q.text,
                ])
            }
        }
        out.text(text)
    }

    static func json(_ book: [(speaker: String?, quotes: [QuoteRecord])], _ out: inout Output) {
        var json = JSONWriter(pretty: true)
        json.beginArray()
        for group in book {
            json.element()
            json.beginObject()
            json.key("quotes")
            json.beginArray()
            for q in group.quotes {
                json.element()
                json.beginObject()
                json.field("article", q.articleID)
                json.field("date", q.date)
                json.field("end", q.range.end)
                json.field("kind", q.kind.rawValue)
                json.field("number", q.number)
                json.field("start", q.range.start)
                json.field("text", q.text)
                json.field("title", q.title)
                json.endObject()
            }
            json.endArray()
            json.field("speaker", group.speaker)
            json.endObject()
        }
        json.endArray()
        out.json(&json)
    }
}
