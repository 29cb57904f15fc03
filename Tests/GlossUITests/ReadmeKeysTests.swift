import Foundation
import GlossTestSupport
import Testing

@testable import GlossUI

/// The README's key tables and the binding table (which the keymap and the help screen read)
/// say the same: every key the help lists is in a README key table, and every key a README
/// key table names is bound. The README explains more than the help's one line, so its rows
/// are written by hand; this is what keeps them from drifting.
@Suite struct ReadmeKeysTests {
    /// Words in a key cell that are not keys.
    static let prose: Set<String> = ["mouse", "wheel", "then", "(library)", "…", "in", "the", "prompts"]

    /// The key cells of the README's key tables (tables whose header starts with `| Keys |`),
    /// each cut into the keys it names: backticked keys, and named keys written bare
    /// (`Down Up`, `Space PgDn`, `Tab`).
    static func readmeKeys() throws -> [(row: String, keys: [String])] {
        let readme = try String(contentsOf: TestRepository.root.appendingPathComponent("README.md"), encoding: .utf8)
        var rows: [(String, [String])] = []
        var inTable = false
        for line in readme.components(separatedBy: "\n") {
            if line.hasPrefix("| Keys |") {
                inTable = true
                continue
            }
            guard inTable else { continue }
            guard line.hasPrefix("|") else {
                inTable = false
                continue
            }
            if line.hasPrefix("|---") { continue }
            let cell = line.split(separator: "|", omittingEmptySubsequences: false)[1].trimmingCharacters(
                in: .whitespaces)
            rows.append((cell, keys(in: cell)))
        }
        return rows
    }

    /// The keys a cell names: `a` `b`, `Ctrl-d`, Down, `1` … `0` (every digit between).
    static func keys(in cell: String) -> [String] {
        var keys: [String] = []
        var rest = Substring(cell)
        while !rest.isEmpty {
            if rest.first == "`" {
                let body = rest.dropFirst()
                guard let close = body.firstIndex(of: "`") else { break }
                keys.append(String(body[..<close]))
                rest = body[body.index(after: close)...]
                continue
            }
            let word = rest.prefix { $0 != " " && $0 != "," && $0 != "`" }
            if !word.isEmpty { keys.append(String(word)) }
            rest = rest.dropFirst(max(1, word.count))
        }
        // `1` … `0`: every key between, as the help's ranges mean.
        var out: [String] = []
        for (i, key) in keys.enumerated() {
            if key == "…", i > 0, i + 1 < keys.count, let a = Int(keys[i - 1]), let b = Int(keys[i + 1]) {
                let last = b == 0 ? 10 : b
                if a + 1 < last { out += (a + 1..<last).map { String($0 % 10) } }
                continue
            }
            out.append(key)
        }
        return out.filter { !prose.contains($0) }
    }

    /// Every key label the help shows (a binding in the help, in any context).
    static var boundLabels: Set<String> {
        Set(KeyBinding.defaults.filter(\.inHelp).map(\.keyLabel))
    }

    @Test func everyKeyInTheHelpIsInAReadmeKeyTable() throws {
        let named = Set(try Self.readmeKeys().flatMap(\.keys))
        let missing = Self.boundLabels.subtracting(named).sorted()
        #expect(missing.isEmpty, "keys the help lists but no README key table does: \(missing)")
    }

    @Test func everyKeyInAReadmeKeyTableIsBound() throws {
        let all = Set(KeyBinding.defaults.map(\.keyLabel))
        for (row, keys) in try Self.readmeKeys() {
            let unbound = keys.filter { !all.contains($0) }
            #expect(unbound.isEmpty, "README key row names keys nothing binds: \(unbound) in \(row)")
        }
    }

    @Test func theCellReaderFindsKeysAndRanges() {
        #expect(Self.keys(in: "`j` `k`, Down Up") == ["j", "k", "Down", "Up"])
        #expect(Self.keys(in: "`1` … `4`") == ["1", "2", "3", "4"])
        #expect(Self.keys(in: "`1` … `0`").count == 10)
        #expect(Self.keys(in: "Tab, then `h`") == ["Tab", "h"])
    }
}
