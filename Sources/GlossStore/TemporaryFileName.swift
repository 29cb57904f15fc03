import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The names of the temporary files an atomic write goes through:
/// `.NAME.PID.RANDOM.tmp` beside the target `NAME`, where PID is the writing process and
/// RANDOM a base-36 number, so two writers never share one.
///
/// A writer killed between creating its temporary file and renaming it leaves the file
/// behind. Loading ignores such files (they are hidden); the next write to the folder removes
/// those that are stale.
enum TemporaryFileName {
    /// A temporary file must be at least this old before it is removed. A live write takes
    /// milliseconds from `open` to `rename`, so this leaves a wide margin even for a slow disk.
    static let minimumAge: TimeInterval = 60
    /// Older than this, a temporary file is removed even when its process id is in use: that
    /// process is one that got the dead writer's number later.
    static let abandonedAge: TimeInterval = 24 * 3600

    static func make(for name: String, pid: Int32 = getpid()) -> String {
        "." + name + "." + String(pid) + "." + String(UInt32.random(in: 0...UInt32.max), radix: 36) + ".tmp"
    }

    /// The process id in a temporary file's name, nil when `name` is not of this pattern.
    static func writer(of name: String) -> Int32? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        // "", NAME (one part or more: it may hold dots, or start with one), PID, RANDOM
        guard parts.count >= 4, parts[0].isEmpty else { return nil }
        let random = parts[parts.count - 1], pid = parts[parts.count - 2]
        guard (1...7).contains(random.count), random.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLowercase) }),
            (1...10).contains(pid.count), pid.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int32(pid),
            value > 0
        else { return nil }
        return value
    }

    /// Whether a temporary file of `writer`, last changed `age` seconds ago, can be removed
    /// without harm to a write in flight. Two conditions, so that neither alone can remove the
    /// file of a live writer: the file is older than `minimumAge` (a process id in another
    /// pid namespace sharing the folder may look dead from here) and its process is gone
    /// (a live process, here or of another user, may still be about to rename it). Past
    /// `abandonedAge` the process id is not asked, as it will have been reused.
    static func isStale(writer: Int32, age: TimeInterval) -> Bool {
        if age > abandonedAge { return true }
        guard age > minimumAge else { return false }
        return kill(writer, 0) != 0 && errno == ESRCH
    }
}
