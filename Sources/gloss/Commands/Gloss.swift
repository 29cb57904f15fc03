import ArgumentParser
import Foundation
import GlossCore

/// The root command. With no subcommand it opens the library screen on a terminal, and
/// lists the library otherwise (into a pipe or a file).
struct Gloss: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gloss",
        abstract: "Read news articles in the terminal and see who is quoted, who is named, where and how many.",
        discussion: """
            The library is a folder of .txt, .md and .html articles: --library DIR, else $GLOSS_LIBRARY, \
            else Articles/ in the current folder, else $XDG_DATA_HOME/gloss/articles. ARTICLE may be - (standard input).

            Exit codes: 0 success, 1 failure, 2 usage error.
            """,
        version: GlossVersion.current,
        subcommands: [
            ListCommand.self, ShowCommand.self, EntitiesCommand.self,
            SearchCommand.self, QuotesCommand.self, FiguresCommand.self, PeopleCommand.self, PlacesCommand.self,
            AnnotateCommand.self, AnnotationsCommand.self, ExportCommand.self, ImportCommand.self,
            ReadCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var index: IndexOptions

    func run() throws {
        if Platform.isTerminal(.output) && Platform.isTerminal(.input) {
            try ReadCommand.open(global: global, storeOptions: storeOptions, index: index, article: nil)
        } else {
            try ListCommand.list(global: global, index: index, format: .table)
        }
    }
}

enum GlossVersion {
    static let current = "0.1.0"
}
