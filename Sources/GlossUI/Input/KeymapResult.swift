/// What the keymap makes of one more key.
public enum KeymapResult: Hashable, Sendable {
    case action(Action)
    /// The keys so far start a longer binding (`]` of `]q`): wait for the next.
    case pending([Key])
    /// No binding; the keys are given back for a message.
    case unbound([Key])
}
