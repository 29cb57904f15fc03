/// How one cell looks: foreground, background and attributes. `roles` says what the look
/// was made of, for snapshot dumps; it takes no part in equality, so the terminal is sent
/// only cells that look different.
public struct CellStyle: Hashable, Sendable, CustomStringConvertible {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: TextAttributes
    public var roles: StyleRoles

    public init(
        foreground: TerminalColor = .default, background: TerminalColor = .default, attributes: TextAttributes = [],
        roles: StyleRoles = StyleRoles()
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.roles = roles
    }

    public static func == (a: CellStyle, b: CellStyle) -> Bool {
        a.foreground == b.foreground && a.background == b.background && a.attributes == b.attributes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(foreground)
        hasher.combine(background)
        hasher.combine(attributes)
    }

    public static let plain = CellStyle()

    /// This style with `other` laid over it: other's colours win where it sets them, attributes
    /// (and roles) add up.
    public func merged(with other: CellStyle) -> CellStyle {
        CellStyle(
            foreground: other.foreground == .default ? foreground : other.foreground,
            background: other.background == .default ? background : other.background,
            attributes: attributes.union(other.attributes), roles: roles.union(other.roles))
    }

    /// The look: `fg=3 bg=236 bold,italic`; `plain` when nothing is set.
    public var description: String {
        var parts: [String] = []
        if case .indexed(let n) = foreground { parts.append("fg=\(n)") }
        if case .indexed(let n) = background { parts.append("bg=\(n)") }
        let names = attributes.names
        if !names.isEmpty { parts.append(names.joined(separator: ",")) }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }

    /// What the look was made of: `quote+focus`; empty for text (`text` alone, or plain
    /// without a role); the look in brackets for a style made outside the theme.
    public var roleDescription: String {
        guard roles.fromTheme else { return self == .plain ? "" : "[\(description)]" }
        return roles.names.joined(separator: "+")
    }
}
