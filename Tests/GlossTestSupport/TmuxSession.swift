import Foundation

/// A detached tmux server of its own (its own socket) running one command in one pane, for
/// driving the real binary and reading the screen back. The server is killed on `close()`.
public final class TmuxSession {
    public let socket: String
    private var closed = false

    /// The tmux binary on PATH, or nil (end-to-end tests are skipped only then).
    public static let tmux: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// The scratch store the command names (`GLOSS_STORE='…'`), removed on `close()`.
    private let scratchStore: String?

    public init(command: String, width: Int = 100, height: Int = 30) throws {
        scratchStore =
            command.components(separatedBy: "GLOSS_STORE='").dropFirst().first?.components(separatedBy: "'").first
        socket = "gloss-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        // The server this starts keeps whatever output it inherits open: give it none, or
        // reading the output would never end.
        try run(
            ["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", command],
            captureOutput: false)
        // Keep the pane after the command exits so the restored screen can be checked.
        _ = try? run(["set-option", "-t", "main", "remain-on-exit", "on"])
    }

    deinit { close() }

    public func close() {
        guard !closed else { return }
        closed = true
        _ = try? run(["kill-server"])
        if let scratchStore, scratchStore.contains("/gloss-e2e-stores-") {
            try? FileManager.default.removeItem(atPath: scratchStore)
            // The per-run folder goes too once it is empty (rmdir leaves it while other sessions use it).
            rmdir((scratchStore as NSString).deletingLastPathComponent)
        }
    }

    @discardableResult
    public func run(_ arguments: [String], captureOutput: Bool = true) throws -> String {
        try Subprocess.run(Self.tmux ?? "/usr/bin/tmux", ["-L", socket] + arguments, captureOutput: captureOutput)
            .stdout
    }

    /// Sends keys as tmux names them (`Enter`, `Tab`, `C-c`) or literal text with `literal`.
    public func send(_ keys: String..., literal: Bool = false) throws {
        try run(["send-keys", "-t", "main"] + (literal ? ["-l"] : []) + keys)
    }

    /// The pane's text; with `escapes`, its colours and attributes as escape sequences.
    public func capture(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", "main"] + (escapes ? ["-e"] : []))
    }

    public func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pid of the pane's process (the shell running the command).
    public func panePID() throws -> Int32 {
        Int32(
            try run(["display-message", "-p", "-t", "main", "#{pane_pid}"]).trimmingCharacters(
                in: .whitespacesAndNewlines)) ?? 0
    }

    /// Waits until the screen satisfies `condition` (checked every 50 ms, up to `timeout`
    /// seconds) and returns it; the last screen is returned on timeout for the failure message.
    /// A screen that satisfies it is returned once a second capture 50 ms later agrees, so a
    /// frame tmux has only half taken in (the condition met, the rest of the frame not drawn
    /// yet, as on a loaded machine) is not what the test goes on to check.
    public func waitFor(timeout: Double = 5, escapes: Bool = false, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture(escapes: escapes)
        // A screen that kept changing while it satisfied the condition: the last such one.
        var matched: String?
        while Date() < deadline {
            if condition(screen) {
                matched = screen
                Thread.sleep(forTimeInterval: 0.05)
                let again = try capture(escapes: escapes)
                if again == screen { return screen }
                screen = again
                continue
            }
            Thread.sleep(forTimeInterval: 0.05)
            screen = try capture(escapes: escapes)
        }
        return matched ?? screen
    }

    /// Waits until two captures 100 ms apart agree (the program has finished drawing).
    public func waitForStable(timeout: Double = 5) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try capture()
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            let next = try capture()
            if next == last { return next }
            last = next
        }
        return last
    }

    public func waitFor(_ text: String, timeout: Double = 5) throws -> String {
        try waitFor(timeout: timeout) { $0.contains(text) }
    }
}
