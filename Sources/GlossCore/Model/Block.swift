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
    /// Heading level (1–6) for headings, nesting depth for list items (at most
    /// `maxListLevel`), 0 otherwise.
    public var level: Int

    /// List items nested deeper than this count as this deep: each level indents by two
    /// columns, and a list nested thousands deep would otherwise push its text off any screen
    /// and print megabytes of spaces.
    public static let maxListLevel = 8

    /// How many levels a list item is indented, whatever `level` holds.
    public var indentLevel: Int { kind == .listItem ? min(max(0, level), Block.maxListLevel) : 0 }

    public init(kind: BlockKind, range: TextRange, level: Int = 0) {
        self.kind = kind
        self.range = range
        self.level = level
    }
}
