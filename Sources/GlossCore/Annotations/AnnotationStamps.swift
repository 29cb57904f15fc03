import Foundation

/// Where new annotations and edits get their time and new annotations their id: the system
/// clock and random UUIDs, or a fixed sequence (for tests, so that the same actions give the
/// same annotations byte for byte). A value, kept in the state that makes annotations, so
/// that handing it out is part of that state's change.
public struct AnnotationStamps: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        /// `Date()` and `UUID()`.
        case system
        /// The n-th stamp (from 0) is `start + n × step` seconds, and the n-th id
        /// `00000000-0000-4000-8000-` followed by n + 1 in 12 hexadecimal digits.
        case fixed(start: Date, step: TimeInterval)
    }

    public let source: Source
    /// How many fixed stamps were handed out (stays 0 for `.system`).
    public private(set) var issued = 0

    public init(_ source: Source) { self.source = source }

    public static let system = AnnotationStamps(.system)

    /// A fixed sequence from `start`, one `step` apart.
    public static func fixed(start: Date = Date(timeIntervalSince1970: 1_764_000_000), step: TimeInterval = 1)
        -> AnnotationStamps
    {
        AnnotationStamps(.fixed(start: start, step: step))
    }

    /// The time for the next change.
    public mutating func now() -> Date { next().now }

    /// The id and time for a new annotation.
    public mutating func next() -> (id: UUID, now: Date) {
        switch source {
        case .system:
            return (UUID(), Date())
        case .fixed(let start, let step):
            let n = issued
            issued += 1
            let hex = String(n + 1, radix: 16)
            let id = UUID(
                uuidString: "00000000-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - hex.count)) + hex)!
            return (id, start.addingTimeInterval(Double(n) * step))
        }
    }
}
