/// A key configuration file (`$XDG_CONFIG_HOME/gloss/keys`): the default binding table with
/// the user's changes, one per line.
///
///     # comments and blank lines are skipped
///     bind reader J line-down          # J scrolls in the reader
///     bind library,facets x quit       # contexts joined by commas
///     bind reader ]x next-figure       # sequences as the help spells them
///     unbind reader Ctrl-r             # the key does nothing there any more
///
/// Contexts are `library`, `reader`, `panel`, `help`, `prompt`, `select`, `facets`, `catalog`
/// (or `all`). Keys are written as the help screen writes them: printable characters in a row
/// (`]q`, `gg`), or one named key (`Enter`, `Esc`, `Tab`, `Shift-Tab`, `Space`, `Backspace`,
/// `Delete`, `Up`, `Down`, `Left`, `Right`, `PgUp`, `PgDn`, `Home`, `End`, `F1`…`F12`,
/// `Ctrl-x`). Actions are named as `Action.name` names them (`gloss read --help` points to the
/// list in the README). A binding replaces what the key did in those contexts; the help screen
/// shows the table as it ends up. A line that cannot be read is reported and skipped; the rest
/// still applies.
public enum KeyConfig {
    /// A line that was skipped, and why.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// Every action a key can be bound to, by name: those of the default table.
    public static let actions: [String: (action: Action, group: ActionGroup)] = {
        var out: [String: (Action, ActionGroup)] = [:]
        for b in KeyBinding.defaults where out[b.action.name] == nil { out[b.action.name] = (b.action, b.group) }
        return out
    }()

    static let named: [String: Key] = {
        var keys: [String: Key] = [
            "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab, "shift-tab": .backTab,
            "space": .character(" "), "backspace": .backspace, "delete": .delete, "del": .delete, "up": .up,
            "down": .down,
            "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown,
            "pagedown": .pageDown,
            "home": .home, "end": .end,
        ]
        for n in 1...12 { keys["f\(n)"] = .function(n) }
        return keys
    }()

    /// The keys a token names, nil when it names none.
    public static func keys(_ token: String) -> [Key]? {
        let lower = token.lowercased()
        if let key = named[lower] { return [key] }
        if lower.hasPrefix("ctrl-"), token.count == 6, let c = token.last, c.isLetter {
            return [.control(Character(c.lowercased()))]
        }
        guard !token.isEmpty,
            token.allSatisfy({ !$0.isWhitespace && !($0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false) })
        else {
            return nil
        }
        return token.map { .character($0) }
    }

    /// The default table (or `bindings`) changed by the lines of `text`, and the lines skipped.
    public static func apply(_ text: String, to bindings: [KeyBinding] = KeyBinding.defaults) -> (
        bindings: [KeyBinding], problems: [Problem]
    ) {
        var table = bindings
        var added: [KeyBinding] = []
        var problems: [Problem] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            guard let verb = words.first else { continue }
            func fail(_ message: String) { problems.append(Problem(line: n + 1, message: message)) }
            guard verb == "bind" || verb == "unbind" else {
                fail("'\(verb)' is not bind or unbind")
                continue
            }
            let expected = verb == "bind" ? 4 : 3
            guard words.count == expected else {
                fail(verb == "bind" ? "bind takes a context, keys and an action" : "unbind takes a context and keys")
                continue
            }
            guard let contexts = contexts(words[1]) else {
                fail(
                    "unknown context '\(words[1])' (library, reader, panel, help, prompt, select, facets, catalog or all)"
                )
                continue
            }
            guard let keys = keys(words[2]) else {
                fail("'\(words[2])' names no key")
                continue
            }
            var action: (action: Action, group: ActionGroup)?
            if verb == "bind" {
                guard let known = actions[words[3]] else {
                    fail("unknown action '\(words[3])'")
                    continue
                }
                action = known
            }
            // The key no longer does what it did in those contexts (nor what an earlier line bound).
            table = release(keys, in: contexts, from: table)
            added = release(keys, in: contexts, from: added)
            if let action { added.insert(KeyBinding(keys, action.action, action.group, in: contexts), at: 0) }
        }
        return (added + table, problems)
    }

    static func contexts(_ word: String) -> Set<KeyContext>? {
        var out = Set<KeyContext>()
        for name in word.split(separator: ",") {
            if name == "all" {
                out.formUnion(KeyContext.allCases)
            } else if let c = KeyContext(rawValue: String(name)) {
                out.insert(c)
            } else {
                return nil
            }
        }
        return out.isEmpty ? nil : out
    }

    /// `bindings` without `keys` in `contexts` (a binding left with no context goes).
    static func release(_ keys: [Key], in contexts: Set<KeyContext>, from bindings: [KeyBinding]) -> [KeyBinding] {
        bindings.compactMap { b in
            guard b.keys == keys else { return b }
            var kept = b
            kept.contexts.subtract(contexts)
            return kept.contexts.isEmpty ? nil : kept
        }
    }
}
