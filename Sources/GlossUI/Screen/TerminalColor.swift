/// A colour as a terminal understands it: the terminal's default, or an index into its palette
/// (0–7 for the basic colours, up to 255 on 256-colour terminals).
public enum TerminalColor: Hashable, Sendable {
    case `default`
    case indexed(UInt8)
}
