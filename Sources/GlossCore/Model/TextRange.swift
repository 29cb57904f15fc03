/// A half-open range of Unicode scalar (code point) offsets into an article's text.
///
/// Every public range in the model uses this unit, as W3C selectors and the gold files do.
/// Conversions to `String.Index`, UTF-8 offsets or display columns happen at the edges.
public struct TextRange: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "TextRange start \(start) is after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }
    public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }

    public static func < (a: TextRange, b: TextRange) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    public var description: String { "\(start)..<\(end)" }
}
