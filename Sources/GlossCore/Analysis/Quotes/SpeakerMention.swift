/// Where the words that attribute a quote are: a run of tokens, and whether it is a pronoun.
struct SpeakerMention: Equatable, Sendable {
    var tokens: Range<Int>
    var isPronoun: Bool
}

/// The tokens of one quote segment.
struct SegmentTokens: Sendable {
    /// First token: the opening mark, when the segment has one.
    var open: Int
    /// Last token: the closing mark, when `closed`.
    var close: Int
    var closed: Bool
}
