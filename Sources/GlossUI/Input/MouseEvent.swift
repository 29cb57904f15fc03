/// A mouse event at a cell.
public struct MouseEvent: Hashable, Sendable {
    /// What happened; the wheel arrives as its own kinds.
    public enum Kind: Hashable, Sendable {
        case wheelUp, wheelDown, press, release, click
        /// The pointer moved (with the button held, for a drag; the run loop checks).
        case drag
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
