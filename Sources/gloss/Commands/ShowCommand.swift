import ArgumentParser
import Foundation
import GlossCore
import GlossUI

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an article reflowed to the terminal width, for reading or piping.",
        discussion: "ARTICLE is an id (wikinews/GUM_news_clock), a bare name when unambiguous, or a path to a file."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The article to print.")
    var article: String

    // Unconditional, so `--width -5` is read as a width and refused as one.
    @Option(parsing: .unconditional, help: "Wrap at this many columns (default: the terminal's width, or 80).")
    var width: Int?

    func validate() throws {
        if let width, width < 10 { throw ValidationError("--width must be at least 10") }
    }

    func run() throws {
        let loaded = try global.loadArticle(article)
        var out = Output()
        for line in WordWrap.render(loaded, width: width ?? Output.terminalWidth() ?? 80) { out.line(line) }
        out.flush()
    }
}
