/// Turns keys into actions, including multi-key sequences such as `]q`.
///
/// In the prompt context a printable key that is not bound becomes `.insert`, so the same
/// table serves typing and commands.
public struct Keymap: Sendable {
    public let bindings: [KeyBinding]
    /// Keys typed so far towards a longer binding.
    public private(set) var pending: [Key] = []

    public init(bindings: [KeyBinding] = KeyBinding.defaults) {
        self.bindings = bindings
    }

    public mutating func resolve(_ key: Key, in context: KeyContext) -> KeymapResult {
        let sequence = pending + [key]
        var exact: Action?
        var longer = false
        for binding in bindings where binding.contexts.contains(context) && binding.keys.starts(with: sequence) {
            if binding.keys.count == sequence.count { exact = exact ?? binding.action } else { longer = true }
        }
        if let exact {
            pending = []
            return .action(exact)
        }
        if longer {
            pending = sequence
            return .pending(sequence)
        }
        pending = []
        if context == .prompt, sequence.count == 1, case .character(let c) = key {
            return .action(.insert(String(c)))
        }
        // An abandoned prefix: let the last key stand on its own (`]` then `j` still scrolls).
        if sequence.count > 1 { return resolve(key, in: context) }
        return .unbound(sequence)
    }

    /// Forgets a half-typed sequence (after Esc, a resize or a mouse event).
    public mutating func reset() { pending = [] }

    /// The bindings of one action in one context, for messages: `]q`.
    public func keys(for action: Action, in context: KeyContext) -> [String] {
        bindings.filter { $0.action == action && $0.contexts.contains(context) }.map(\.keyLabel)
    }
}
