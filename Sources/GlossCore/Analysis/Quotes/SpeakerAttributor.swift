/// Gives each speech quote its speaker.
enum SpeakerAttributor {
    static func attribute(_ quotes: inout [Quote], in text: TokenizedText, entities: [Entity]) {
        // Issue B: cue verbs, colons, continuation, pronouns, according to.
    }
}
