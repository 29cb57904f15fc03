/// What the run loop needs from a terminal: its size, cells to draw, a cursor, a flush,
/// and the next input event. The ncurses backend lives in GlossTerminal; `TestBackend`
/// keeps everything in memory for tests and benchmarks.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    /// Writes changed cells; nothing reaches the screen until `flush`.
    func draw(_ changes: [CellChange])
    /// Shows the cursor at a cell, or hides it (nil).
    func setCursor(_ position: (x: Int, y: Int)?)
    func flush()
    /// Forgets what the terminal shows, so the next frame repaints every cell.
    func clear()
    /// Waits up to `timeout` milliseconds (nil: forever, 0: poll) for an event.
    func nextEvent(timeout: Int?) -> InputEvent?
    /// True once the terminal has gone away (hung up, input closed): the run loop then ends
    /// instead of polling a dead terminal for ever.
    var isDisconnected: Bool { get }
    /// Gives the terminal back (for a text editor) and takes it again afterwards.
    func suspend()
    func resume()
}

extension TerminalBackend {
    public var isDisconnected: Bool { false }
    public func suspend() {}
    public func resume() {}
}
