import GlossCore
import Testing

@testable import GlossUI

/// Styles carry the roles they were made of, in the order laid; snapshots print those, so
/// they do not depend on the theme's colours.
@Suite struct StyleRolesTests {
    @Test func rolesAreNamedInTheOrderLaidAndTakeNoPartInEquality() {
        let theme = Theme(depth: .color256)
        let focused = theme.style(.text).merged(with: theme.style(Role.quote)).merged(with: theme.style(.focus))
        #expect(focused.roleDescription == "quote+focus")
        // Laid again, a role is not named twice; laid the other way round, the order shows.
        #expect(focused.merged(with: theme.style(Role.quote)).roleDescription == "quote+focus")
        #expect(theme.style(.selection).merged(with: theme.style(.dim)).roleDescription == "selection+dim")
        #expect(theme.style(.dim).merged(with: theme.style(.selection)).roleDescription == "dim+selection")
        #expect(
            theme.annotationStyle("green").merged(with: theme.annotationStyle(nil)).roleDescription
                == "mark:green+mark:yellow")
        #expect(theme.annotationStyle("no such colour").roleDescription == "mark:yellow")
        #expect(theme.selectionStyle.merged(with: theme.caretStyle).roleDescription == "selecting+caret")
        // Text and the plain look say nothing; a look made outside the theme says what it is.
        #expect(theme.style(.text).roleDescription.isEmpty && CellStyle.plain.roleDescription.isEmpty)
        #expect(CellStyle(attributes: .bold).roleDescription == "[bold]")
        // Equal looks are equal styles: the terminal is not sent a cell that looks the same.
        #expect(
            theme.style(.notice) == theme.style(.prompt)
                && theme.style(.notice).roleDescription != theme.style(.prompt).roleDescription)
        #expect(Set([theme.style(.notice), theme.style(.prompt)]).count == 1)
        var many = StyleRoles()
        for role in Role.allCases { many = many.union(StyleRoles(role)) }
        #expect(many.names == Role.allCases.suffix(5).map(\.rawValue), "past five names the first laid give way")
    }

    /// The same screens in every theme: the same role dump, while the looks differ.
    @Test func theRoleDumpIsTheSameInEveryTheme() {
        var reading = Fixture.readerState()
        _ = reading.apply(.next(.quote))
        var annotated = Fixture.readerState()
        _ = annotated.apply(.startSelection)
        _ = annotated.apply(.extendSelection(.wordEnd))
        _ = annotated.apply(.mark)
        _ = annotated.apply(.togglePanel)
        var selecting = Fixture.readerState()
        _ = selecting.apply(.startSelection)
        _ = selecting.apply(.extendSelection(.wordForward))
        let themes = [
            Theme(depth: .color256), Theme(depth: .color8), Theme(depth: .monochrome),
            Theme(depth: .monochrome, supported: [.bold, .underline, .reverse]),
        ]
        for state in [Fixture.libraryState(), reading, annotated, selecting] {
            let buffers = themes.map { ScreenRenderer.render(state, theme: $0).buffer }
            let roles = Set(buffers.map { $0.snapshot(.roles) })
            #expect(roles.count == 1)
            #expect(Set(buffers.map { $0.snapshot(.looks) }).count == themes.count)
            #expect(roles.first?.contains("quote") == true || state.reader == nil)
        }
    }
}
