/// How one cell looks: foreground, background and attributes.
public struct CellStyle: Hashable, Sendable, CustomStringConvertible {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: TextAttributes

    public init(foreground: TerminalColor = .default, background: TerminalColor = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = CellStyle()

    /// This style with `other` laid over it: other's colours win where it sets them, attributes add up.
    public func merged(with other: CellStyle) -> CellStyle {
        CellStyle(
            foreground: other.foreground == .default ? foreground : other.foreground,
            background: other.background == .default ? background : other.background,
            attributes: attributes.union(other.attributes))
    }

    /// `fg=3 bg=236 bold,italic`; `plain` when nothing is set.
    public var description: String {
        var parts: [String] = []
        if case .indexed(let n) = foreground { parts.append("fg=\(n)") }
        if case .indexed(let n) = background { parts.append("bg=\(n)") }
        let names = attributes.names
        if !names.isEmpty { parts.append(names.joined(separator: ",")) }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}
