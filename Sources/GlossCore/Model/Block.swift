/// The structural kinds of text an article is made of.
public enum BlockKind: String, Sendable, Codable, CaseIterable {
    case title
    case heading
    case paragraph
    case quote
    case listItem = "list-item"
}

/// One block of an article: its kind and where it sits in the article's text.
public struct Block: Hashable, Sendable, Codable {
    public var kind: BlockKind
    public var range: TextRange
    /// Heading level (1–6) for headings, nesting depth for list items, 0 otherwise.
    public var level: Int

    public init(kind: BlockKind, range: TextRange, level: Int = 0) {
        self.kind = kind
        self.range = range
        self.level = level
    }
}
