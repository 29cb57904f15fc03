import ArgumentParser

/// `gloss annotations`: list, edit and delete annotations.
struct AnnotationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotations",
        abstract: "List, edit or delete annotations.",
        subcommands: [AnnotationsListCommand.self, AnnotationsEditCommand.self, AnnotationsDeleteCommand.self],
        defaultSubcommand: AnnotationsListCommand.self
    )
}
