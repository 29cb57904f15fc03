/// How many colours the terminal can show; `monochrome` also covers `NO_COLOR`.
public enum ColorDepth: String, Hashable, Sendable, CaseIterable {
    case color256 = "256"
    case color8 = "8"
    case monochrome = "mono"

    /// The depth for a terminal reporting `colors` colours, with `NO_COLOR` honoured
    /// (any non-empty value turns colour off, as the convention says).
    public static func detect(colors: Int, environment: [String: String]) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        if colors >= 256 { return .color256 }
        if colors >= 8 { return .color8 }
        return .monochrome
    }
}
