/// Character attributes that work without colour, so every highlight stays distinguishable
/// on a monochrome terminal or under `NO_COLOR`.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let italic = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
    public static let reverse = TextAttributes(rawValue: 1 << 4)
    /// Every attribute Gloss draws with.
    public static let all: TextAttributes = [.bold, .dim, .italic, .underline, .reverse]

    /// Short names for snapshot dumps: `bold,underline`.
    public var names: [String] {
        var out: [String] = []
        if contains(.bold) { out.append("bold") }
        if contains(.dim) { out.append("dim") }
        if contains(.italic) { out.append("italic") }
        if contains(.underline) { out.append("underline") }
        if contains(.reverse) { out.append("reverse") }
        return out
    }
}
