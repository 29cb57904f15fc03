/// The kinds of analysis the reader highlights, in legend order (keys 1–5).
public enum HighlightKind: Int, Hashable, Sendable, CaseIterable, Comparable {
    case quote, speaker, person, place, figure

    public var role: Role {
        switch self {
        case .quote: .quote
        case .speaker: .speaker
        case .person: .person
        case .place: .place
        case .figure: .figure
        }
    }

    /// The legend word: `quote`, `speaker`…
    public var name: String {
        switch self {
        case .quote: "quote"
        case .speaker: "speaker"
        case .person: "person"
        case .place: "place"
        case .figure: "figure"
        }
    }

    /// The toggle key's digit: 1 for quotes … 5 for figures.
    public var digit: Int { rawValue + 1 }

    /// Order in which overlapping highlights are laid over each other (last wins colour).
    public var drawOrder: Int {
        switch self {
        case .quote: 0
        case .person: 1
        case .place: 2
        case .figure: 3
        case .speaker: 4
        }
    }

    /// One bit per kind, for per-line masks.
    public var bit: UInt8 { 1 << UInt8(rawValue) }

    /// The overview ruler's mark; distinct glyphs, so the ruler reads without colour.
    public var rulerMark: Character {
        switch self {
        case .quote: "\""
        case .speaker: ">"
        case .person: "@"
        case .place: "^"
        case .figure: "#"
        }
    }

    public static func < (a: HighlightKind, b: HighlightKind) -> Bool { a.rawValue < b.rawValue }
}
