import ArgumentParser
import Foundation
import GlossCore
import GlossIndex
import GlossUI

/// `gloss search QUERY`: full-text search over the library's articles, notes and tags.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the text of every article, and the notes and tags of your annotations.",
        discussion: """
            QUERY is words (all must appear), "phrases" (words in a row) and prefixes (chang*). \
            Case counts only when QUERY has a capital letter; accents and apostrophes never do: \
            lopez finds López, trump's finds Trump’s. Articles come best first (a match in the \
            title weighs more), each with the line of its first match; matching notes and tags follow.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var index: IndexOptions

    @Argument(help: "What to look for.")
    var query: [String]

    @Option(help: "Output format: table or json.")
    var format: ListingFormat = .table

    @Option(help: "Show at most this many articles (0: all).")
    var limit: Int = 20

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit takes 0 (all) or more") }
        if SearchQuery(query.joined(separator: " ")) == nil {
            throw ValidationError("the query has no word to look for")
        }
    }

    func run() throws {
        let search = SearchQuery(query.joined(separator: " "))!
        let (results, notes) = try CatalogContext.with(global: global, index: index) { context in
            let results = try context.catalog.search(search, limit: limit == 0 ? Int.max : limit)
            let annotations = StoreTags.annotations(
                storeOptions.store, among: Set(context.catalog.articles.values.map(\.id)))
            // The titles only for notes to show (most stores have none).
            let titles =
                annotations.isEmpty
                ? [:]
                : Dictionary(context.catalog.articles.values.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
            let notes = annotations.compactMap { Self.hit(search, $0, title: titles[$0.articleID] ?? "") }
            return (results, notes.sorted { ($0.articleID, $0.range.start) < ($1.articleID, $1.range.start) })
        }
        var out = Output()
        switch format {
        case .json: write(results, notes, json: &out)
        case .table: write(results, notes, table: &out)
        }
        out.flush()
    }

    /// A note or tag hit: the query in the note, or a tag matching it.
    static func hit(_ query: SearchQuery, _ a: Annotation, title: String) -> SearchHit? {
        let note = Array(a.note.unicodeScalars)
        if !a.note.isEmpty, query.matchesAll(in: note), let first = query.matches(in: note).first {
            return SearchHit(
                articleID: a.articleID, title: title, source: .note, range: TextRange(a.position.start, a.position.end),
                context: SearchContext(note, around: first), annotationID: UUIDText.lowercase(a.id), score: 0)
        }
        for tag in a.sortedTags {
            let scalars = Array(tag.unicodeScalars)
            if query.matchesAll(in: scalars) {
                return SearchHit(
                    articleID: a.articleID, title: title, source: .tag,
                    range: TextRange(a.position.start, a.position.end),
                    context: SearchContext(before: "#", match: tag, after: "  " + a.quote.exact),
                    annotationID: UUIDText.lowercase(a.id),
                    score: 0)
            }
        }
        return nil
    }

    func write(_ results: SearchResults, _ notes: [SearchHit], table out: inout Output) {
        let shown = results.hits.count
        let total = results.totalIsExact ? "\(results.total)" : "at most \(results.total)"
        out.line(
            "\(total) article\(results.total == 1 ? "" : "s") match \"\(results.query)\""
                + (shown < results.total ? " (the first \(shown) shown; --limit 0 shows all)" : ""))
        let width = Output.terminalWidth() ?? 100
        for hit in results.hits {
            out.line()
            out.line(
                hit.articleID + "  " + Table.truncate(hit.title, max(10, width - DisplayWidth.of(hit.articleID) - 2)))
            Self.context(hit, width: width, into: &out)
        }
        guard !notes.isEmpty else { return }
        out.line()
        out.line("\(notes.count) note\(notes.count == 1 ? "" : "s") or tag\(notes.count == 1 ? "" : "s") match")
        for hit in notes {
            out.line()
            out.line("\(hit.articleID)  \(hit.source.rawValue) \(hit.annotationID.map { String($0.prefix(8)) } ?? "")")
            Self.context(hit, width: width, into: &out)
        }
    }

    /// The hit's line, indented, cut to the width around the match.
    static func context(_ hit: SearchHit, width: Int, into out: inout Output) {
        let (before, match, after) = SearchResultsView.fit(hit.context, width: max(20, width - 4))
        out.line("    " + before, marked: match, after)
    }

    func write(_ results: SearchResults, _ notes: [SearchHit], json out: inout Output) {
        var json = JSONWriter(pretty: true)
        json.beginObject()
        json.field("query", results.query)
        json.field("total", results.total)
        json.key("total_is_exact")
        json.bool(results.totalIsExact)
        json.key("hits")
        json.beginArray()
        for hit in results.hits + notes {
            json.element()
            json.beginObject()
            json.field("annotation", hit.annotationID)
            json.field("article", hit.articleID)
            json.key("context")
            json.beginObject()
            json.field("after", hit.context.after)
            json.field("before", hit.context.before)
            json.field("match", hit.context.match)
            json.endObject()
            json.field("date", hit.date)
            json.field("end", hit.range.end)
            json.field("score", hit.source == .note || hit.source == .tag ? nil : (hit.score * 1000).rounded() / 1000)
            json.field("source", hit.source.rawValue)
            json.field("start", hit.range.start)
            json.field("title", hit.title)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        out.json(&json)
    }
}
