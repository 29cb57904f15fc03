import ArgumentParser
import GlossStore

struct AnnotationsDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete an annotation.",
        discussion: "ID is the annotation's id or its first characters (at least 4)."
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The annotation's id or a unique prefix of it.")
    var id: String

    func run() throws {
        try storeOptions.store.update(id: id) { _ in nil }
    }
}
