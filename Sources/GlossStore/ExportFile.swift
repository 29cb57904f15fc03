import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing an export where the user asked, without ever destroying something by surprise.
///
/// - A new file is created atomically (temporary file, `fsync`, `link`): a file that appears
///   meanwhile is never replaced.
/// - An existing regular file is replaced only when `overwrite` is set, atomically, keeping
///   its permission bits.
/// - A symbolic link is followed: what it points to is written (created, replaced with
///   `overwrite`, or refused), the link stays.
/// - A character device or a FIFO (`/dev/null`, a pipe) is written to directly, never replaced.
/// - Anything else (a folder, a socket, a block device, a loop of links) is refused.
public enum ExportFile {
    /// Writes `data` to `url`; returns the path actually written (a link's target).
    @discardableResult
    public static func write(_ data: Data, to url: URL, overwrite: Bool) throws(StoreError) -> String {
        let path = try followingLinks(url.path)
        var info = stat()
        guard stat(path, &info) == 0 else {
            guard errno == ENOENT else { throw .writeFailed(path: path, reason: Platform.lastError()) }
            try Platform.writeAtomically(data, to: URL(fileURLWithPath: path), mode: 0o644, replacing: false)
            return path
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            guard overwrite else { throw .exists(path: path) }
            try Platform.writeAtomically(
                data, to: URL(fileURLWithPath: path), mode: info.st_mode & 0o7777, replacing: true)
        case S_IFCHR, S_IFIFO:
            let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
            guard fd >= 0 else { throw .writeFailed(path: path, reason: Platform.lastError()) }
            var failure = Platform.writeAll(fd, data)
            if close(fd) != 0 && failure == nil { failure = Platform.lastError() }
            if let failure { throw .writeFailed(path: path, reason: failure) }
        case S_IFDIR: throw .notAFile(path: path, kind: "a folder")
        case S_IFSOCK: throw .notAFile(path: path, kind: "a socket")
        case S_IFBLK: throw .notAFile(path: path, kind: "a block device")
        default: throw .notAFile(path: path, kind: "a special file")
        }
        return path
    }

    /// The path a chain of symbolic links leads to (the path itself when it is no link).
    static func followingLinks(_ start: String) throws(StoreError) -> String {
        var path = start
        var info = stat()
        var hops = 0
        while lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
            hops += 1
            guard hops <= 40 else { throw .notAFile(path: start, kind: "a loop of links") }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(path, &buffer, buffer.count - 1)
            guard n > 0 else { throw .writeFailed(path: path, reason: Platform.lastError()) }
            let destination = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            path =
                destination.hasPrefix("/")
                ? destination : (path as NSString).deletingLastPathComponent + "/" + destination
        }
        return path
    }
}
