import Foundation
import GlossUI

/// Runs the user's text editor on a note: `$VISUAL`, else `$EDITOR`, else `vi`, as the convention says, through the
/// shell so an editor given with arguments works. The note goes through a private temporary file.
enum NoteEditor {
    static func edit(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Event {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let folder = FileManager.default.temporaryDirectory
        let url = folder.appendingPathComponent("gloss-note-\(UUID().uuidString.prefix(8)).txt")
        guard
            FileManager.default.createFile(
                atPath: url.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        else {
            return .failed("Cannot write a temporary file for the editor in \(folder.path)")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        let status = Platform.runToEnd(["/bin/sh", "-c", editor + " \"$1\"", "sh", url.path])
        guard status == 0 else {
            return .failed("The editor (\(editor)) ended with status \(status); the note is as it was")
        }
        guard let data = FileManager.default.contents(atPath: url.path), let note = String(data: data, encoding: .utf8)
        else {
            return .failed("The note came back unreadable (not UTF-8); it is as it was")
        }
        return .edited(note)
    }
}
