/// Maps semantic roles to colours and attributes, in a 256-colour, 8-colour or monochrome
/// variant. Without colour the highlight kinds differ by attributes alone: quotes italic,
/// speakers bold and underlined, people bold, places underlined, figures dim; search
/// matches and the focused target are reversed. The colour variants keep most of those
/// attributes, so a kind looks alike in every variant.
///
/// A terminal without italic or dim (a VT100 has bold, underline and reverse only) would lose
/// quotes and figures; `supported` says what it has, and the monochrome variant then uses
/// `plainTerminal`, which tells every kind apart with bold, underline and reverse alone.
/// With colour, attributes it lacks are dropped and the colour tells the kinds apart.
public struct Theme: Hashable, Sendable {
    public let depth: ColorDepth
    /// The attributes the terminal can show.
    public let supported: TextAttributes
    private let styles: [Role: CellStyle]

    public init(depth: ColorDepth, supported: TextAttributes = .all) {
        self.depth = depth
        self.supported = supported
        var chosen: [Role: CellStyle]
        switch depth {
        case .color256: chosen = Self.color256
        case .color8: chosen = Self.color8
        case .monochrome: chosen = supported.isSuperset(of: [.italic, .dim]) ? Self.monochrome : Self.plainTerminal
        }
        if !supported.isSuperset(of: .all) {
            for (role, style) in chosen {
                chosen[role] = CellStyle(
                    foreground: style.foreground, background: style.background,
                    attributes: style.attributes.intersection(supported))
            }
        }
        styles = chosen
    }

    public func style(_ role: Role) -> CellStyle {
        var style = styles[role] ?? .plain
        style.roles = StyleRoles(role)
        return style
    }

    /// The style of a highlight kind.
    public func style(_ kind: HighlightKind) -> CellStyle { style(kind.role) }

    private static func s(_ fg: UInt8? = nil, _ bg: UInt8? = nil, _ attrs: TextAttributes = []) -> CellStyle {
        CellStyle(
            foreground: fg.map { .indexed($0) } ?? .default, background: bg.map { .indexed($0) } ?? .default,
            attributes: attrs)
    }

    private static let monochrome: [Role: CellStyle] = [
        .title: s(nil, nil, [.bold, .underline]), .heading: s(nil, nil, .bold), .blockQuoteBar: s(nil, nil, .dim),
        .dim: s(nil, nil, .dim),
        .quote: s(nil, nil, .italic), .speaker: s(nil, nil, [.bold, .underline]), .person: s(nil, nil, .bold),
        .place: s(nil, nil, .underline), .figure: s(nil, nil, .dim),
        .match: s(nil, nil, .reverse), .currentMatch: s(nil, nil, [.reverse, .bold, .underline]),
        .focus: s(nil, nil, [.reverse, .bold]),
        .status: s(nil, nil, .reverse), .statusAccent: s(nil, nil, [.reverse, .bold]),
        .legendOff: s(nil, nil, [.reverse, .dim]),
        .message: s(nil, nil, .reverse), .error: s(nil, nil, [.reverse, .bold]),
        .header: s(nil, nil, [.bold, .underline]), .selection: s(nil, nil, .reverse),
        .tabActive: s(nil, nil, [.reverse, .bold]),
        .tabInactive: s(nil, nil, .dim), .panelBorder: s(nil, nil, .dim),
        .rulerTrack: s(nil, nil, .dim), .rulerThumb: s(nil, nil, .reverse), .notice: s(nil, nil, .bold),
        .prompt: s(nil, nil, .bold),
    ]

    /// Monochrome for a terminal with bold, underline and reverse only: quotes underlined,
    /// places reversed, figures bold and reversed; matches, the selection and the focus add
    /// underline to reverse; what would be dim is plain.
    private static let plainTerminal: [Role: CellStyle] = [
        .title: s(nil, nil, [.bold, .underline]), .heading: s(nil, nil, .bold), .blockQuoteBar: s(), .dim: s(),
        .quote: s(nil, nil, .underline), .speaker: s(nil, nil, [.bold, .underline]), .person: s(nil, nil, .bold),
        .place: s(nil, nil, .reverse), .figure: s(nil, nil, [.bold, .reverse]),
        .match: s(nil, nil, [.reverse, .underline]), .currentMatch: s(nil, nil, [.reverse, .bold, .underline]),
        .focus: s(nil, nil, [.reverse, .bold, .underline]),
        .status: s(nil, nil, .reverse), .statusAccent: s(nil, nil, [.reverse, .bold]), .legendOff: s(),
        .message: s(nil, nil, .reverse), .error: s(nil, nil, [.reverse, .bold]),
        .header: s(nil, nil, [.bold, .underline]), .selection: s(nil, nil, [.reverse, .underline]),
        .tabActive: s(nil, nil, [.reverse, .bold]),
        .tabInactive: s(), .panelBorder: s(),
        .rulerTrack: s(), .rulerThumb: s(nil, nil, .reverse), .notice: s(nil, nil, .bold), .prompt: s(nil, nil, .bold),
    ]

    private static let color8: [Role: CellStyle] = [
        .title: s(nil, nil, [.bold, .underline]), .heading: s(nil, nil, .bold), .blockQuoteBar: s(4, nil, []),
        .dim: s(nil, nil, .dim),
        .quote: s(6, nil, .italic), .speaker: s(3, nil, [.bold, .underline]), .person: s(2, nil, .bold),
        .place: s(5, nil, .underline), .figure: s(1, nil, []),
        .match: s(0, 3, []), .currentMatch: s(nil, nil, [.reverse, .bold, .underline]),
        .focus: s(nil, nil, [.reverse, .bold]),
        .status: s(7, 4, []), .statusAccent: s(7, 4, .bold), .legendOff: s(0, 4, []),
        .message: s(7, 4, []), .error: s(7, 1, .bold),
        .header: s(nil, nil, [.bold, .underline]), .selection: s(0, 6, []), .tabActive: s(7, 4, .bold),
        .tabInactive: s(nil, nil, .dim), .panelBorder: s(4, nil, []),
        .rulerTrack: s(4, nil, .dim), .rulerThumb: s(0, 4, []), .notice: s(3, nil, .bold), .prompt: s(3, nil, .bold),
    ]

    private static let color256: [Role: CellStyle] = [
        .title: s(255, nil, [.bold, .underline]), .heading: s(255, nil, .bold), .blockQuoteBar: s(67, nil, []),
        .dim: s(244, nil, []),
        .quote: s(117, nil, .italic), .speaker: s(215, nil, [.bold, .underline]), .person: s(114, nil, .bold),
        .place: s(176, nil, .underline), .figure: s(221, nil, []),
        .match: s(16, 222, []), .currentMatch: s(16, 208, [.bold, .underline]), .focus: s(nil, nil, [.reverse, .bold]),
        .status: s(252, 237, []), .statusAccent: s(255, 237, .bold), .legendOff: s(241, 237, []),
        .message: s(230, 237, []), .error: s(231, 124, .bold),
        .header: s(250, nil, [.bold, .underline]), .selection: s(231, 24, []), .tabActive: s(231, 24, .bold),
        .tabInactive: s(245, nil, []), .panelBorder: s(240, nil, []),
        .rulerTrack: s(238, nil, []), .rulerThumb: s(250, 240, []), .notice: s(215, nil, .bold),
        .prompt: s(215, nil, .bold),
    ]
}
