import Foundation
import GlossTestSupport
import Testing

/// Compares a rendered screen with `Snapshots/<name>.screen` (see `GlossTestSupport`'s
/// `assertSnapshot`; `GLOSS_RECORD_SNAPSHOTS=1` records).
func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    assertSnapshot(actual, file: name + ".screen", in: folder, sourceLocation: sourceLocation)
}
