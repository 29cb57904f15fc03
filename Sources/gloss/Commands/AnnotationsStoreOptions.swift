import ArgumentParser
import Foundation
import GlossStore

/// The `--store DIR` option of the commands that read or write annotations.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("store"),
        help: ArgumentHelp(
            "Where annotations are kept (default: $GLOSS_STORE, else $XDG_DATA_HOME/gloss).", valueName: "dir"))
    var directory: String?

    var store: AnnotationStore {
        AnnotationStore(root: StoreLocation.resolve(explicit: directory))
    }
}
