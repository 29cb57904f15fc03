/// A rendered screen: the cells, and where the cursor should be (nil hides it).
public struct Frame: Hashable, Sendable {
    public var buffer: CellBuffer
    public var cursor: (x: Int, y: Int)?

    public init(buffer: CellBuffer, cursor: (x: Int, y: Int)? = nil) {
        self.buffer = buffer
        self.cursor = cursor
    }

    public static func == (a: Frame, b: Frame) -> Bool {
        a.buffer == b.buffer && a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y
    }

    public func hash(into h: inout Hasher) {
        h.combine(buffer)
        h.combine(cursor?.x)
        h.combine(cursor?.y)
    }
}
