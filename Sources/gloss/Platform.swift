import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The executable's door to libc: whether a standard stream is a terminal and how wide it is,
/// and running a child process to its end. Nothing else in the executable calls libc for
/// these (the store has its own door, `GlossStore`'s `Platform`; the full-screen terminal is
/// `GlossTerminal`'s).
enum Platform {
    /// A standard stream, by its descriptor.
    enum Stream: Int32 {
        case input = 0, output = 1, error = 2
    }

    /// Whether `stream` is a terminal.
    static func isTerminal(_ stream: Stream) -> Bool { isTerminal(descriptor: stream.rawValue) }

    static func isTerminal(descriptor: Int32) -> Bool { isatty(descriptor) != 0 }

    /// The columns of the terminal on `stream`, or nil when it is no terminal or reports none.
    static func terminalColumns(_ stream: Stream) -> Int? { terminalColumns(descriptor: stream.rawValue) }

    /// The columns of the terminal on `descriptor` as the terminal reports them, or nil when it
    /// is no terminal or reports none.
    static func terminalColumns(descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Runs `arguments` (the first is the program's path; no search of `PATH`) with this
    /// process's environment and waits for it. The child starts with an empty signal mask and
    /// default handling of the signals that stop a program (the reader catches them; an editor
    /// must not inherit that). Returns the exit code, 128 + the signal that ended it, or 127 when
    /// it could not be started.
    static func runToEnd(_ arguments: [String]) -> Int32 {
        precondition(!arguments.isEmpty, "a program to run")
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
        return exitCode(waitStatus: status)
    }

    /// What `waitpid` reported for a child that ended (no `WUNTRACED`, so it did not merely
    /// stop), as a shell says it: the exit code, or 128 + the signal. `WIFEXITED` and
    /// `WEXITSTATUS` are macros Swift cannot import: the low 7 bits are the signal, the next 8
    /// the code.
    static func exitCode(waitStatus status: Int32) -> Int32 {
        status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
