/// Why the store could not do what was asked. Each case names the file or folder.
public enum StoreError: Error, Hashable, Sendable {
    case cannotCreateFolder(path: String, reason: String)
    /// Writing failed (read-only folder, full disk…); what was saved before is intact.
    case writeFailed(path: String, reason: String)
    case readFailed(path: String, reason: String)
    case deleteFailed(path: String, reason: String)
    case lockFailed(path: String, reason: String)
    /// A file Gloss would replace is damaged; Gloss never overwrites one.
    case damagedFileInTheWay(path: String, problem: String)
    /// A file is already there and replacing it was not asked for (`--force`).
    case exists(path: String)
    /// Something that is not a regular file is in the way (a folder, a socket, a block device).
    case notAFile(path: String, kind: String)
    /// No annotation has this id (or id prefix).
    case annotationNotFound(id: String)
    /// An id prefix matches several annotations.
    case ambiguousID(prefix: String, candidates: [String])
}
