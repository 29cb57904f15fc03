import ArgumentParser
import Foundation
import GlossCore
import GlossIndex
import GlossUI

/// `gloss people` and `gloss places`: the library's people or places, each merged across
/// the articles that name them.
enum EntityIndexCommand {
    static func run(
        _ kind: EntityKind, global: GlobalOptions, index: IndexOptions, format: ListingFormat, name: String?
    ) throws {
        let listings = try CatalogContext.with(global: global, index: index) { context -> [EntityListing] in
            let all = try context.catalog.listing(kind)
            guard let name else { return all }
            let wanted = Set(try context.catalog.resolve(name, kind: kind).map(\.name))
            return all.filter { wanted.contains($0.name) }
        }
        var out = Output()
        switch format {
        case .table: table(listings, kind, &out)
        case .json: json(listings, kind, &out)
        }
        out.flush()
    }

    static func table(_ listings: [EntityListing], _ kind: EntityKind, _ out: inout Output) {
        if listings.isEmpty {
            out.line(kind == .person ? "No people." : "No places.")
            return
        }
        let nameWidth = min(36, max(4, listings.map { DisplayWidth.of($0.name) }.max() ?? 4))
        let width = Output.terminalWidth()
        var head = Table.pad(kind == .person ? "PERSON" : "PLACE", nameWidth) + "  ARTICLES  MENTIONS"
        if kind == .person { head += "  QUOTES" }
        out.line(head + "  ALSO")
        for l in listings {
            var line =
                Table.pad(l.name, nameWidth) + "  " + Table.padLeft(String(l.articles), 8) + "  "
                + Table.padLeft(String(l.mentions), 8)
            if kind == .person { line += "  " + Table.padLeft(String(l.quotes), 6) }
            let also = l.aliases.joined(separator: ", ")
            line +=
                "  "
                + (width.map { Table.truncate(also, max(10, $0 - DisplayWidth.of(line) - 2)) }
                    ?? TerminalSafe.string(also))
            out.line(line)
        }
    }

    static func json(_ listings: [EntityListing], _ kind: EntityKind, _ out: inout Output) {
        var json = JSONWriter(pretty: true)
        json.beginArray()
        for l in listings {
            json.element()
            json.beginObject()
            json.field("aliases", l.aliases)
            json.field("articles", l.articleIDs)
            json.field("mentions", l.mentions)
            json.field("name", l.name)
            if kind == .person { json.field("quotes", l.quotes) }
            json.endObject()
        }
        json.endArray()
        out.json(&json)
    }
}

/// What `people` and `places` take.
struct EntityIndexOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var index: IndexOptions

    @Argument(help: "Only the one known by this name (any of their names).")
    var name: String?

    @Option(help: "Output format: table or json.")
    var format: ListingFormat = .table
}

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "The people named in the library: names they go by, mentions, articles, quotes.",
        discussion:
            "One person named differently in different articles (a full name, a surname, an acronym) is one row.")

    @OptionGroup var options: EntityIndexOptions

    func run() throws {
        try EntityIndexCommand.run(
            .person, global: options.global, index: options.index, format: options.format, name: options.name)
    }
}

struct PlacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places",
        abstract: "The places named in the library: names they go by, mentions, articles.",
        discussion: "Spellings of one place (US, U.S. and the full name) are one row.")

    @OptionGroup var options: EntityIndexOptions

    func run() throws {
        try EntityIndexCommand.run(
            .place, global: options.global, index: options.index, format: options.format, name: options.name)
    }
}
