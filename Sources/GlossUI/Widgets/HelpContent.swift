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
            for binding in bindings where binding.group == group && binding.inHelp && !explained.contains("\(binding.action.name) \(binding.keyLabel)") {
                if keys[binding.action] == nil { order.append(binding.action) }
                if !keys[binding.action, default: []].contains(binding.keyLabel) { keys[binding.action, default: []].append(binding.keyLabel) }
            }
            guard !order.isEmpty else { continue }
            if !out.isEmpty { out.append(HelpLine(keys: "", text: "", isHeading: false)) }
            out.append(HelpLine(keys: "", text: group.rawValue, isHeading: true))
            for action in order {
                out.append(HelpLine(keys: keys[action]!.joined(separator: ", "), text: action.help, isHeading: false))
            }
            for action in order { for key in keys[action]! { explained.insert("\(action.name) \(key)") } }
        }
        out.append(HelpLine(keys: "", text: "", isHeading: false))
        out.append(HelpLine(keys: "", text: "Mouse", isHeading: true))
        for (keys, text) in mouse { out.append(HelpLine(keys: keys, text: text, isHeading: false)) }
        return out
    }

    /// What the mouse does (not bindable, so not in the table).
    public static let mouse: [(String, String)] = [
        ("click", "Library: select an article; reader: start a selection there, show its note"),
        ("double-click", "Library: open the article; reader: select the word"),
        ("drag", "Select a passage (then m marks it, a adds a note)"),
        ("wheel", "Scroll three lines"),
    ]
}
