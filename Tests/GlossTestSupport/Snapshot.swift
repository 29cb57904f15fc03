import Foundation
import Testing

/// Compares `actual` with the file `name` in `folder` (a test target's `Snapshots/`);
/// `GLOSS_RECORD_SNAPSHOTS=1` writes the file instead (review the diff before committing). A
/// difference is reported at its first differing line.
public func assertSnapshot(
    _ actual: String, file name: String, in folder: URL, sourceLocation: SourceLocation = #_sourceLocation
) {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["GLOSS_RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(
            "No snapshot \(name): run with GLOSS_RECORD_SNAPSHOTS=1 and review it", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
        let want = line < e.count ? String(e[line]) : "<end>"
        let got = line < a.count ? String(a[line]) : "<end>"
        Issue.record(
            "Snapshot \(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n\(actual)",
            sourceLocation: sourceLocation)
    }
}
