internal import CStoreSync
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The store's door to libc: durable writes (`fsync`), atomic replacement (`rename`),
/// advisory locks (`flock`). Everything here reports failures as `StoreError` naming the path.
enum Platform {
    /// Writes `data` to `url` so that a reader sees either the old file or the whole new one,
    /// even if the process is killed or the machine loses power: a temporary file in the same
    /// folder, `fsync`, `rename` over the target, `fsync` of the folder.
    static func writeAtomically(_ data: Data, to url: URL) throws(StoreError) {
        try writeAtomically(data, to: url, mode: 0o644, replacing: true)
    }

    /// `writeAtomically` with the new file's permission bits; with `replacing: false` the
    /// file is put in place with `link`, which fails rather than replace a file that appeared
    /// meanwhile (`StoreError.exists`).
    static func writeAtomically(_ data: Data, to url: URL, mode: mode_t, replacing: Bool) throws(StoreError) {
        let folder = url.deletingLastPathComponent().path
        let target = url.path
        let temporary = folder + "/" + TemporaryFileName.make(for: url.lastPathComponent)
        let seen = TemporaryFileSweep.shared.beforeWrite(in: folder)
        try writeNewFile(data, at: temporary, sync: true, reportAs: target, mode: mode)
        if replacing {
            if rename(temporary, target) != 0 {
                let reason = lastError()
                unlink(temporary)
                throw .writeFailed(path: target, reason: reason)
            }
        } else {
            if link(temporary, target) != 0 {
                let exists = errno == EEXIST
                let reason = lastError()
                unlink(temporary)
                throw exists ? .exists(path: target) : .writeFailed(path: target, reason: reason)
            }
            unlink(temporary)
        }
        syncFolder(folder)
        TemporaryFileSweep.shared.afterWrite(in: folder, seen)
    }

    /// Writes all of `data` to `fd`, retrying short writes and interruptions: nil, or why not.
    static func writeAll(_ fd: Int32, _ data: Data) -> String? {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> String? in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return lastError()
                }
                offset += n
            }
            return nil
        }
    }

    /// Writes a new temporary file in full without waiting for the disk: `flush` makes a
    /// batch of them durable at once, before they are renamed.
    static func writeTemporary(_ data: Data, _ path: String) throws(StoreError) {
        #if os(Linux)
            try writeNewFile(data, at: path, sync: false, reportAs: path)
        #else
            try writeNewFile(data, at: path, sync: true, reportAs: path)
        #endif
    }

    /// Makes the data of files written by `writeTemporary` durable. On Linux one `syncfs`
    /// covers the batch (much cheaper than an `fsync` per file, each of which commits the
    /// journal); elsewhere each file was synced as it was written.
    static func flush(_ paths: [String], folder: String) throws(StoreError) {
        #if os(Linux)
            guard !paths.isEmpty else { return }
            let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0 {
                let synced = gloss_syncfs(fd) == 0
                close(fd)
                if synced { return }
            }
            // syncfs refused: one fsync per file, as a single save does.
            for path in paths {
                let file = open(path, O_RDONLY | O_CLOEXEC)
                if file < 0 || fsync(file) != 0 {
                    let reason = lastError()
                    if file >= 0 { close(file) }
                    throw .writeFailed(path: path, reason: reason)
                }
                close(file)
            }
        #endif
    }

    /// Creates `path` (which must not exist) holding `data`, synced to disk when `sync`;
    /// removed again when anything fails.
    private static func writeNewFile(
        _ data: Data, at path: String, sync: Bool, reportAs target: String, mode: mode_t = 0o644
    ) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if fd < 0 { throw .writeFailed(path: target, reason: lastError()) }
        // The mode asked for, whatever the umask (an overwritten export keeps its own).
        var failure = fchmod(fd, mode) == 0 ? writeAll(fd, data) : lastError()
        if failure == nil && sync && fsync(fd) != 0 { failure = lastError() }
        if close(fd) != 0 && failure == nil { failure = lastError() }
        if let failure {
            unlink(path)
            throw .writeFailed(path: target, reason: failure)
        }
    }

    /// Removes what writers killed mid-write left in `folder`: temporary files of Gloss's own
    /// naming whose writer is gone (see `TemporaryFileName.isStale`). Best effort: a file that
    /// cannot be removed now is tried again on the next write. Returns whether temporary files
    /// of Gloss's naming are left (of live writers, or too recent to tell).
    @discardableResult
    static func removeStaleTemporaryFiles(in folder: String) -> Bool {
        guard let dir = opendir(folder) else { return false }
        defer { closedir(dir) }
        var left = false
        let now = Date()
        while let entry = readdir(dir) {
            // Only hidden names can be temporary files; skip the rest without building a string.
            guard isHidden(entry), let name = name(of: entry), let pid = TemporaryFileName.writer(of: name) else {
                continue
            }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            let modified = Date(timeIntervalSince1970: TimeInterval(modificationSeconds(info)))
            if !TemporaryFileName.isStale(writer: pid, age: now.timeIntervalSince(modified)) || unlink(path) != 0 {
                left = true
            }
        }
        return left
    }

    /// A folder's modification time in nanoseconds, nil when it cannot be read.
    static func modificationTime(ofFolder path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            return Int(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int(info.st_mtimespec.tv_nsec)
        #else
            return Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        #endif
    }

    private static func modificationSeconds(_ info: stat) -> Int {
        #if canImport(Darwin)
            Int(info.st_mtimespec.tv_sec)
        #else
            Int(info.st_mtim.tv_sec)
        #endif
    }

    /// Removes a file and makes the removal durable. A file already gone is not an error.
    static func remove(_ url: URL) throws(StoreError) {
        if unlink(url.path) != 0 && errno != ENOENT {
            throw .deleteFailed(path: url.path, reason: lastError())
        }
        syncFolder(url.deletingLastPathComponent().path)
    }

    /// Creates a folder (and its parents), syncing each parent that gained an entry so the
    /// new folder survives a crash.
    static func makeFolder(_ url: URL) throws(StoreError) {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) {
            if isDir.boolValue { return }
            throw .cannotCreateFolder(path: url.path, reason: "a file is in the way")
        }
        let parent = url.deletingLastPathComponent()
        if parent.path != url.path { try makeFolder(parent) }
        if mkdir(url.path, 0o755) != 0 && errno != EEXIST {
            throw .cannotCreateFolder(path: url.path, reason: lastError())
        }
        syncFolder(parent.path)
    }

    /// Runs `body` holding an exclusive `flock` on `lockFile` (created if needed). The lock
    /// goes with the process, so a killed process never leaves the folder locked.
    static func withLock<T>(_ lockFile: URL, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let fd = open(lockFile.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if fd < 0 { throw .lockFailed(path: lockFile.path, reason: lastError()) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw .lockFailed(path: lockFile.path, reason: lastError())
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// The most the store reads of one file. Gloss writes annotations and reading positions of
    /// a few kilobytes; a bigger file is not one it wrote, and reading it whole could take the
    /// memory of the machine.
    static let readLimit = 1_048_576

    /// Reads a whole regular file of at most `limit` bytes. Returns nil when it does not exist.
    ///
    /// Anything else is refused before a byte is read: a symbolic link (Gloss never writes one;
    /// one to `/dev/zero` would never end), a named pipe (opening it would wait for a writer for
    /// ever), a device, a folder, or a file over the limit.
    static func contents(ofPath path: String, limit: Int = readLimit) throws(StoreError) -> Data? {
        try contents(name: path, in: AT_FDCWD, path: path, limit: limit)
    }

    /// `contents(ofPath:)` of `name` in the folder open as `folder`: one path component to
    /// look up instead of the whole path. `knownRegular` skips the first check when the
    /// folder listing already said the entry is a regular file; the check after opening stays.
    static func contents(
        name: String, in folder: Int32, path: String, limit: Int = readLimit, knownRegular: Bool = false
    ) throws(StoreError) -> Data? {
        var info = stat()
        if !knownRegular {
            if fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) != 0 {
                if errno == ENOENT { return nil }
                throw .readFailed(path: path, reason: lastError())
            }
            try requireSmallRegularFile(info, path: path, limit: limit)
        }
        // O_NONBLOCK: if a pipe took the file's place since the check, open returns at once;
        // O_NOFOLLOW: and a link that did fails; O_NOCTTY: a terminal never becomes ours.
        let fd = openat(folder, name, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY)
        if fd < 0 {
            if errno == ENOENT { return nil }
            if errno == ELOOP { throw .readFailed(path: path, reason: "a symbolic link, not a regular file") }
            throw .readFailed(path: path, reason: lastError())
        }
        defer { close(fd) }
        if fstat(fd, &info) != 0 { throw .readFailed(path: path, reason: lastError()) }
        try requireSmallRegularFile(info, path: path, limit: limit)
        let expected = Int(info.st_size)
        var data = Data(count: min(expected, limit) + 1)
        var length = 0
        // Store files are replaced whole, never appended to, so once the size fstat gave is
        // read the file is done; one that grows is read to its end, up to the limit.
        while length != expected {
            if length == data.count {  // the file grew
                if length > limit { throw tooLarge(path: path, limit: limit) }
                data.count = min(limit + 1, data.count + max(4096, data.count))
            }
            let n = data.withUnsafeMutableBytes { read(fd, $0.baseAddress! + length, $0.count - length) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .readFailed(path: path, reason: lastError())
            }
            if n == 0 { break }
            length += n
        }
        if length > limit { throw tooLarge(path: path, limit: limit) }
        data.count = length
        return data
    }

    private static func requireSmallRegularFile(_ info: stat, path: String, limit: Int) throws(StoreError) {
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            let what: String
            switch type {
            case S_IFLNK: what = "a symbolic link"
            case S_IFIFO: what = "a named pipe"
            case S_IFCHR, S_IFBLK: what = "a device"
            case S_IFDIR: what = "a folder"
            case S_IFSOCK: what = "a socket"
            default: what = "a special file"
            }
            throw .readFailed(path: path, reason: what + ", not a regular file")
        }
        if Int(info.st_size) > limit { throw tooLarge(path: path, limit: limit) }
    }

    private static func tooLarge(path: String, limit: Int) -> StoreError {
        .readFailed(path: path, reason: "larger than \(limit / 1_048_576) MiB, the most a store file may hold")
    }

    /// Modification time (to the nanosecond), link count and size of a path: what changes when
    /// a folder's entries do. Nil when there is nothing there.
    static func changeStamp(ofPath path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if os(Linux)
            return "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec).\(info.st_nlink).\(info.st_size)"
        #else
            return "\(info.st_mtimespec.tv_sec).\(info.st_mtimespec.tv_nsec).\(info.st_nlink).\(info.st_size)"
        #endif
    }

    /// The names in a folder, nil when the folder does not exist.
    static func names(in url: URL) throws(StoreError) -> [String]? {
        guard let dir = opendir(url.path) else {
            if errno == ENOENT { return nil }
            throw .readFailed(path: url.path, reason: lastError())
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            if let name = name(of: entry) { names.append(name) }
        }
        return names
    }

    /// A folder entry: its name, and whether the listing says it is a regular file (false
    /// also when the file system does not say).
    struct FolderEntry {
        var name: String
        var regular: Bool
    }

    /// Runs `body` with a folder open (its descriptor, for `contents(name:in:path:)`) and its
    /// entries; nil when the folder does not exist.
    static func withEntries<T>(in path: String, _ body: (Int32, [FolderEntry]) throws(StoreError) -> T)
        throws(StoreError) -> T?
    {
        guard let dir = opendir(path) else {
            if errno == ENOENT { return nil }
            throw .readFailed(path: path, reason: lastError())
        }
        defer { closedir(dir) }
        var entries: [FolderEntry] = []
        while let entry = readdir(dir) {
            if let name = name(of: entry) {
                entries.append(FolderEntry(name: name, regular: entry.pointee.d_type == UInt8(DT_REG)))
            }
        }
        return try body(dirfd(dir), entries)
    }

    /// A folder entry's name, nil for `.` and `..`.
    private static func name(of entry: UnsafeMutablePointer<dirent>) -> String? {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
        }
        return name == "." || name == ".." ? nil : name
    }

    private static func isHidden(_ entry: UnsafeMutablePointer<dirent>) -> Bool {
        withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 1) { $0.pointee == 0x2E }
        }
    }

    /// Makes a folder's entries durable. Some file systems refuse `fsync` on folders; the
    /// rename has happened either way, so that is not worth failing a save for.
    static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            _ = fsync(fd)
            close(fd)
        }
    }

    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
