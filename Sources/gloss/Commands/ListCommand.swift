import ArgumentParser
import Foundation
import GlossCore
import GlossIndex
import GlossUI

/// Output formats for listings.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles in the library.",
        discussion: """
            --person, --place, --speaker and --tag narrow the list to the articles that have all of \
            them (each may be given more than once). People and places are matched by any name they \
            go by in the library, whatever the case and accents: --person APR finds the articles \
            naming Ana Ruiz Prado (APR), --place US those naming the country by any spelling. \
            Warnings about files that were skipped or read with a fallback go to stderr.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var index: IndexOptions
    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Output format: table or json.")
    var format: ListingFormat = .table

    @Option(help: ArgumentHelp("Only articles naming this person.", valueName: "name"))
    var person: [String] = []

    @Option(help: ArgumentHelp("Only articles naming this place.", valueName: "name"))
    var place: [String] = []

    @Option(help: ArgumentHelp("Only articles quoting this person.", valueName: "name"))
    var speaker: [String] = []

    @Option(help: ArgumentHelp("Only articles with an annotation tagged so.", valueName: "tag"))
    var tag: [String] = []

    func run() throws {
        let filter = LibraryFilter(people: person, places: place, speakers: speaker, tags: tag)
        if filter.isEmpty {
            try Self.list(global: global, index: index, format: format)
            return
        }
        let (summaries, root) = try CatalogContext.with(global: global, index: index) { context in
            var ids =
                try context.catalog.articleIDs(people: person, places: place, speakers: speaker)
                ?? Set(context.library.summaries.map(\.id))
            if !tag.isEmpty {
                let wanted = Set(tag.map { (try? Annotation.normalizedTag($0)) ?? $0 })
                var tagged: [String: Set<String>] = [:]
                for a in StoreTags.annotations(storeOptions.store, among: ids) {
                    tagged[a.articleID, default: []].formUnion(a.tags)
                }
                ids = ids.filter { wanted.isSubset(of: tagged[$0] ?? []) }
            }
            return (context.library.summaries.filter { ids.contains($0.id) }, context.library.root)
        }
        Self.write(summaries, root: root, format: format, filtered: true)
    }

    static func list(global: GlobalOptions, index: IndexOptions, format: ListingFormat) throws {
        let library = try IndexedLibrary.load(global: global, index: index)
        library.index?.close()
        library.warnings.forEach(ErrorReport.warn)
        // Each summary as it is written, not an array of copies first.
        write(library.items.lazy.compactMap(\.summary), root: library.root, format: format)
        Discard.later(library)
    }

    static func write(_ rows: some Collection<ArticleSummary>, root: URL, format: ListingFormat, filtered: Bool = false)
    {
        var out = Output()
        switch format {
        case .json:
            var json = JSONWriter(pretty: true, capacity: 1 << 16)
            json.beginArray()
            for row in rows {
                json.element()
                json.beginObject()
                json.field("author", row.metadata.author)
                json.field("date", row.metadata.date)
                json.field("figures", row.figures)
                json.field("format", row.format.rawValue)
                json.field("id", row.id)
                json.field("people", row.people)
                json.field("places", row.places)
                json.field("quotes", row.quotes)
                json.field("source", row.metadata.source)
                json.field("title", row.title)
                json.field("words", row.words)
                json.endObject()
                if json.bytes.count > 1 << 16 { out.jsonPart(&json) }
            }
            json.endArray()
            out.json(&json)
        case .table:
            if rows.isEmpty && filtered {
                out.line("No article in \(root.relativePath) matches.")
                break
            }
            if rows.isEmpty {
                out.line("No articles in \(root.relativePath) (add .txt, .md or .html files).")
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
            let titleWidth =
                Output.terminalWidth().map { max(10, min(longest, $0 - idWidth - wordsWidth - countsWidth - 4)) }
                ?? longest
            out.line(
                Table.pad("ID", idWidth) + "  " + Table.pad("TITLE", titleWidth) + "  "
                    + Table.padLeft("WORDS", wordsWidth)
                    + countsText(countHeads))
            for ((row, w), c) in zip(zip(rows, words), counts) {
                out.line(
                    Table.pad(row.id, idWidth) + "  " + Table.pad(row.title, titleWidth) + "  "
                        + Table.padLeft(w, wordsWidth)
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
