extension KeyBinding {
    private static func c(_ s: String) -> [Key] { s.map { Key.character($0) } }

    /// The default bindings, in help order.
    public static let defaults: [KeyBinding] = {
        let text: Set<KeyContext> = [.reader, .panel]
        let lists: Set<KeyContext> = [.library, .reader, .panel, .help]
        var b: [KeyBinding] = [
            KeyBinding(c("q"), .quit, .general, in: [.library, .reader, .panel, .help]),
            KeyBinding([.character("?")], .help, .general, in: [.library, .reader, .panel, .help]),
            KeyBinding([.escape], .cancel, .general, in: [.library, .reader, .panel, .help]),
            KeyBinding([.control("l")], .redraw, .general, in: [.library, .reader, .panel, .help, .prompt]),

            KeyBinding([.enter], .activate, .library, in: [.library]),
            KeyBinding(c("/"), .filter, .library, in: [.library]),
            KeyBinding(c("s"), .cycleSort, .library, in: [.library]),

            KeyBinding(c("j"), .lineDown, .moving, in: lists),
            KeyBinding([.down], .lineDown, .moving, in: lists),
            KeyBinding(c("k"), .lineUp, .moving, in: lists),
            KeyBinding([.up], .lineUp, .moving, in: lists),
            KeyBinding([.character(" ")], .pageDown, .moving, in: lists),
            KeyBinding([.pageDown], .pageDown, .moving, in: lists),
            KeyBinding(c("b"), .pageUp, .moving, in: lists),
            KeyBinding([.pageUp], .pageUp, .moving, in: lists),
            KeyBinding([.control("d")], .halfPageDown, .moving, in: lists),
            KeyBinding([.control("u")], .halfPageUp, .moving, in: lists),
            KeyBinding(c("g"), .top, .moving, in: lists),
            KeyBinding([.home], .top, .moving, in: lists),
            KeyBinding(c("G"), .bottom, .moving, in: lists),
            KeyBinding([.end], .bottom, .moving, in: lists),

            KeyBinding(c("/"), .search, .finding, in: text),
            KeyBinding(c("n"), .nextMatch, .finding, in: text),
            KeyBinding(c("N"), .previousMatch, .finding, in: text),
        ]
        let navigable: [(HighlightKind, Character)] = [(.quote, "q"), (.person, "p"), (.place, "l"), (.figure, "f")]
        for (kind, letter) in navigable {
            b.append(KeyBinding([.character("]"), .character(letter)], .next(kind), .finding, in: text))
            b.append(KeyBinding([.character("["), .character(letter)], .previous(kind), .finding, in: text))
        }
        for kind in HighlightKind.allCases {
            b.append(KeyBinding([.character(Character(String(kind.digit)))], .toggle(kind), .highlights, in: text))
        }
        b += [
            KeyBinding(c("0"), .showAll, .highlights, in: text),
            KeyBinding(c("+"), .widen, .highlights, in: text),
            KeyBinding(c("="), .widen, .highlights, in: text),
            KeyBinding(c("-"), .narrow, .highlights, in: text),

            KeyBinding([.tab], .togglePanel, .panel, in: text),
            KeyBinding([.enter], .activate, .panel, in: [.panel]),
            KeyBinding(c("l"), .nextTab, .panel, in: [.panel]),
            KeyBinding([.right], .nextTab, .panel, in: [.panel]),
            KeyBinding(c("h"), .previousTab, .panel, in: [.panel]),
            KeyBinding([.left], .previousTab, .panel, in: [.panel]),
            KeyBinding([.backTab], .previousTab, .panel, in: [.panel]),

            KeyBinding([.enter], .activate, .prompt, in: [.prompt]),
            KeyBinding([.escape], .cancel, .prompt, in: [.prompt]),
            KeyBinding([.backspace], .deleteBackward, .prompt, in: [.prompt]),
            KeyBinding([.control("u")], .clearPrompt, .prompt, in: [.prompt]),
        ]
        return b
    }()
}
