import ArgumentParser
import Foundation
import GlossCore
import GlossStore

struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Mark a passage of an article, with an optional note, tags and colour; prints the new id.",
        discussion: """
            Choose the passage by its text (--quote, with --occurrence N when it occurs more than once) or by \
            Unicode code point offsets (--start and --end, end exclusive). White space in --quote matches any \
            white space in the article when the exact text is not found.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The article (an id, a bare name, or a path to a file).")
    var article: String

    @Option(help: "The passage's text.")
    var quote: String?

    @Option(help: "Which occurrence of --quote (1 is the first).")
    var occurrence: Int?

    @Option(help: "Start offset (Unicode code points).")
    var start: Int?

    @Option(help: "End offset, exclusive.")
    var end: Int?

    @Option(help: "A note (free text).")
    var note: String?

    @Option(name: .customLong("tag"), help: "A tag; repeat for several, or separate them with commas.")
    var tags: [String] = []

    @Option(help: "A colour: yellow, green, blue, pink, orange, purple, red or gray.")
    var color: String?

    @Option(help: "highlight, note or quote (default: note with --note, else highlight).")
    var kind: AnnotationKind?

    @Option(help: "For --kind quote: the speaker (default: the speaker the analysis attributes the quote to).")
    var speaker: String?

    func validate() throws {
        try AnnotationOptionCheck.color(color)
        switch (quote, start, end) {
        case (_?, nil, nil): break
        case (nil, _?, _?): break
        case (_?, _, _): throw ValidationError("use either --quote or --start/--end, not both")
        case (nil, nil, nil): throw ValidationError("say which passage: --quote TEXT, or --start N --end M")
        default: throw ValidationError("--start and --end go together")
        }
        if occurrence != nil && quote == nil { throw ValidationError("--occurrence goes with --quote") }
        if let occurrence, occurrence < 1 { throw ValidationError("--occurrence counts from 1") }
        if speaker != nil && kind != .quote { throw ValidationError("--speaker goes with --kind quote") }
    }

    func run() throws {
        let loaded = try global.loadArticle(article)
        let range: TextRange
        if let quote {
            range = try QuoteLocator.locate(quote, in: loaded, occurrence: occurrence)
        } else {
            let (s, e) = (start!, end!)
            guard s >= 0, e >= s, e <= loaded.scalars.count else {
                throw AnnotationError.rangeOutOfBounds(start: s, end: e, length: loaded.scalars.count)
            }
            range = TextRange(s, e)
        }
        let kind = self.kind ?? ((note ?? "").isEmpty ? .highlight : .note)
        var attribution: QuoteAttribution?
        if kind == .quote {
            attribution =
                speaker.map { QuoteAttribution(speaker: $0) }
                ?? QuoteAttribution(passage: range, in: loaded, analysis: Analyzer.analyze(loaded))
        }
        let store = storeOptions.store
        var annotations = ArticleAnnotations(articleID: loaded.id)
        let change = try annotations.create(
            range: range, in: loaded, kind: kind, note: note ?? "", tags: Set(tags),
            color: try color.map { try Annotation.normalizedColor($0) }, attribution: attribution)
        try store.apply(change)
        // Where the text lives, for commands run from another folder; losing it costs nothing.
        try? store.rememberFile(of: loaded)
        print(change.annotationID.uuidString.lowercased())
    }
}

extension AnnotationKind: ExpressibleByArgument {}
