import Foundation
import GlossUI

/// Runs the user's text editor on a note: `$VISUAL`, else `$EDITOR`, else `vi`, as the convention says, through the
/// shell so an editor given with arguments works. The note goes through a private temporary file.
enum NoteEditor {
    static func edit(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Event {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let folder = FileManager.default.temporaryDirectory
        let url = folder.appendingPathComponent("gloss-note-\(UUID().uuidString.prefix(8)).txt")
        guard FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            return .failed("Cannot write a temporary file for the editor in \(folder.path)")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        let status = run(["/bin/sh", "-c", editor + " \"$1\"", "sh", url.path])
        guard status == 0 else { return .failed("The editor (\(editor)) ended with status \(status); the note is as it was") }
        guard let data = FileManager.default.contents(atPath: url.path), let note = String(data: data, encoding: .utf8) else {
            return .failed("The note came back unreadable (not UTF-8); it is as it was")
        }
        return .edited(note)
    }

    /// Spawns and waits; the child gets default signal handling and an empty signal mask.
    private static func run(_ arguments: [String]) -> Int32 {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid = pid_t()
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, arguments[0], nil, &attributes, argv, environ) == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED/WEXITSTATUS are macros: the low 7 bits are the signal, the next 8 the code.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
