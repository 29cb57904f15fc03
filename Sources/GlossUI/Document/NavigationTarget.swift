import GlossCore

/// Somewhere `]q`, `]p`, `]l` or `]f` can land, with what the status bar says about it.
public struct NavigationTarget: Hashable, Sendable {
    public var range: TextRange
    public var kind: HighlightKind
    /// `Quote 2/9 · speaker: Dan Mills`, `Figure 4/7 · over 370 · value 370 people`.
    public var detail: String

    public init(range: TextRange, kind: HighlightKind, detail: String) {
        self.range = range
        self.kind = kind
        self.detail = detail
    }
}
