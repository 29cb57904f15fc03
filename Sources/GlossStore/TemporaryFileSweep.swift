import Foundation

/// When a write sweeps its folder for the temporary files of killed writers.
///
/// A sweep reads the whole folder, so sweeping after every save made saving into a folder of
/// n annotations cost O(n), and an import of n annotations O(n²). A temporary file left by
/// someone else changes the folder's modification time, so a write sweeps only when:
/// this process has not swept the folder yet; the folder changed since this process last
/// wrote to it (another process wrote, or died writing); or the last sweep left temporary
/// files it could not yet remove (too recent, or their writer alive). A process writing alone
/// into its folder, as the reader and an import do, then pays for one sweep.
///
/// Process-wide, as two stores in one process may share a folder.
final class TemporaryFileSweep: @unchecked Sendable {
    static let shared = TemporaryFileSweep()

    private struct Seen {
        /// The folder's modification time after this process's last write.
        var modified: Int
        /// The last sweep left temporary files of Gloss's naming.
        var pending: Bool
    }

    private let lock = NSLock()
    private var folders: [String: Seen] = [:]

    /// Called before writing into `folder`: whether it must be swept after the write.
    func beforeWrite(in folder: String) -> Bool {
        let now = Platform.modificationTime(ofFolder: folder)
        return lock.withLock {
            guard let seen = folders[folder], let now else { return true }
            return seen.pending || seen.modified != now
        }
    }

    /// Called after the write, with what `beforeWrite` answered.
    func afterWrite(in folder: String, _ mustSweep: Bool) {
        var pending = lock.withLock { folders[folder]?.pending ?? true }
        if mustSweep { pending = Platform.removeStaleTemporaryFiles(in: folder) }
        guard let modified = Platform.modificationTime(ofFolder: folder) else { return }
        lock.withLock { folders[folder] = Seen(modified: modified, pending: pending) }
    }
}
