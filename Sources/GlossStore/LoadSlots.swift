import Foundation
import GlossCore

/// Result slots filled from several threads at once while a folder loads; each index is
/// written by exactly one iteration, and the lock makes that visible to the reader.
final class LoadSlots: @unchecked Sendable {
    private var slots: [Result<Annotation, DamagedFile>?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Result<Annotation, DamagedFile>) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Result<Annotation, DamagedFile>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
