/// Where the words that attribute a quote are: a run of tokens, and whether it is a pronoun.
struct SpeakerMention: Equatable, Sendable {
    var tokens: Range<Int>
    var isPronoun: Bool
}
