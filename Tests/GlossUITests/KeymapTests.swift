import Testing

@testable import GlossUI

@Suite struct KeymapTests {
    @Test func sequencesWaitForTheirSecondKey() {
        var keymap = Keymap()
        #expect(keymap.resolve(.character("]"), in: .reader) == .pending([.character("]")]))
        #expect(keymap.resolve(.character("q"), in: .reader) == .action(.next(.quote)))
        #expect(keymap.resolve(.character("["), in: .reader) == .pending([.character("[")]))
        #expect(keymap.resolve(.character("f"), in: .reader) == .action(.previous(.figure)))
        #expect(keymap.resolve(.character("q"), in: .reader) == .action(.quit))
    }

    @Test func anAbandonedPrefixLetsTheNextKeyStandAlone() {
        var keymap = Keymap()
        _ = keymap.resolve(.character("]"), in: .reader)
        #expect(keymap.resolve(.character("j"), in: .reader) == .action(.lineDown))
        #expect(keymap.pending.isEmpty)
    }

    @Test func contextsChooseTheBinding() {
        var keymap = Keymap()
        #expect(keymap.resolve(.enter, in: .library) == .action(.activate))
        #expect(keymap.resolve(.character("/"), in: .library) == .action(.filter))
        #expect(keymap.resolve(.character("/"), in: .reader) == .action(.search))
        #expect(keymap.resolve(.character("l"), in: .panel) == .action(.nextTab))
        // Digits toggle highlights in an article and sort the library.
        #expect(keymap.resolve(.character("1"), in: .reader) == .action(.toggle(.quote)))
        #expect(keymap.resolve(.character("1"), in: .library) == .action(.sortBy(.title)))
        #expect(keymap.resolve(.character("0"), in: .library) == .action(.sortBy(.progress)))
        #expect(keymap.resolve(.character("x"), in: .library) == .unbound([.character("x")]))
    }

    @Test func thePromptTakesTextButKeepsItsKeys() {
        var keymap = Keymap()
        #expect(keymap.resolve(.character("q"), in: .prompt) == .action(.insert("q")))
        #expect(keymap.resolve(.character("]"), in: .prompt) == .action(.insert("]")))
        #expect(keymap.resolve(.enter, in: .prompt) == .action(.activate))
        #expect(keymap.resolve(.escape, in: .prompt) == .action(.cancel))
        #expect(keymap.resolve(.backspace, in: .prompt) == .action(.deleteBackward))
    }

    @Test func noTwoBindingsClashAndHelpListsEveryOne() {
        var seen: [String: Action] = [:]
        for binding in KeyBinding.defaults {
            for context in binding.contexts {
                let key = "\(context):\(binding.keys)"
                #expect(seen[key] == nil || seen[key] == binding.action, "\(key) bound twice")
                seen[key] = binding.action
                // No binding is a prefix of another in the same context (it could never fire).
                for other in KeyBinding.defaults
                where other.contexts.contains(context) && other.keys.count > binding.keys.count {
                    #expect(!other.keys.starts(with: binding.keys), "\(binding.keyLabel) hides \(other.keyLabel)")
                }
            }
        }
        let help = HelpContent.lines()
        for binding in KeyBinding.defaults where binding.inHelp {
            if case .sortBy = binding.action { continue }
            #expect(
                help.contains { $0.text == binding.action.help && $0.keys.contains(binding.keyLabel) },
                "\(binding.keyLabel) missing from help")
        }
        // The library's column keys share one line, from the first to the last.
        let digits = LibrarySort.allCases.map { String($0.digit) }
        #expect(help.filter { $0.text == HelpContent.sortHelp }.map(\.keys) == ["\(digits.first!) … \(digits.last!)"])
    }
}
