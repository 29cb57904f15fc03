/// What drawing one frame cost: time to compute it and cells sent to the terminal.
public struct FrameStats: Hashable, Sendable {
    public var renderTime: Duration
    public var cellsSent: Int
}
