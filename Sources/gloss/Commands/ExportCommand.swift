import ArgumentParser
import Foundation
import GlossCore
import GlossStore

/// Formats of `gloss export`.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, json, csv, html

    /// The format an output file's extension asks for.
    init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "md", "markdown": self = .markdown
        case "json", "jsonld": self = .json
        case "csv": self = .csv
        case "html", "htm": self = .html
        default: return nil
        }
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export annotations as Markdown, W3C JSON-LD, CSV or a self-contained HTML page.",
        discussion: """
            With no ARTICLE, every article that has annotations. json is a W3C AnnotationCollection that \
            'gloss import-annotations' reads back; csv follows RFC 4180; html is one page to share.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "Articles (ids, names or file paths).")
    var articles: [String] = []

    @Option(help: "markdown, json, csv or html (default: from the --output extension, else markdown).")
    var format: ExportFormat?

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let context = AnnotationsContext(global: global, storeOptions: storeOptions)
        let documents = try context.annotatedArticles(articles)
        let format = self.format ?? output.flatMap { ExportFormat(fileExtension: ($0 as NSString).pathExtension) } ?? .markdown
        let text: String
        switch format {
        case .markdown: text = MarkdownExporter.render(documents)
        case .json: text = TerminalSafe.json(JSONExporter.render(documents))
        case .csv: text = CSVExporter.render(documents)
        case .html: text = HTMLExporter.render(documents)
        }
        if let output, output != "-" {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(Data(TerminalSafe.text(text).utf8))
        }
    }
}
