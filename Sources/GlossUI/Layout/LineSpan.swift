/// A highlight clipped to one line, in scalar offsets.
public struct LineSpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var kind: HighlightKind

    public init(start: Int, end: Int, kind: HighlightKind) {
        self.start = start
        self.end = end
        self.kind = kind
    }
}
