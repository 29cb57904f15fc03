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
        let temporary = folder + "/." + url.lastPathComponent + "." + String(getpid()) + "." + String(UInt32.random(in: 0...UInt32.max), radix: 36) + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if fd < 0 { throw .writeFailed(path: target, reason: lastError()) }
        // The mode asked for, whatever the umask (an overwritten file keeps its own).
        var failure = fchmod(fd, mode) == 0 ? writeAll(fd, data) : lastError()
        if failure == nil && fsync(fd) != 0 { failure = lastError() }
        if close(fd) != 0 && failure == nil { failure = lastError() }
        if let failure {
            unlink(temporary)
            throw .writeFailed(path: target, reason: failure)
        }
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

    /// Reads a whole file. Returns nil when it does not exist.
    static func contents(ofPath path: String) throws(StoreError) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw .readFailed(path: path, reason: lastError())
        }
        defer { close(fd) }
        var info = stat()
        var capacity = 4096
        var expected = -1
        if fstat(fd, &info) == 0 && info.st_size > 0 {
            expected = Int(info.st_size)
            capacity = expected + 1
        }
        var data = Data(count: capacity)
        var length = 0
        // Store files are replaced whole, never appended to, so once the size fstat gave is
        // read the file is done; other files are read to the end.
        while length != expected {
            if length == data.count { data.count += max(4096, data.count) }  // the file grew
            let n = data.withUnsafeMutableBytes { read(fd, $0.baseAddress! + length, $0.count - length) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .readFailed(path: path, reason: lastError())
            }
            if n == 0 { break }
            length += n
        }
        data.count = length
        return data
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
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
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
