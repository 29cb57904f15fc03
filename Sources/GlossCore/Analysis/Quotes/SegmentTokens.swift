/// The tokens of one quote segment.
struct SegmentTokens: Sendable {
    /// First token: the opening mark, when the segment has one.
    var open: Int
    /// Last token: the closing mark, when `closed`.
    var close: Int
    var closed: Bool
}
