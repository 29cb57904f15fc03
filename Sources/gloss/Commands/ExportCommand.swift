import ArgumentParser
import Foundation
import GlossCore
import GlossStore

extension ExportFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
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

    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "Write to this file instead of standard output ('-' is standard output).",
            discussion:
                "An existing file is kept unless --force is given; a link is written through; a device or a pipe is written to.",
            valueName: "file"))
    var output: String?

    @Flag(help: "Replace an existing --output file (it keeps its permissions).")
    var force = false

    @Flag(
        help:
            "CSV: keep cells that start with = + - @ as they are (by default they get a leading ' so spreadsheets do not run them as formulas)."
    )
    var raw = false

    func run() throws {
        let context = AnnotationsContext(global: global, storeOptions: storeOptions)
        let documents = try context.annotatedArticles(articles)
        let format = self.format ?? output.flatMap { ExportFormat(name: ($0 as NSString).pathExtension) } ?? .markdown
        let text = format.render(documents, raw: raw)
        if let output, output != "-" {
            try ExportFile.write(Data(text.utf8), to: URL(fileURLWithPath: output), overwrite: force)
        } else {
            FileHandle.standardOutput.write(Data(TerminalSafe.text(text).utf8))
        }
    }
}
