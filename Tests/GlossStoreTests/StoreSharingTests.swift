import Foundation
import GlossCore
import GlossTestSupport
import Testing

@testable import GlossStore

/// A store kept in git by two people: annotating the same article on two clones merges
/// without conflicts.
@Suite("Store shared through git")
struct StoreSharingTests {
    typealias S = StoreTestSupport

    func git(_ folder: URL, _ arguments: [String]) throws -> Subprocess.Result {
        try Subprocess.run(
            "/usr/bin/env", ["git", "-C", folder.path] + arguments,
            environment: [
                "GIT_AUTHOR_NAME": "Tester", "GIT_AUTHOR_EMAIL": "tester@example.org", "GIT_COMMITTER_NAME": "Tester",
                "GIT_COMMITTER_EMAIL": "tester@example.org", "GIT_CONFIG_NOSYSTEM": "1",
                "HOME": folder.deletingLastPathComponent().path,
            ])
    }

    @Test func twoClonesAnnotatingOneArticleMergeCleanly() throws {
        let base = try S.temporaryFolder("git")
        defer { try? FileManager.default.removeItem(at: base) }
        let a = base.appendingPathComponent("a", isDirectory: true)
        let b = base.appendingPathComponent("b", isDirectory: true)
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try #require(try git(a, ["init", "-q", "-b", "main"]).status == 0, "git is needed for this test")
        let first = S.annotation(1, note: "shared start")
        try AnnotationStore(root: a).save(first)
        try AnnotationStore(root: a).setReadingPosition(
            ReadingPosition(article: first.articleID, offset: 10, fingerprint: ""))
        #expect(try git(a, ["add", "-A"]).status == 0)
        #expect(try git(a, ["commit", "-q", "-m", "first"]).status == 0)
        #expect(try git(base, ["clone", "-q", a.path, b.path]).status == 0)

        // Both annotate the same article and edit their own copies, then merge.
        let fromA = S.annotation(2, note: "from a")
        let fromB = S.annotation(3, note: "from b")
        try AnnotationStore(root: a).save(fromA)
        try AnnotationStore(root: b).save(fromB)
        try AnnotationStore(root: b).setReadingPosition(
            ReadingPosition(article: first.articleID, offset: 99, fingerprint: ""))
        #expect(try git(a, ["add", "-A"]).status == 0)
        #expect(try git(a, ["commit", "-q", "-m", "a"]).status == 0)
        #expect(try git(b, ["add", "-A"]).status == 0)
        #expect(try git(b, ["commit", "-q", "-m", "b"]).status == 0)
        let pull = try git(b, ["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"])
        #expect(pull.status == 0, "\(pull.stderr)")
        #expect(try git(b, ["status", "--porcelain"]).stdout.isEmpty)

        let merged = try AnnotationStore(root: b).load(articleID: first.articleID)
        #expect(merged.damaged.isEmpty)
        #expect(Set(merged.annotations) == [first, fromA, fromB])
        // Reading positions stay out of the shared history.
        #expect(try git(b, ["ls-files"]).stdout.contains("positions/") == false)
    }
}
