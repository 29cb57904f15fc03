import ArgumentParser
import Foundation
import GlossCore
import GlossStore

struct AnnotationsEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change an annotation's note, tags, colour or kind.",
        discussion: "ID is the annotation's id or its first characters (at least 4), as 'gloss annotations' shows it."
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The annotation's id or a unique prefix of it.")
    var id: String

    @Option(help: "The new note (an empty string removes it).")
    var note: String?

    @Option(name: .customLong("tag"), help: "A tag to add; repeat for several, or separate them with commas.")
    var tags: [String] = []

    @Option(name: .customLong("untag"), help: "A tag to remove; repeat for several.")
    var untags: [String] = []

    @Option(help: "The new colour: yellow, green, blue, pink, orange, purple, red or gray.")
    var color: String?

    @Flag(name: .customLong("no-color"), help: "Remove the colour.")
    var noColor = false

    @Option(help: "The new kind: highlight, note or quote.")
    var kind: AnnotationKind?

    func validate() throws {
        try AnnotationOptionCheck.color(color)
        if color != nil && noColor { throw ValidationError("--color and --no-color contradict each other") }
        if note == nil && tags.isEmpty && untags.isEmpty && color == nil && !noColor && kind == nil {
            throw ValidationError("nothing to change: give --note, --tag, --untag, --color, --no-color or --kind")
        }
    }

    func run() throws {
        let edit = AnnotationEdit(
            note: note, addTags: tags, removeTags: untags,
            color: noColor ? .some(nil) : try color.map { .some(try Annotation.normalizedColor($0)) }, kind: kind)
        // Tags are the only thing an edit can refuse; checked here, before the lock, the edit
        // under the lock cannot fail.
        _ = try Annotation.normalizedTags(tags + untags)
        let now = Date()
        try storeOptions.store.update(id: id) { (current: Annotation) throws(StoreError) -> Annotation? in
            (try? edit.applied(to: current, now: now)) ?? current
        }
    }
}
