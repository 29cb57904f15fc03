extension KeyBinding {
    private static func c(_ s: String) -> [Key] { s.map { Key.character($0) } }

    /// The default bindings, in help order.
    public static let defaults: [KeyBinding] = {
        let text: Set<KeyContext> = [.reader, .panel]
        let lists: Set<KeyContext> = [.library, .reader, .panel, .help, .facets, .catalog]
        let library: Set<KeyContext> = [.library, .facets]
        var b: [KeyBinding] = [
            KeyBinding(c("q"), .quit, .general, in: [.library, .reader, .panel, .help, .facets, .catalog]),
            KeyBinding([.character("?")], .help, .general, in: [.library, .reader, .panel, .help, .facets, .catalog]),
            KeyBinding([.escape], .cancel, .general, in: [.library, .reader, .panel, .help, .facets, .catalog]),
            KeyBinding(c("h"), .back, .general, in: [.reader, .library, .catalog]),
            KeyBinding(c("W"), .messages, .general, in: [.library, .reader, .panel, .facets, .catalog]),
            KeyBinding([.left], .back, .general, in: [.reader, .library, .catalog]),
            KeyBinding(
                [.control("l")], .redraw, .general, in: [.library, .reader, .panel, .help, .prompt, .facets, .catalog]),

            KeyBinding([.enter], .activate, .library, in: library.union([.catalog])),
            KeyBinding(c("/"), .filter, .library, in: library.union([.catalog])),
            KeyBinding(c("f"), .findInLibrary, .library, in: library),
            KeyBinding(c("s"), .cycleSort, .library, in: [.library, .catalog]),
            KeyBinding(c("S"), .reverseSort, .library, in: [.library, .catalog]),
            KeyBinding([.tab], .togglePanel, .library, in: library),
            KeyBinding(c("c"), .clearFacets, .library, in: library),
            KeyBinding([.backspace], .dropFacet, .library, in: library),
            KeyBinding(c("l"), .nextTab, .library, in: [.facets], inHelp: false),
            KeyBinding([.right], .nextTab, .library, in: [.facets], inHelp: false),
            KeyBinding(c("h"), .previousTab, .library, in: [.facets], inHelp: false),
            KeyBinding([.left], .previousTab, .library, in: [.facets], inHelp: false),

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
        for column in LibrarySort.allCases {
            b.insert(
                KeyBinding([.character(column.digit)], .sortBy(column), .library, in: [.library]),
                at: b.firstIndex { $0.group == .moving }!)
        }
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

            KeyBinding(c("Q"), .catalogTab(.quotes), .catalog, in: [.library, .facets, .catalog]),
            KeyBinding(c("F"), .catalogTab(.figures), .catalog, in: [.library, .facets, .catalog]),
        ]
        for tab in CatalogTab.allCases {
            b.append(KeyBinding([.character(tab.digit)], .catalogTab(tab), .catalog, in: [.catalog]))
        }
        b += [
            KeyBinding(c("]"), .nextTab, .catalog, in: [.catalog]),
            KeyBinding(c("["), .previousTab, .catalog, in: [.catalog]),
            KeyBinding(c("l"), .enterList, .catalog, in: [.catalog]),
            KeyBinding([.right], .enterList, .catalog, in: [.catalog]),
            KeyBinding(c("c"), .compareFigures, .catalog, in: [.catalog]),
            KeyBinding(c("t"), .tagQuote, .catalog, in: [.catalog]),

            KeyBinding(c("v"), .startSelection, .selecting, in: text),
            KeyBinding(c("V"), .selectSentence, .selecting, in: text.union([.select])),
            KeyBinding(c("ip"), .selectParagraph, .selecting, in: [.select]),
            KeyBinding([.escape], .cancel, .selecting, in: [.select]),
            KeyBinding(c("v"), .cancel, .selecting, in: [.select]),
            KeyBinding(c("l"), .extendSelection(.characterForward), .selecting, in: [.select]),
            KeyBinding([.right], .extendSelection(.characterForward), .selecting, in: [.select]),
            KeyBinding(c("h"), .extendSelection(.characterBackward), .selecting, in: [.select]),
            KeyBinding([.left], .extendSelection(.characterBackward), .selecting, in: [.select]),
            KeyBinding(c("w"), .extendSelection(.wordForward), .selecting, in: [.select]),
            KeyBinding(c("b"), .extendSelection(.wordBackward), .selecting, in: [.select]),
            KeyBinding(c("e"), .extendSelection(.wordEnd), .selecting, in: [.select]),
            KeyBinding(c("j"), .extendSelection(.lineDown), .selecting, in: [.select]),
            KeyBinding([.down], .extendSelection(.lineDown), .selecting, in: [.select]),
            KeyBinding(c("k"), .extendSelection(.lineUp), .selecting, in: [.select]),
            KeyBinding([.up], .extendSelection(.lineUp), .selecting, in: [.select]),
            KeyBinding(c(")"), .extendSelection(.sentenceForward), .selecting, in: [.select]),
            KeyBinding(c("("), .extendSelection(.sentenceBackward), .selecting, in: [.select]),
            KeyBinding(c("}"), .extendSelection(.paragraphForward), .selecting, in: [.select]),
            KeyBinding(c("{"), .extendSelection(.paragraphBackward), .selecting, in: [.select]),

            KeyBinding(c("m"), .mark, .annotating, in: text.union([.select])),
            KeyBinding(c("a"), .annotate, .annotating, in: text.union([.select])),
            KeyBinding(c("c"), .cycleColor, .annotating, in: text.union([.select])),
            KeyBinding(c("t"), .tagQuote, .annotating, in: text),
            KeyBinding(c("r"), .reattach, .annotating, in: [.select]),
            KeyBinding(c("u"), .undo, .annotating, in: text),
            KeyBinding([.control("r")], .redo, .annotating, in: text),
            KeyBinding(c("]a"), .nextAnnotation, .annotating, in: text),
            KeyBinding(c("[a"), .previousAnnotation, .annotating, in: text),
            KeyBinding(c("E"), .export, .annotating, in: text),
            KeyBinding(c("E"), .exportAll, .annotating, in: [.library], inHelp: false),
            KeyBinding(c(":"), .command, .general, in: [.library, .reader, .panel]),
            KeyBinding(c("e"), .editAnnotation, .annotating, in: [.panel]),
            KeyBinding(c("d"), .deleteAnnotation, .annotating, in: [.panel]),
            KeyBinding(c("q"), .quit, .general, in: [.select]),
            KeyBinding([.character("?")], .help, .general, in: [.select]),
            KeyBinding([.control("l")], .redraw, .general, in: [.select]),

            KeyBinding([.enter], .activate, .prompt, in: [.prompt]),
            // In the library's filter: keep the filter and move in the list.
            KeyBinding([.down], .lineDown, .prompt, in: [.prompt]),
            KeyBinding([.up], .lineUp, .prompt, in: [.prompt]),
            KeyBinding([.escape], .cancel, .prompt, in: [.prompt]),
            KeyBinding([.backspace], .deleteBackward, .prompt, in: [.prompt]),
            KeyBinding([.control("u")], .clearPrompt, .prompt, in: [.prompt]),
            KeyBinding([.control("w")], .deleteWord, .prompt, in: [.prompt]),
            KeyBinding([.delete], .deleteForward, .prompt, in: [.prompt]),
            KeyBinding([.control("d")], .deleteForward, .prompt, in: [.prompt]),
            KeyBinding([.left], .cursorLeft, .prompt, in: [.prompt]),
            KeyBinding([.control("b")], .cursorLeft, .prompt, in: [.prompt]),
            KeyBinding([.right], .cursorRight, .prompt, in: [.prompt]),
            KeyBinding([.control("f")], .cursorRight, .prompt, in: [.prompt]),
            KeyBinding([.home], .cursorHome, .prompt, in: [.prompt]),
            KeyBinding([.control("a")], .cursorHome, .prompt, in: [.prompt]),
            KeyBinding([.end], .cursorEnd, .prompt, in: [.prompt]),
            KeyBinding([.tab], .complete, .prompt, in: [.prompt]),
            KeyBinding([.control("e")], .openEditor, .prompt, in: [.prompt]),
        ]
        return b
    }()
}
