/// The side panel: open or not, the tab, and per tab the selected item, the list's scroll and
/// which mention of the item Enter showed last.
public struct PanelState: Hashable, Sendable {
    public var isOpen = false
    public var tab: PanelTab = .people
    public var selection: [PanelTab: Int] = [:]
    public var scroll: [PanelTab: Int] = [:]
    /// The mention of the selected item last jumped to; nil until Enter is pressed.
    public var mentionIndex: Int?

    public init() {}

    public var selected: Int { selection[tab] ?? 0 }
}
