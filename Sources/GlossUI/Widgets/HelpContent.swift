/// The help screen's lines, generated from the binding table: one heading per group, one
/// line per action with every key bound to it (a key bound to the same action in several
/// groups, like Enter, is explained once, where it first appears), then what the mouse does.
public enum HelpContent {
    public static func lines(bindings: [KeyBinding] = KeyBinding.defaults) -> [HelpLine] {
        var out: [HelpLine] = []
        var explained: Set<String> = []  // "action key" pairs already on a line
        for group in ActionGroup.allCases {
            var order: [Action] = []
            var keys: [Action: [String]] = [:]
            for binding in bindings
            where binding.group == group && binding.inHelp
                && !explained.contains("\(binding.action.name) \(binding.keyLabel)")
            {
                if keys[binding.action] == nil { order.append(binding.action) }
                if !keys[binding.action, default: []].contains(binding.keyLabel) {
                    keys[binding.action, default: []].append(binding.keyLabel)
                }
            }
            guard !order.isEmpty else { continue }
            if !out.isEmpty { out.append(HelpLine(keys: "", text: "", isHeading: false)) }
            out.append(HelpLine(keys: "", text: group.rawValue, isHeading: true))
            var sortKeys: [String] = []
            for action in order {
                if case .sortBy = action {
                    // One line for the column keys: `1 … 0`.
                    if sortKeys.isEmpty { out.append(HelpLine(keys: "", text: "", isHeading: false)) }
                    sortKeys += keys[action]!
                    out[out.count - 1] = HelpLine(keys: Self.range(sortKeys), text: Self.sortHelp, isHeading: false)
                    continue
                }
                out.append(HelpLine(keys: keys[action]!.joined(separator: ", "), text: action.help, isHeading: false))
            }
            for action in order { for key in keys[action]! { explained.insert("\(action.name) \(key)") } }
        }
        out.append(HelpLine(keys: "", text: "", isHeading: false))
        out.append(HelpLine(keys: "", text: "Mouse", isHeading: true))
        for (keys, text) in mouse { out.append(HelpLine(keys: keys, text: text, isHeading: false)) }
        return out
    }

    /// The column keys of the library, as one help line.
    static let sortHelp = "Sort by a column, left to right; the same again: reverse"

    static func range(_ keys: [String]) -> String {
        keys.count > 2 ? "\(keys[0]) … \(keys[keys.count - 1])" : keys.joined(separator: ", ")
    }

    /// What the mouse does (not bindable, so not in the table).
    public static let mouse: [(String, String)] = [
        (
            "click",
            "Library: select an article (the selected one: open it), sort by a column title; reader: start a selection, show its note"
        ),
        ("double-click", "Library: open the article; reader: select the word"),
        ("drag", "Select a passage (then m marks it, a adds a note)"),
        ("wheel", "Scroll three lines"),
    ]
}
