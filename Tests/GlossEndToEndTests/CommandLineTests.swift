import Foundation
import GlossTestSupport
import Testing

/// Runs the real `gloss` binary as a user would.
@Suite struct CommandLineTests {
    @Test func listShowsTheShippedArticlesWithTitles() throws {
        let r = try GlossBinary.run(["list"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == 13)
        #expect(r.stdout.contains("Mexican police detain hundreds of Central American migrants during mass raid"))
        #expect(r.stdout.contains("wikinews/GUM_news_clock"))
        #expect(r.stdout.contains("Texas student Ahmed Mohamed inspires social movement"))
        #expect(r.stderr.isEmpty)
    }

    @Test func listAsJSON() throws {
        let r = try GlossBinary.run(["list", "--format", "json"])
        #expect(r.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 13)
        #expect(rows.contains { $0["id"] as? String == "wikinews/GUM_news_flag" && ($0["words"] as? Int ?? 0) > 300 })
    }

    @Test func showKeepsAccentsCurlyQuotesAndDashes() throws {
        let r = try GlossBinary.run(["show", "mexican-police-detain-migrants", "--width", "60"])
        #expect(r.status == 0)
        #expect(
            r.stdout.hasPrefix(
                "Mexican police detain hundreds of Central American migrants\nduring mass raid\n\nMexican federal police"
            ))
        #expect(r.stdout.contains("López"))
        #expect(r.stdout.contains("“leftist”"))
        #expect(r.stdout.contains("(AMLO)—a supposed"))
        for line in r.stdout.split(separator: "\n") { #expect(line.count <= 60, "\(line)") }
    }

    @Test func theFigureTableShowsPercentagesAndFractionsAsPeopleWriteThem() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-figures-\(UUID().uuidString.prefix(8)).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("Fares\n\nFares rose 30 percent, and over two thirds of riders agreed.\n".utf8).write(to: file)
        let r = try GlossBinary.run(["entities", file.path, "--format", "table"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("= 30 %"), "\(r.stdout)")
        #expect(r.stdout.contains("= 0.67"), "\(r.stdout)")
        #expect(!r.stdout.contains("0.3 percent") && !r.stdout.contains("0.666"))
    }

    @Test func aPronounSpeakerCarriesTheMentionsOfThePersonItResolvesTo() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-speakers-\(UUID().uuidString.prefix(8)).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("Harbour works\n\n“We start in May,” Tom Baxter said.\n\nHe added: “Come and see.”\n".utf8).write(
            to: file)
        let r = try GlossBinary.run(["entities", file.path, "--format", "jsonl", "--no-index"])
        #expect(r.status == 0, "\(r.stderr)")
        let quotes = r.stdout.split(separator: "\n").filter { $0.contains("\"label\":\"quote\"") }
        #expect(quotes.count == 2, "\(r.stdout)")
        // The second quote's speaker is the pronoun (offsets 52-54); its person was named at 34-44.
        #expect(quotes.last?.contains("\"speaker_start\":52") == true, "\(quotes)")
        #expect(quotes.last?.contains("\"speaker_mentions\":[[34,44]]") == true, "\(quotes)")
        #expect(quotes.first?.contains("\"speaker_mentions\":[[34,44]]") == true, "\(quotes)")
    }

    @Test func showReadsAFilePathToo() throws {
        let r = try GlossBinary.run(["show", "Articles/wikinews/GUM_news_flag.txt", "--width", "80"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("New Zealand begins process to consider changing national flag design\n"))
    }

    @Test func emptyNamesAndUnreadableFilesGetPlainMessages() throws {
        let empty = try GlossBinary.run(["show", ""])
        #expect(empty.status == 1)
        #expect(empty.stderr == "gloss: the article name is empty; 'gloss list' shows the ids\n")
        let noFile = try GlossBinary.run(["import-annotations", ""])
        #expect(noFile.status == 2)
        #expect(noFile.stderr.contains("FILE is empty"))
        let folder = try GlossBinary.run(["import-annotations", "Articles"])
        #expect(folder.status == 1)
        #expect(folder.stderr == "gloss: Articles: is a folder, not a JSON file\n")
        let missing = try GlossBinary.run(["import-annotations", "no-such-file.json"])
        #expect(missing.stderr == "gloss: no-such-file.json: cannot be read (no such file)\n")
        let store = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-tag-\(UUID().uuidString.prefix(8))"
        ).path
        defer { try? FileManager.default.removeItem(atPath: store) }
        let tag = try GlossBinary.run([
            "annotate", "GUM_news_clock", "--quote", "Ahmed Mohamed", "--occurrence", "1", "--tag", "a\u{7}b",
            "--store", store,
        ])
        #expect(tag.status == 1)
        #expect(
            tag.stderr.contains("contains control characters") && !tag.stderr.contains("is contains"), "\(tag.stderr)")
    }

    @Test func tagsSplitAtCommasAndColoursComeFromThePalette() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-tags-\(UUID().uuidString.prefix(8))"
        ).path
        defer { try? FileManager.default.removeItem(atPath: store) }
        let bad = try GlossBinary.run([
            "annotate", "GUM_news_clock", "--quote", "Ahmed Mohamed", "--occurrence", "1", "--color", "chartreuse",
            "--store", store,
        ])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("'chartreuse' is not a colour; use one of yellow"))
        let good = try GlossBinary.run([
            "annotate", "GUM_news_clock", "--quote", "Ahmed Mohamed", "--occurrence", "1", "--color", "Grey", "--tag",
            "claim, to check", "--store", store,
        ])
        #expect(good.status == 0, "\(good.stderr)")
        let listed = try GlossBinary.run(["annotations", "--format", "json", "--store", store])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(Set(rows.first?["tags"] as? [String] ?? []) == ["claim", "to check"])
        #expect(rows.first?["color"] as? String == "gray")
    }

    @Test func usageMistakesSayWhatIsWrong() throws {
        let help = try GlossBinary.run(["help", "nosuch"])
        #expect(help.status == 2)
        #expect(help.stderr.hasPrefix("gloss: no command 'nosuch'; the commands are list, show"))
        let width = try GlossBinary.run(["show", "GUM_news_clock", "--width", "-5"])
        #expect(width.status == 2)
        #expect(width.stderr.contains("--width must be at least 10"))
        #expect(try GlossBinary.run(["help", "show"]).status == 0)
    }

    @Test func theLibraryYouChooseBeatsAStrayFolderAndMistakesAreNamed() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("gloss-cwd-\(UUID().uuidString.prefix(8))")
        try fm.createDirectory(at: dir.appendingPathComponent("Articles"), withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: dir) }
        try Data("Stray article\n\nNothing.\n".utf8).write(to: dir.appendingPathComponent("Articles/stray.txt"))
        let shipped = GlossBinary.repository.appendingPathComponent("Articles").path
        let chosen = try GlossBinary.run(["list"], in: dir, environment: ["GLOSS_LIBRARY": shipped])
        #expect(chosen.stdout.contains("mexican-police-detain-migrants") && !chosen.stdout.contains("stray"))
        let stray = try GlossBinary.run(["list"], in: dir, environment: ["GLOSS_LIBRARY": ""])
        #expect(stray.stdout.contains("stray"))
        let none = try GlossBinary.run(
            ["list"], in: dir.appendingPathComponent("Articles"),
            environment: ["GLOSS_LIBRARY": "", "XDG_DATA_HOME": dir.path + "/xdg"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no library: ") && none.stderr.contains("set GLOSS_LIBRARY"))
        let explicit = try GlossBinary.run(["list", "--library", "/nonexistent/library"])
        #expect(explicit.stderr == "gloss: /nonexistent/library: no such library folder\n")
        let folder = try GlossBinary.run(["show", dir.path])
        #expect(folder.status == 1 && folder.stderr.contains("is a folder; to read it as a library: gloss --library"))
        let web = try GlossBinary.run(["show", "https://example.org/story"])
        #expect(web.status == 1 && web.stderr.contains("Gloss reads files, not web addresses"))
        let piped = try GlossBinary.run(
            ["show", "-", "--width", "60"], stdin: "# Piped in\n\n“It works,” said Ana Ruiz.\n")
        #expect(piped.status == 0 && piped.stdout.hasPrefix("Piped in\n"), "\(piped.stderr)")
    }

    @Test func exitCodes() throws {
        let missing = try GlossBinary.run(["show", "no-such-article"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no article named 'no-such-article'"))
        let usage = try GlossBinary.run(["list", "--format", "xml"])
        #expect(usage.status == 2)
        let unknown = try GlossBinary.run(["--frobnicate"])
        #expect(unknown.status == 2)
        let badLibrary = try GlossBinary.run(["list", "--library", "/nonexistent/library"])
        #expect(badLibrary.status == 1)
        #expect(badLibrary.stderr.contains("/nonexistent/library: no such library folder"))
        #expect(!badLibrary.stderr.contains("use --library"))
        let help = try GlossBinary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE"))
        for sub in ["list", "show", "entities"] {
            let h = try GlossBinary.run([sub, "--help"])
            #expect(h.status == 0 && h.stdout.contains("USAGE: gloss \(sub)"))
        }
    }

    @Test func libraryFallsBackToEnvironment() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-env-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("lib"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Env Title\n\nBody.\n".write(
            to: dir.appendingPathComponent("lib/one.txt"), atomically: true, encoding: .utf8)
        try Data([0, 1, 2]).write(to: dir.appendingPathComponent("lib/bad.txt"))
        let r = try GlossBinary.run(
            ["list"], in: dir, environment: ["GLOSS_LIBRARY": dir.appendingPathComponent("lib").path])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Env Title"))
        #expect(r.stderr.contains("bad.txt: binary content"))
        let xdg = try GlossBinary.run(["list"], in: dir, environment: ["GLOSS_LIBRARY": "", "XDG_DATA_HOME": dir.path])
        #expect(xdg.status == 1)
        #expect(xdg.stderr.contains("no library: " + dir.path + "/gloss/articles does not exist"))
    }

    @Test func followLinksOptionFollowsLinksOutOfTheLibrary() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-links-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("lib"), withIntermediateDirectories: true)
        try fm.createDirectory(at: dir.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: dir) }
        try "Near Title\n\nBody.\n".write(
            to: dir.appendingPathComponent("lib/near.txt"), atomically: true, encoding: .utf8)
        try "Far Title\n\nBody.\n".write(
            to: dir.appendingPathComponent("elsewhere/far.txt"), atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(
            atPath: dir.appendingPathComponent("lib/out").path, withDestinationPath: "../elsewhere")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("lib/machine").path, withDestinationPath: "/")
        let library = dir.appendingPathComponent("lib").path
        let plain = try GlossBinary.run(["list", "--library", library])
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("Near Title") && !plain.stdout.contains("Far Title"))
        #expect(plain.stderr.contains("lib/out: symbolic link to a folder outside the library, not followed"))
        #expect(plain.stderr.contains("lib/machine: symbolic link to a folder outside the library"))
        try fm.removeItem(atPath: dir.appendingPathComponent("lib/machine").path)
        let followed = try GlossBinary.run(["list", "--library", library, "--follow-links"])
        #expect(followed.status == 0)
        #expect(followed.stdout.contains("Far Title") && followed.stdout.contains("out/far"))
        #expect(followed.stderr.isEmpty)
    }
}
