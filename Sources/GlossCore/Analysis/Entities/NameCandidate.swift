/// A name found in the text before mentions are linked into entities.
struct NameCandidate {
    enum Kind { case person, place, organization, undecided }

    /// Token range of the name (no title, no possessive).
    var a: Int
    var b: Int
    var kind: Kind
    /// The title before the name, when there is one: `Finance Minister`.
    var title: String?
    /// The name opens its sentence, so its capital letter proves nothing.
    var initial: Bool
    /// Alias in parentheses right after the name: `(MEOV)`, `(NWS)`: token index.
    var alias: Int?
}
