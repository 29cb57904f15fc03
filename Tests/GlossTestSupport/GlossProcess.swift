import Foundation

/// Finding the gloss process a test started, and checking it has ended.
public enum GlossProcess {
    /// The gloss process whose parent is `parent` (the pane's shell), found in /proc.
    public static func child(of parent: Int32) throws -> Int32 {
        let deadline = Date().addingTimeInterval(3)
        while Date() < deadline {
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
                guard let pid = Int32(entry),
                    let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                    let close = stat.lastIndex(of: ")")
                else { continue }
                let fields = stat[stat.index(after: close)...].split(separator: " ")
                if fields.count > 1, Int32(fields[1]) == parent, stat.contains("(gloss)") { return pid }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return 0
    }

    /// True when `pid` has exited in time; a survivor is killed so no test leaves one behind.
    public static func ended(_ pid: Int32) -> Bool {
        if isGone(pid) { return true }
        if pid > 0 { kill(pid, SIGKILL) }
        return false
    }

    /// True when `pid` has exited (gone, or a zombie waiting for its parent) within `timeout` seconds.
    public static func isGone(_ pid: Int32, timeout: Double = 5) -> Bool {
        guard pid > 0 else { return false }
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
            if !stat.contains("(gloss)") { return true }
            if let close = stat.lastIndex(of: ")"), stat[stat.index(after: close)...].split(separator: " ").first == "Z"
            {
                return true
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }
}
