/// One line of the help screen.
public struct HelpLine: Hashable, Sendable {
    public var keys: String
    public var text: String
    public var isHeading: Bool
}
