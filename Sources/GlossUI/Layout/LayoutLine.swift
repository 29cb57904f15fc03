import GlossCore

/// One row of reflowed text: the scalar range it shows, its kind and prefix, and the
/// highlights that fall on it (precomputed so a frame only touches the visible rows).
public struct LayoutLine: Hashable, Sendable {
    public var range: TextRange
    public var kind: LineKind
    /// Drawn before the text: `│ ` for block quotes, `• ` for the first line of a list item.
    public var prefix: String
    /// Columns taken by the prefix (continuation lines of a list item are indented as much).
    public var indent: Int
    /// Text drawn instead of the article's (a title the text does not contain).
    public var literal: String?
    public var spans: [LineSpan]
    /// One bit per highlight kind present, for the overview ruler.
    public var kindMask: UInt8

    public init(
        range: TextRange, kind: LineKind, prefix: String = "", indent: Int = 0, literal: String? = nil,
        spans: [LineSpan] = [], kindMask: UInt8 = 0
    ) {
        self.range = range
        self.kind = kind
        self.prefix = prefix
        self.indent = indent
        self.literal = literal
        self.spans = spans
        self.kindMask = kindMask
    }
}
