import Foundation
import GlossCore

/// Result slots filled from several threads at once while a chunk of a folder loads; each
/// index is written by exactly one iteration, and the lock makes that visible to the reader.
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

    /// The value at `index`, leaving the slot empty for the next chunk.
    func take(_ index: Int) -> Result<Annotation, DamagedFile>? {
        lock.lock()
        defer { lock.unlock() }
        let value = slots[index]
        slots[index] = nil
        return value
    }
}

/// Values many annotations of one folder repeat, kept once: equal strings decoded from
/// different files are separate allocations, and a million copies of an article id and a
/// fingerprint cost more memory than the notes.
struct SharedValues {
    private var strings: Set<String> = []
    private var tagSets: Set<Set<String>> = []

    mutating func intern(_ a: Annotation) -> Annotation {
        var a = a
        a.articleID = share(a.articleID)
        a.fingerprint = share(a.fingerprint)
        if let color = a.color { a.color = share(color) }
        if !a.tags.isEmpty {
            if let known = tagSets.firstIndex(of: a.tags) {
                a.tags = tagSets[known]
            } else if tagSets.count < 4096 {
                tagSets.insert(a.tags)
            }
        }
        return a
    }

    private mutating func share(_ s: String) -> String {
        if let known = strings.firstIndex(of: s) { return strings[known] }
        // Bounded, so a folder of all-different values does not build a second copy of them.
        if strings.count < 4096 { strings.insert(s) }
        return s
    }
}
