/// A key sequence bound to an action in some contexts. The default table is data: the keymap
/// reads it and the help screen prints it.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var action: Action
    public var contexts: Set<KeyContext>
    public var group: ActionGroup
    /// False for a binding whose key the help screen already explains on another line (`E`
    /// in the library says the same as `E` in the reader).
    public var inHelp: Bool

    public init(
        _ keys: [Key], _ action: Action, _ group: ActionGroup, in contexts: Set<KeyContext>, inHelp: Bool = true
    ) {
        self.keys = keys
        self.action = action
        self.contexts = contexts
        self.group = group
        self.inHelp = inHelp
    }

    /// How help spells the sequence: `]q`, `Ctrl-d`.
    public var keyLabel: String {
        keys.allSatisfy({ if case .character(let c) = $0 { c != " " } else { false } })
            ? keys.map(\.description).joined() : keys.map(\.description).joined(separator: " ")
    }
}
