/// The help screen's lines, generated from the binding table: one heading per group, one
/// line per action with every key bound to it.
public enum HelpContent {
    public static func lines(bindings: [KeyBinding] = KeyBinding.defaults) -> [HelpLine] {
        var out: [HelpLine] = []
        for group in ActionGroup.allCases {
            var order: [Action] = []
            var keys: [Action: [String]] = [:]
            for binding in bindings where binding.group == group {
                if keys[binding.action] == nil { order.append(binding.action) }
                if !keys[binding.action, default: []].contains(binding.keyLabel) { keys[binding.action, default: []].append(binding.keyLabel) }
            }
            guard !order.isEmpty else { continue }
            if !out.isEmpty { out.append(HelpLine(keys: "", text: "", isHeading: false)) }
            out.append(HelpLine(keys: "", text: group.rawValue, isHeading: true))
            for action in order {
                out.append(HelpLine(keys: keys[action]!.joined(separator: ", "), text: action.help, isHeading: false))
            }
        }
        return out
    }
}
