/// What a laid-out line is, which decides its base style and prefix.
public enum LineKind: Hashable, Sendable {
    case title, heading, paragraph, blockQuote, listItem, blank
    /// The author and date under the title (not part of the text: a literal line).
    case byline
}
