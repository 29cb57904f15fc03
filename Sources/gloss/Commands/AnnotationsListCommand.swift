import ArgumentParser
import Foundation
import GlossCore
import GlossStore

/// Output formats of `gloss annotations`.
enum AnnotationsFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

struct AnnotationsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List annotations with where their passages are now (exact, moved, fuzzy or orphaned).",
        discussion: "With no ARTICLE, every article that has annotations. This is what 'gloss annotations' does."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "Articles (ids, names or file paths).")
    var articles: [String] = []

    @Option(name: .customLong("tag"), help: "Only annotations with this tag; repeat to require several.")
    var tags: [String] = []

    @Option(help: "Output format: table or json.")
    var format: AnnotationsFormat = .table

    func run() throws {
        let context = AnnotationsContext(global: global, storeOptions: storeOptions)
        let wanted = try Annotation.normalizedTags(tags)
        var documents = try context.annotatedArticles(articles)
        for i in documents.indices {
            documents[i].items.removeAll { !wanted.isSubset(of: $0.annotation.tags) }
        }
        var out = Output()
        switch format {
        case .json:
            let records = documents.flatMap { doc in doc.items.map { AnnotationsListRecord(doc, $0) } }
            try out.json(records)
        case .table:
            let width = Output.terminalWidth() ?? 100
            var first = true
            for doc in documents where !doc.items.isEmpty {
                if !first { out.line() }
                first = false
                out.line("\(doc.title)  [\(doc.id)]")
                for item in doc.items {
                    out.line(AnnotationsListRecord.tableLine(doc, item, width: width))
                }
            }
            if first { ErrorReport.printError(tags.isEmpty ? "no annotations" : "no annotations with those tags") }
        }
        out.flush()
    }
}
