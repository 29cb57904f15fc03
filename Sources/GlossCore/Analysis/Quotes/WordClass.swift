/// The word lists of `QuoteLexicon` a word belongs to, as bits, so a token is classified with one
/// hash lookup and no string.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32
    init(rawValue: UInt32) { self.rawValue = rawValue }

    static let cue = WordClass(rawValue: 1 << 0)
    static let asking = WordClass(rawValue: 1 << 1)
    static let titleCue = WordClass(rawValue: 1 << 2)
    static let mentionNoun = WordClass(rawValue: 1 << 3)
    static let pronoun = WordClass(rawValue: 1 << 4)
    static let personPronoun = WordClass(rawValue: 1 << 5)
    static let between = WordClass(rawValue: 1 << 6)
    static let subjectStop = WordClass(rawValue: 1 << 7)
    static let noSubject = WordClass(rawValue: 1 << 8)
    static let phraseStop = WordClass(rawValue: 1 << 9)
    static let intro = WordClass(rawValue: 1 << 10)
    static let determiner = WordClass(rawValue: 1 << 11)
    static let verbLike = WordClass(rawValue: 1 << 12)
    static let connector = WordClass(rawValue: 1 << 13)
    static let preposition = WordClass(rawValue: 1 << 14)
    static let title = WordClass(rawValue: 1 << 15)
    static let document = WordClass(rawValue: 1 << 16)
}
