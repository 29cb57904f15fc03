import Foundation
import Testing

@testable import GlossCore

/// The order of names, paths and ids in a library: as Swift compares strings, whatever
/// shortcut the scan takes on the way.
@Suite struct LibraryOrderTests {
    /// Pieces that make ordering hard: combining marks after plain letters, precomposed
    /// letters, Hangul jamo that compose, a prepended mark, path punctuation and case.
    static let pieces = [
        "a", "b", "e", "z", "A", "E", "-", ".", "/", "0", "9", " ", "é", "e\u{301}", "\u{301}", "\u{323}", "\u{1100}",
        "\u{1161}",
        "\u{AC00}", "\u{600}", "ß", "ø", "日", "\u{1F600}",
    ]

    static func strings(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        return (0..<count).map { _ in (0..<(1 + next() % 5)).map { _ in pieces[next() % pieces.count] }.joined() }
    }

    @Test func precedesIsSwiftsStringOrder() {
        let words =
            Self.strings(count: 400, seed: 7) + ["", "a", "a/b", "a-b", "a.b", "ab", "e\u{301}a", "éa", "e/\u{301}"]
        for x in words {
            for y in words {
                #expect(Library.precedes(x, y) == (x < y), "\(Array(x.unicodeScalars)) vs \(Array(y.unicodeScalars))")
            }
        }
    }

    @Test func sortsKeepSwiftsOrderAndStability() {
        let ids = Self.strings(count: 300, seed: 11)
        let items = ids.enumerated().map { ($0.offset, $0.element) }
        let sorted = Library.sortedByID(items, id: \.1)
        #expect(sorted.map(\.1) == ids.sorted())
        // Equal ids (canonically equivalent ones too) keep the order they came in.
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.1 == b.1 { #expect(a.0 < b.0) }
        let warnings = ids.map { LibraryWarning(path: $0, kind: .decodedAsWindows1252) }
        #expect(Library.sortedWarnings(warnings).map(\.path) == ids.sorted())
    }

    @Test func inputAlreadyInOrderComesBackAsItIs() {
        // Equal keys (the same bytes, or canonically equivalent ones) keep their places.
        let items = [("a", 0), ("b", 1), ("b", 2), ("caf\u{E9}", 3), ("cafe\u{301}", 4), ("d", 5)]
        #expect(Library.sortedByID(items, id: \.0).map(\.1) == [0, 1, 2, 3, 4, 5])
        let reversed = Array(items.reversed())
        // Reversed, equal keys stay in the order they came in.
        #expect(Library.sortedByID(reversed, id: \.0).map(\.1) == [0, 2, 1, 4, 3, 5])
        #expect(Library.sortedByID([(String, Int)](), id: \.0).isEmpty)
        #expect(Library.sortedByID([("x", 9)], id: \.0).map(\.1) == [9])
    }

    @Test func nonASCIINamesAreScannedInSwiftsOrder() throws {
        let dir = try TemporaryFolder()
        let names = [
            "zeta", "Éclair", "eclair", "e\u{301}clat", "ecrire", "a-b", "a.b", "ab", "\u{1100}\u{1161}", "\u{AC00}x",
            "ß",
        ]
        for name in names { try dir.write(name + ".txt", "\(name)\n\nText.\n") }
        try dir.write("a/b.txt", "Nested\n\nText.\n")
        try dir.write("a/é.txt", "Nested accent\n\nText.\n")
        let (files, warnings) = try Library.scan(dir.url)
        #expect(warnings.isEmpty)
        let relative = files.map(\.relativePath)
        #expect(relative == relative.sorted())
        #expect(Set(relative) == Set(names.map { $0 + ".txt" } + ["a/b.txt", "a/é.txt"]))
        let library = try Library.load(from: dir.url)
        #expect(library.articles.map(\.id) == (names + ["a/b", "a/é"]).sorted())
        for file in files {
            #expect(file.displayPath == Library.display(dir.url, file.relativePath))
            #expect(file.path == dir.url.path + "/" + file.relativePath)
        }
    }

    @Test func hiddenEntriesDocumentationAndLinksInsideAreTreatedAsBefore() throws {
        let dir = try TemporaryFolder()
        try dir.write("story.txt", "Story\n\nText.\n")
        try dir.write(".draft.txt", "Hidden\n\nText.\n")
        try dir.write(".cache/inside.txt", "Hidden folder\n\nText.\n")
        try dir.write("ReadMe.md", "Docs\n")
        try dir.write("CHANGELOG.txt", "Docs\n")
        try dir.write("readmefile.txt", "Not docs\n\nText.\n")
        try dir.write("sub/inner.md", "Inner\n\nText.\n")
        try dir.link("alias.txt", to: "story.txt")
        try dir.link("again", to: "sub")
        let (files, warnings) = try Library.scan(dir.url)
        // The link comes first, so the folder is walked through it, and once only.
        #expect(files.map(\.id) == ["again/inner", "alias", "readmefile", "story"])
        #expect(warnings.isEmpty, "\(warnings)")
        let alias = try #require(files.first)
        #expect(alias.size == Int64("Story\n\nText.\n".utf8.count))
    }

    @Test(.enabled(if: geteuid() != 0, "root reads every folder whatever its permissions"))
    func anUnreadableFolderIsOneWarning() throws {
        let dir = try TemporaryFolder()
        try dir.write("locked/hidden.txt", "Locked\n\nText.\n")
        try dir.write("open.txt", "Open\n\nText.\n")
        let locked = dir.url.appendingPathComponent("locked").path
        chmod(locked, 0)
        defer { chmod(locked, 0o755) }
        let (files, warnings) = try Library.scan(dir.url)
        #expect(files.map(\.id) == ["open"])
        #expect(warnings.map(\.kind) == [.skipped(.unreadable(reason: "permission denied"))])
    }
}
