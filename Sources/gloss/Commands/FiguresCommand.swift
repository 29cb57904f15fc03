import ArgumentParser
import Foundation
import GlossCore
import GlossIndex
import GlossUI

/// Output formats of the figure ledger.
enum LedgerFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

extension LedgerSort: ExpressibleByArgument {}

/// `gloss figures`: the figure ledger, every figure in the library with its value and sentence.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Every figure in the library: value, unit, qualifier and sentence.",
        discussion: """
            Figures of one unit that share a noun nearby (what they count: deportations, migrants) are \
            about the same thing; --compare shows only those found in more than one article, side by \
            side, so a mismatch between articles stands out.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var index: IndexOptions

    @Option(help: ArgumentHelp("Only figures of this unit (percent, USD, people, km…).", valueName: "unit"))
    var unit: String?

    @Option(help: ArgumentHelp("Only the figures of this article (its id).", valueName: "id"))
    var article: String?

    @Option(help: "Order: article, value or unit.")
    var sort: LedgerSort = .article

    @Flag(help: "Only figures about the same thing in different articles, grouped.")
    var compare = false

    @Option(help: "Output format: table, csv or json.")
    var format: LedgerFormat = .table

    func run() throws {
        let figures = try CatalogContext.with(global: global, index: index) { context in
            if let article, context.catalog.rowID(of: article) == nil {
                throw CommandFailure(
                    message: "no article with the id '\(article)' in the library; 'gloss list' shows the ids")
            }
            return try context.catalog.figures(unit: unit, articleID: article)
        }
        let groups: [FigureComparison] =
            compare
            ? FigureComparison.groups(figures)
            : [FigureComparison(unit: nil, subject: nil, figures: sort.sorted(figures))]
        var out = Output()
        switch format {
        case .table: Self.table(groups, compared: compare, &out)
        case .csv: Self.csv(groups, &out)
        case .json: Self.json(groups, compared: compare, &out)
        }
        out.flush()
    }

    static func valueText(_ f: FigureRecord) -> String {
        guard let v = f.value else { return "—" }
        return FigureText.number(v)
    }

    static func table(_ groups: [FigureComparison], compared: Bool, _ out: inout Output) {
        let all = groups.flatMap(\.figures)
        if all.isEmpty {
            out.line(compared ? "No figures about the same thing in more than one article." : "No figures.")
            return
        }
        let idWidth = min(32, max(7, all.map { DisplayWidth.of($0.articleID) }.max() ?? 7))
        let valueWidth = max(5, all.map { DisplayWidth.of(valueText($0)) }.max() ?? 5)
        let unitWidth = min(12, max(4, all.map { DisplayWidth.of($0.unit ?? "") }.max() ?? 4))
        let width = Output.terminalWidth()
        let head =
            Table.pad("ARTICLE", idWidth) + "  " + Table.padLeft("VALUE", valueWidth) + "  "
            + Table.pad("UNIT", unitWidth) + "  "
        for (n, group) in groups.enumerated() {
            if compared {
                if n > 0 { out.line() }
                out.line(group.heading + " · \(Set(group.figures.map(\.articleID)).count) articles")
            }
            if n == 0 || compared { out.line(head + "FIGURE") }
            for f in group.figures {
                let left =
                    Table.pad(f.articleID, idWidth) + "  " + Table.padLeft(valueText(f), valueWidth) + "  "
                    + Table.pad(f.unit ?? "", unitWidth) + "  "
                let text = f.text + (f.qualifier.map { " (\($0))" } ?? "") + "  " + f.sentence
                out.line(
                    left
                        + (width.map { Table.truncate(text, max(20, $0 - DisplayWidth.of(left))) }
                            ?? TerminalSafe.string(text)))
            }
        }
    }

    static func csv(_ groups: [FigureComparison], _ out: inout Output) {
        var text = CSVExporter.row([
            "article", "title", "date", "start", "end", "figure", "value", "unit", "qualifier", "subjects", "sentence",
        ])
        for f in groups.flatMap(\.figures) {
            text += CSVExporter.row([
                f.articleID, f.title, f.date ?? "", String(f.range.start), String(f.range.end), f.text,
                f.value.map(FigureText.number) ?? "",
                f.unit ?? "", f.qualifier ?? "", f.subjects.joined(separator: " "), f.sentence,
            ])
        }
        out.text(text)
    }

    static func json(_ groups: [FigureComparison], compared: Bool, _ out: inout Output) {
        var json = JSONWriter(pretty: true)
        func figures(_ list: [FigureRecord]) {
            json.beginArray()
            for f in list {
                json.element()
                json.beginObject()
                json.field("article", f.articleID)
                json.field("date", f.date)
                json.field("end", f.range.end)
                json.field("qualifier", f.qualifier)
                json.field("sentence", f.sentence)
                json.field("start", f.range.start)
                json.field("subjects", f.subjects)
                json.field("text", f.text)
                json.field("title", f.title)
                json.field("unit", f.unit)
                json.field("value", f.value)
                json.endObject()
            }
            json.endArray()
        }
        if compared {
            json.beginArray()
            for g in groups {
                json.element()
                json.beginObject()
                json.key("figures")
                figures(g.figures)
                json.field("subject", g.subject)
                json.field("unit", g.unit)
                json.endObject()
            }
            json.endArray()
        } else {
            figures(groups.first?.figures ?? [])
        }
        out.json(&json)
    }
}
