import Foundation
import GlossCore
import Testing

@testable import GlossUI

/// The library list's first order (by title) and the origin column, on titles and ids where
/// case, accents and combining marks decide.
@Suite struct LibraryTitleOrderTests {
    static let titles = [
        "Élan vital", "elan vital", "e\u{301}lan", "Zebra crossing", "zebra crossing", "Ångström", "angstrom",
        "ß and ss", "Straße",
        "", "a-b", "a b", "ab", "한국", "\u{1100}\u{1161}", "Bridge", "bridge",
    ]

    @Test func titleOrderIsTheColumnsComparisonBothWays() {
        let entries = Self.titles.enumerated().map { i, title in
            LibraryEntry(id: "f\(i % 3)/n\(Self.titles.count - i)", title: title, origin: "—", words: i)
        }
        var state = LibraryState(entries: entries)
        for up in [true, false] {
            state.ascending = up
            let expected = entries.sorted { LibraryState.precedes($0, $1, by: .title, ascending: up) }
            #expect(state.visible.map(\.id) == expected.map(\.id))
        }
    }

    @Test func theFolderOfAnIdIsBeforeItsLastSlashCharacter() {
        #expect(LibraryEntry.folder(of: "news/world/story") == "news/world")
        #expect(LibraryEntry.folder(of: "story") == nil)
        #expect(LibraryEntry.folder(of: "nouvelles/été") == "nouvelles")
        #expect(LibraryEntry.folder(of: "été/x") == "été")
        // A slash with a combining mark on it is no slash character: the one before counts.
        #expect(LibraryEntry.folder(of: "a/b/\u{301}c") == "a")
        #expect(LibraryEntry.folder(of: "/\u{301}c") == nil)
    }
}
