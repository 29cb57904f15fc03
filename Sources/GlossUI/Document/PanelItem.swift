import GlossCore

/// One row (or two) of a side-panel list: a person, place, figure, speaker or quote, and
/// the mentions Enter walks through.
public struct PanelItem: Hashable, Sendable {
    public var title: String
    /// A second, dimmer line: aliases, a figure's context.
    public var subtitle: String?
    /// Right-aligned: a mention count, a figure's value.
    public var badge: String
    public var mentions: [TextRange]
    /// Speaker headings group the quotes under them.
    public var isHeading: Bool
    /// Indented under a heading.
    public var isNested: Bool

    public init(
        title: String, subtitle: String? = nil, badge: String = "", mentions: [TextRange], isHeading: Bool = false,
        isNested: Bool = false
    ) {
        self.title = title
        self.subtitle = subtitle
        self.badge = badge
        self.mentions = mentions
        self.isHeading = isHeading
        self.isNested = isNested
    }

    public var height: Int { subtitle == nil ? 1 : 2 }
}
