import Testing
@testable import GlossUI

/// Every highlight kind stays visible and distinct whatever the terminal can show.
@Suite struct ThemeTests {
    static let vt100: TextAttributes = [.bold, .underline, .reverse]

    @Test(arguments: [TextAttributes.all, vt100, [.bold, .underline, .reverse, .dim], [.bold, .underline, .reverse, .italic]])
    func everyKindIsDistinctInMonochrome(_ supported: TextAttributes) {
        let theme = Theme(depth: .monochrome, supported: supported)
        let styles = HighlightKind.allCases.map { theme.style($0) }
        #expect(Set(styles).count == HighlightKind.allCases.count, "\(supported.names)")
        for (kind, style) in zip(HighlightKind.allCases, styles) {
            #expect(!style.attributes.isEmpty, "\(kind) is invisible with \(supported.names)")
            #expect(supported.isSuperset(of: style.attributes), "\(kind) uses what the terminal lacks")
        }
        // The search match and the selection stay visible too.
        #expect(!theme.style(.match).attributes.isEmpty && !theme.style(.selection).attributes.isEmpty)
    }

    @Test(arguments: [ColorDepth.color8, .color256])
    func colourVariantsDropOnlyWhatTheTerminalLacks(_ depth: ColorDepth) {
        let theme = Theme(depth: depth, supported: Self.vt100)
        let full = Theme(depth: depth)
        for kind in HighlightKind.allCases {
            #expect(Self.vt100.isSuperset(of: theme.style(kind).attributes))
            #expect(theme.style(kind).foreground == full.style(kind).foreground)
        }
        #expect(Set(HighlightKind.allCases.map { theme.style($0) }).count == HighlightKind.allCases.count)
    }
}
