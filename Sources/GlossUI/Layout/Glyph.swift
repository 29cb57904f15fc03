/// One grapheme cluster of a laid-out line: the scalars it covers and its columns.
public struct Glyph: Hashable, Sendable {
    /// Scalar offsets into the article; a collapsed white-space run is one space glyph
    /// covering the whole run.
    public var start: Int
    public var end: Int
    public var character: Character
    public var width: Int
    /// Column from the start of the line's text (after the prefix).
    public var column: Int
}
