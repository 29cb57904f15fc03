import Foundation
import Testing

@testable import GlossCore

@Suite struct LibraryTests {
    /// A library with good articles in every format beside every kind of bad file.
    static func messyLibrary() throws -> TemporaryFolder {
        let dir = try TemporaryFolder()
        try dir.write("good.txt", "Good Title\n\nA paragraph about Chiapas.\n")
        try dir.write("nested/deeper/story.md", "---\ntitle: Nested Story\n---\n\nText.\n")
        try dir.write("page.html", "<html><head><title>Page Title</title></head><body><p>Body.</p></body></html>")
        try dir.write("crlf.txt", "Windows Title\r\n\r\nLine one\r\nline two.\r\n")
        try dir.write("latin1.txt", Data([0x43, 0x61, 0x66, 0xE9, 0x0A, 0x0A, 0x93, 0x68, 0x69, 0x94, 0x0A]))
        try dir.write("bom.txt", Data([0xEF, 0xBB, 0xBF] + Array("BOM Title\n\nText.\n".utf8)))
        try dir.write("binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00]))
        try dir.write("empty.txt", "")
        try dir.write("blank.md", "\n\n   \n")
        try dir.write("escapes.txt", "Escape \u{1B}[2J Title\n\nBody \u{1B}]0;owned\u{7} text.\n")
        try dir.write(".hidden.txt", "Hidden\n")
        try dir.write(".git/config.txt", "Not an article\n")
        try dir.write("SOURCES.md", "# Sources\n")
        try dir.write("notes.pdf", Data([0x25, 0x50, 0x44, 0x46]))
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: dir.url.appendingPathComponent("loop").path, withDestinationPath: "loop")
        try fm.createSymbolicLink(atPath: dir.url.appendingPathComponent("nested/up").path, withDestinationPath: "..")
        try fm.createSymbolicLink(
            atPath: dir.url.appendingPathComponent("dangling.txt").path, withDestinationPath: "missing.txt")
        return dir
    }

    @Test func goodArticlesLoadAndEveryBadFileGetsItsWarning() throws {
        let dir = try Self.messyLibrary()
        let library = try Library.load(from: dir.url)
        let ids = library.articles.map(\.id)
        #expect(ids == ["bom", "crlf", "escapes", "good", "latin1", "nested/deeper/story", "page"])
        #expect(
            library.articles.map(\.title) == [
                "BOM Title", "Windows Title", "Escape \u{FFFD}[2J Title", "Good Title", "Café", "Nested Story",
                "Page Title",
            ])

        func warning(_ name: String) -> LibraryWarning? { library.warnings.first { $0.path.hasSuffix("/" + name) } }
        #expect(warning("binary.txt")?.kind == .skipped(.binary(reason: "NUL byte at offset 6")))
        #expect(warning("empty.txt")?.kind == .skipped(.empty))
        #expect(warning("blank.md")?.kind == .skipped(.empty))
        #expect(warning("latin1.txt")?.kind == .decodedAsWindows1252)
        #expect(warning("escapes.txt")?.kind == .controlCharactersReplaced(count: 3))
        #expect(warning("loop")?.kind == .skipped(.symlinkLoop))
        #expect(warning("nested/up")?.kind == .skipped(.symlinkLoop))
        #expect(warning("dangling.txt")?.kind == .skipped(.brokenSymlink))
        #expect(warning("crlf.txt") == nil)
        #expect(warning("bom.txt") == nil)
        #expect(
            !library.warnings.contains {
                $0.path.contains(".hidden") || $0.path.contains("SOURCES") || $0.path.contains(".pdf")
            })
        // Every message names the file.
        for w in library.warnings { #expect(w.description.hasPrefix(w.path + ": ")) }
    }

    @Test func crlfTextKeepsFileOffsets() throws {
        let dir = try Self.messyLibrary()
        let article = try Library.load(from: dir.url).article(named: "crlf")
        #expect(
            article.text.unicodeScalars.count == "Windows Title\r\n\r\nLine one\r\nline two.\r\n".unicodeScalars.count)
        #expect(article.text(in: article.blocks[1].range) == "Line one \nline two.")
        #expect(!article.text.unicodeScalars.contains { TextDecoder.isControl($0.value) || $0 == "\r" })
    }

    @Test func findsArticlesByIdStemFileNameAndPrefix() throws {
        let dir = try TemporaryFolder()
        try dir.write("a/story.txt", "A\n\nx\n")
        try dir.write("b/story.txt", "B\n\nx\n")
        try dir.write("b/unique-name.txt", "U\n\nx\n")
        let library = try Library.load(from: dir.url)
        #expect(try library.article(named: "a/story").title == "A")
        #expect(try library.article(named: "unique-name").title == "U")
        #expect(try library.article(named: "unique-name.txt").title == "U")
        #expect(try library.article(named: "uniq").title == "U")
        #expect(throws: LibraryError.ambiguous(query: "story", candidates: ["a/story", "b/story"])) {
            try library.article(named: "story")
        }
        #expect(throws: LibraryError.articleNotFound(query: "zzz", suggestions: [])) {
            try library.article(named: "zzz")
        }
    }

    @Test func filesSharingAStemKeepTheirExtensionsSoIdsStayUnique() throws {
        #expect(Library.articleIDs(["a/x.md", "a/x.txt", "a/y.txt"]) == ["a/x.md", "a/x.txt", "a/y"])
        // A stem equal to another file's full path clashes too.
        #expect(Library.articleIDs(["a/x.txt", "a/x.txt.md", "a/x.md"]) == ["a/x.txt", "a/x.txt.md", "a/x.md"])
        let dir = try TemporaryFolder()
        try dir.write("a/x.txt", "Plain\n\nx\n")
        try dir.write("a/x.md", "# Marked\n\nx\n")
        let library = try Library.load(from: dir.url)
        #expect(library.articles.map(\.id) == ["a/x.md", "a/x.txt"])
        #expect(try library.article(named: "a/x.txt").title == "Plain")
        #expect(try library.article(named: "a/x.md").title == "Marked")
        #expect(throws: LibraryError.self) { try library.article(named: "a/x") }
    }

    @Test func missingOrFileLibraryIsAnError() throws {
        let dir = try TemporaryFolder()
        let missing = dir.url.appendingPathComponent("nope")
        #expect(throws: LibraryError.missingFolder(path: missing.path)) { try Library.load(from: missing) }
        let file = try dir.write("f.txt", "F\n")
        #expect(throws: LibraryError.notAFolder(path: file.path)) { try Library.load(from: file) }
    }

    /// Root reads every file whatever its permissions, so this runs only for other users.
    @Test(.enabled(if: geteuid() != 0, "root reads every file whatever its permissions"))
    func unreadableFileIsSkippedWithWarning() throws {
        let dir = try TemporaryFolder()
        try dir.write("ok.txt", "OK\n\nx\n")
        let locked = try dir.write("locked.txt", "L\n\nx\n")
        chmod(locked.path, 0)
        let library = try Library.load(from: dir.url)
        #expect(library.articles.map(\.id) == ["ok"])
        #expect(library.warnings.first?.kind == .skipped(.unreadable(reason: "permission denied")))
    }

    @Test func shippedArticlesAllLoadWithTheirTitles() throws {
        let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Articles"
        ).standardized
        let library = try Library.load(from: articles)
        #expect(library.articles.count == 13)
        #expect(library.warnings.isEmpty)
        let sample = try library.article(named: "mexican-police-detain-migrants")
        #expect(sample.title == "Mexican police detain hundreds of Central American migrants during mass raid")
        #expect(sample.text.contains("Andrés Manuel López Obrador (AMLO)—a supposed “leftist”"))
        // Offsets are the file's code points.
        let raw = try String(
            contentsOf: articles.appendingPathComponent("mexican-police-detain-migrants.txt"), encoding: .utf8)
        #expect(sample.scalars.count == raw.unicodeScalars.count)
    }

    @Test func linksToFoldersOutsideTheLibraryAreFollowedOnlyWhenAsked() throws {
        let dir = try TemporaryFolder()
        let outside = try TemporaryFolder()
        try dir.write("own.txt", "Own\n\nText.\n")
        try outside.write("far.txt", "Far\n\nText.\n")
        try dir.link("machine", to: "/")
        try dir.link("elsewhere", to: outside.url.path)
        // A link to a file outside is only one file, and is read.
        try dir.link("single.txt", to: outside.url.appendingPathComponent("far.txt").path)

        let library = try Library.load(from: dir.url)
        #expect(library.articles.map(\.id) == ["own", "single"])
        let outsideLinks = library.warnings.filter { $0.kind == .skipped(.linkOutsideLibrary) }.map {
            ($0.path as NSString).lastPathComponent
        }
        #expect(outsideLinks == ["elsewhere", "machine"])
        #expect(library.warnings.count == 2)
        #expect(library.warnings.allSatisfy { $0.description.contains("--follow-links") })

        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("machine"))
        let followed = try Library.load(from: dir.url, options: ScanOptions(followLinks: true))
        #expect(followed.articles.map(\.id) == ["elsewhere/far", "own", "single"])
        #expect(followed.warnings.isEmpty)
    }

    @Test func linkLoopsEndWhenLinksAreFollowed() throws {
        let dir = try TemporaryFolder()
        let outside = try TemporaryFolder()
        try dir.write("a/b/story.txt", "Story\n\nText.\n")
        try outside.write("far.txt", "Far\n\nText.\n")
        try dir.link("a/b/top", to: "../..")
        try dir.link("a/self", to: ".")
        try dir.link("out", to: outside.url.path)
        try outside.link("back", to: dir.url.path)
        for follow in [false, true] {
            let library = try Library.load(from: dir.url, options: ScanOptions(followLinks: follow))
            #expect(library.articles.map(\.id) == (follow ? ["a/b/story", "out/far"] : ["a/b/story"]))
            let loops = library.warnings.filter { $0.kind == .skipped(.symlinkLoop) }.map {
                ($0.path as NSString).lastPathComponent
            }
            #expect(Set(loops) == (follow ? ["top", "self", "back"] : ["top", "self"]))
            // Not following, the link out is reported instead of the link back.
            #expect(library.warnings.count == 3, "\(library.warnings)")
        }
    }

    @Test func scanStopsAtItsDepthAndCountLimits() throws {
        let dir = try TemporaryFolder()
        let deep = Array(repeating: "d", count: 40).joined(separator: "/")
        try dir.write(deep + "/buried.txt", "Buried\n\nText.\n")
        try dir.write("d/d/d/shallow.txt", "Shallow\n\nText.\n")
        let library = try Library.load(from: dir.url)
        #expect(library.articles.map(\.id) == ["d/d/d/shallow"])
        let tooDeep = library.warnings.filter { $0.kind == .skipped(.tooDeep(limit: 32)) }
        #expect(tooDeep.count == 1)
        #expect(tooDeep.first?.path.hasSuffix("/" + Array(repeating: "d", count: 33).joined(separator: "/")) == true)

        let many = try TemporaryFolder()
        for n in 0..<8 { try many.write("f\(n).txt", "File \(n)\n\nText.\n") }
        let capped = try Library.load(from: many.url, options: ScanOptions(maxFiles: 5))
        #expect(capped.articles.map(\.id) == ["f0", "f1", "f2", "f3", "f4"])
        #expect(capped.warnings.map(\.kind) == [.skipped(.tooManyFiles(limit: 5))])
        let fewEntries = try Library.load(from: many.url, options: ScanOptions(maxEntries: 3))
        #expect(fewEntries.articles.count == 3)
        #expect(fewEntries.warnings.map(\.kind) == [.skipped(.tooManyEntries(limit: 3))])
        #expect(
            ScanOptions() == ScanOptions(followLinks: false, maxDepth: 32, maxFiles: 100_000, maxEntries: 1_000_000))
    }

    @Test func aNamedPipeWithAnArticleNameIsReportedNotOpened() throws {
        let dir = try TemporaryFolder()
        try dir.write("good.txt", "Good\n\nText.\n")
        let pipe = dir.url.appendingPathComponent("pipe.txt")
        try #require(mkfifo(pipe.path, 0o644) == 0)
        // Load on another thread, so that a scan stuck on the pipe fails the test instead of
        // hanging it.
        let loaded = LockedLibrary()
        let done = DispatchSemaphore(value: 0)
        let url = dir.url
        DispatchQueue.global().async {
            loaded.set(try? Library.load(from: url))
            done.signal()
        }
        if done.wait(timeout: .now() + 10) == .timedOut {
            Issue.record("the scan waited for a writer on the named pipe")
            // A writer that opens and closes the pipe gives the stuck reader an end of file.
            let writer = open(pipe.path, O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
            done.wait()
        }
        let library = try #require(loaded.get())
        #expect(library.articles.map(\.id) == ["good"])
        #expect(library.warnings.map(\.kind) == [.skipped(.notARegularFile)])
    }

    @Test func aLinkToADeviceIsReportedNotRead() throws {
        let dir = try TemporaryFolder()
        try dir.write("good.txt", "Good\n\nText.\n")
        try dir.link("zero.txt", to: "/dev/zero")
        let library = try Library.load(from: dir.url)
        #expect(library.articles.map(\.id) == ["good"])
        #expect(library.warnings.map(\.kind) == [.skipped(.notARegularFile)])
        #expect(library.warnings.first?.path.hasSuffix("/zero.txt") == true)
    }

    @Test func aLinkToAFileOverTheSizeLimitIsSkippedUnread() throws {
        let dir = try TemporaryFolder()
        let outside = try TemporaryFolder()
        // A sparse file: over the limit without taking the disk space.
        let huge = outside.url.appendingPathComponent("huge.txt")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: UInt64(ArticleLoader.sizeLimit + 1))
        try handle.close()
        try dir.link("alias.txt", to: huge.path)
        try dir.write("good.txt", "Good\n\nText.\n")
        let library = try Library.load(from: dir.url)
        #expect(library.articles.map(\.id) == ["good"])
        #expect(
            library.warnings.map(\.kind) == [
                .skipped(.tooLarge(bytes: ArticleLoader.sizeLimit + 1, limit: ArticleLoader.sizeLimit))
            ])
        // Loading the link directly says the same.
        #expect(
            throws: LibraryError.unloadable(
                path: "alias.txt",
                problem: .tooLarge(bytes: ArticleLoader.sizeLimit + 1, limit: ArticleLoader.sizeLimit))
        ) {
            try ArticleLoader.load(dir.url.appendingPathComponent("alias.txt"), displayPath: "alias.txt")
        }
    }

    @Test func wordCountAndFingerprint() {
        let a = Article(id: "x", title: "T", text: "Don't stop — 11,800 people’s well-being.", blocks: [])
        #expect(a.wordCount == 5)
        let b = Article(id: "x", title: "T", text: "Don't stop — 11,800 people’s well-being!", blocks: [])
        #expect(a.fingerprint != b.fingerprint)
        #expect(a.fingerprint.hasPrefix("fnv1a64:") && a.fingerprint.count == 24)
    }
}
