/// How well an annotation's passage was found in the article's current text.
public enum AnchorStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// At its recorded position, text unchanged.
    case exact
    /// The exact text, somewhere else.
    case moved
    /// Text close to the quote, found by approximate matching.
    case fuzzy
    /// Not found. The annotation is kept, listed and exported all the same.
    case orphaned
}
