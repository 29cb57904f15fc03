/// An in-memory terminal: it applies drawn cells to a buffer, counts what was sent, and
/// replays queued events. Tests and `gloss-bench render` drive the whole UI through it.
public final class TestBackend: TerminalBackend {
    public private(set) var size: Size
    /// What the terminal shows after the last flush.
    public private(set) var screen: CellBuffer
    private var pending: CellBuffer
    public private(set) var cursor: (x: Int, y: Int)?
    /// Cells received by `draw` since creation (or the last `resetCounters`).
    public private(set) var cellsSent = 0
    public private(set) var flushes = 0
    public var events: [InputEvent] = []

    public init(width: Int, height: Int) {
        size = Size(width: width, height: height)
        screen = CellBuffer(width: width, height: height)
        pending = screen
    }

    public func draw(_ changes: [CellChange]) {
        cellsSent += changes.count
        for change in changes { pending.set(change.cell, x: change.x, y: change.y) }
    }

    public func setCursor(_ position: (x: Int, y: Int)?) { cursor = position }

    public func flush() {
        screen = pending
        flushes += 1
    }

    public func clear() {
        pending = CellBuffer(width: size.width, height: size.height)
    }

    public func nextEvent(timeout: Int?) -> InputEvent? {
        events.isEmpty ? nil : events.removeFirst()
    }

    /// Changes the size, as a terminal window resize would, and queues the resize event.
    public func resize(width: Int, height: Int) {
        size = Size(width: width, height: height)
        screen = CellBuffer(width: width, height: height)
        pending = screen
        events.append(.resize(size))
    }

    public func resetCounters() {
        cellsSent = 0
        flushes = 0
    }
}
