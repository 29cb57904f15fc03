import Foundation
import GlossTestSupport
import Testing

@testable import GlossUI

/// The key file: bind and unbind by action name, contexts, keys as the help spells them, and
/// lines that cannot be read reported and skipped.
@Suite struct KeyConfigTests {
    func resolve(_ keys: [Key], in context: KeyContext, _ bindings: [KeyBinding]) -> KeymapResult {
        var keymap = Keymap(bindings: bindings)
        var result = KeymapResult.unbound([])
        for key in keys { result = keymap.resolve(key, in: context) }
        return result
    }

    @Test func bindingAKeyReplacesWhatItDidInThoseContextsOnly() {
        let (bindings, problems) = KeyConfig.apply(
            """
            # scroll with J and K as well
            bind reader J line-down
            bind reader K line-up   # and a comment after
            bind reader q next-quote
            """)
        #expect(problems.isEmpty)
        #expect(resolve([.character("J")], in: .reader, bindings) == .action(.lineDown))
        #expect(resolve([.character("K")], in: .reader, bindings) == .action(.lineUp))
        // q moves to the next quote in the reader, and still quits in the library.
        #expect(resolve([.character("q")], in: .reader, bindings) == .action(.next(.quote)))
        #expect(resolve([.character("q")], in: .library, bindings) == .action(.quit))
        // The defaults are untouched elsewhere.
        #expect(resolve([.character("j")], in: .reader, bindings) == .action(.lineDown))
    }

    @Test func sequencesNamedKeysAndSeveralContexts() {
        let (bindings, problems) = KeyConfig.apply(
            """
            bind reader,panel ]x next-figure
            bind all Ctrl-g help
            bind library PgDn page-down
            unbind all Ctrl-r
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(resolve([.character("]"), .character("x")], in: .panel, bindings) == .action(.next(.figure)))
        #expect(resolve([.control("g")], in: .catalog, bindings) == .action(.help))
        #expect(resolve([.control("r")], in: .reader, bindings) == .unbound([.control("r")]))
        // The help shows the table as it ends up.
        let help = HelpContent.lines(bindings: bindings)
        #expect(help.contains { $0.keys.contains("]x") && $0.text == Action.next(.figure).help })
        #expect(
            !help.contains {
                $0.keys.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.contains("Ctrl-r")
            })
    }

    @Test func linesThatCannotBeReadAreReportedAndSkipped() {
        let (bindings, problems) = KeyConfig.apply(
            """
            bind reader J line-down
            bind reader Z no-such-action
            bind nowhere J line-down
            map reader J line-down
            bind reader J
            unbind reader \u{7F}
            """)
        #expect(problems.map(\.line) == [2, 3, 4, 5, 6])
        #expect(problems[0].description == "line 2: unknown action 'no-such-action'")
        // The good line still applies.
        #expect(resolve([.character("J")], in: .reader, bindings) == .action(.lineDown))
    }

    @Test func everyDefaultActionHasAName() {
        // Names are what the file binds by: one per action, none shared.
        var seen: [String: Action] = [:]
        for b in KeyBinding.defaults {
            if let other = seen[b.action.name] { #expect(other == b.action, "\(b.action.name) names two actions") }
            seen[b.action.name] = b.action
        }
        #expect(KeyConfig.actions["line-down"]?.action == .lineDown)
    }
}

/// The README lists every action a key file can bind, and only those.
@Suite struct ReadmeActionNamesTests {
    @Test func theReadmeListsEveryActionName() throws {
        let readme = try String(contentsOf: TestRepository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        let start = try #require(
            lines.firstIndex { $0.hasPrefix("Actions a key file can bind:") }, "no list of action names in the README")
        var listed: [String] = []
        for line in lines[(start + 1)...] {
            if line.hasPrefix("```") { if listed.isEmpty { continue } else { break } }
            listed += line.split(separator: " ").map(String.init)
        }
        let known = KeyConfig.actions.keys.sorted()
        if ProcessInfo.processInfo.environment["GLOSS_RECORD_README"] == "1" {
            print(Self.wrapped(known))
        }
        #expect(listed.sorted() == known, "README's action names differ; the list is:\n\(Self.wrapped(known))")
    }

    /// The names in lines of at most 96 columns.
    static func wrapped(_ names: [String]) -> String {
        var lines: [String] = []
        var line = ""
        for name in names {
            if !line.isEmpty, line.count + 1 + name.count > 96 {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + name
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
