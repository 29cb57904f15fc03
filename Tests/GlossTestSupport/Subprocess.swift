import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one way the tests run a program: posix_spawn and waitpid, plain and dependable when many
/// tests run at once. The child starts with no signal blocked and default handling of the
/// signals that stop a program, whatever the test thread has (tmux passes them on to the
/// reader, whose Ctrl-C and SIGTERM handling is under test).
public enum Subprocess {
    public struct Result: Sendable {
        /// The exit code, or 128 + the signal that ended the program.
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// The signal that ended the program (a crash, a kill, the timeout's kill), or nil.
        public var signal: Int32?
        /// Killed because it ran past the timeout.
        public var timedOut = false

        /// Ended by a signal rather than by exiting.
        public var signalled: Bool { signal != nil }
        /// Standard output (the name the tmux helper reads).
        public var output: String { stdout }
    }

    /// A started program, to wait for or to kill.
    public final class Child: @unchecked Sendable {
        public let pid: pid_t
        private var outFD: Int32
        private var errFD: Int32
        private var input: [UInt8]
        private var inFD: Int32
        private let timeout: Double?
        private var result: Result?

        init(pid: pid_t, outFD: Int32, errFD: Int32, inFD: Int32, input: [UInt8], timeout: Double?) {
            self.pid = pid
            self.outFD = outFD
            self.errFD = errFD
            self.inFD = inFD
            self.input = input
            self.timeout = timeout
        }

        deinit {
            for fd in [outFD, errFD, inFD] where fd >= 0 { close(fd) }
        }

        /// Sends `signal` (SIGKILL unless told) to the program.
        public func kill(_ signal: Int32 = SIGKILL) { sendSignal(signal, to: pid) }

        /// Feeds the input, reads standard output and error to their end, and waits for the
        /// program; one still running after the timeout is killed and reported as timed out.
        @discardableResult
        public func wait() -> Result {
            if let result { return result }
            let deadline = timeout.map { Date().addingTimeInterval($0) }
            var out = [UInt8](), err = [UInt8]()
            var written = 0
            var timedOut = false
            var chunk = [UInt8](repeating: 0, count: 65536)
            while outFD >= 0 || errFD >= 0 || inFD >= 0 {
                var fds: [pollfd] = []
                if outFD >= 0 { fds.append(pollfd(fd: outFD, events: Int16(POLLIN), revents: 0)) }
                if errFD >= 0 { fds.append(pollfd(fd: errFD, events: Int16(POLLIN), revents: 0)) }
                if inFD >= 0 { fds.append(pollfd(fd: inFD, events: Int16(POLLOUT), revents: 0)) }
                var wait: Int32 = -1
                if let deadline, !timedOut {
                    let left = deadline.timeIntervalSinceNow
                    if left <= 0 {
                        timedOut = true
                        kill()
                    } else {
                        wait = Int32(min(left * 1000 + 1, 1_000_000))
                    }
                }
                let ready = poll(&fds, nfds_t(fds.count), wait)
                if ready < 0 && errno == EINTR { continue }
                if ready <= 0 { continue }
                for p in fds where p.revents != 0 {
                    if p.fd == inFD {
                        let n = input.withUnsafeBytes { write(inFD, $0.baseAddress! + written, input.count - written) }
                        if n > 0 { written += n }
                        if n < 0 && errno == EINTR { continue }
                        if n < 0 || written >= input.count {
                            close(inFD)
                            inFD = -1
                        }
                        continue
                    }
                    let n = read(p.fd, &chunk, chunk.count)
                    if n > 0 {
                        if p.fd == outFD { out += chunk[0..<n] } else { err += chunk[0..<n] }
                    } else if n == 0 || errno != EINTR {
                        close(p.fd)
                        if p.fd == outFD { outFD = -1 } else { errFD = -1 }
                    }
                }
            }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            let signal: Int32? = status & 0x7F == 0 ? nil : status & 0x7F
            let done = Result(
                status: signal.map { 128 + $0 } ?? (status >> 8) & 0xFF, stdout: String(decoding: out, as: UTF8.self),
                stderr: String(decoding: err, as: UTF8.self), signal: signal, timedOut: timedOut)
            result = done
            return done
        }
    }

    /// Starts `path` with `arguments`, this process's environment with `environment` over it,
    /// in `directory` (this process's when nil). Standard input is `input` (or /dev/null);
    /// standard output and error are kept, or go to /dev/null with `captureOutput: false`
    /// (needed when the program leaves a daemon behind that would hold a pipe open).
    public static func start(
        _ path: String, _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil,
        input: String? = nil,
        captureOutput: Bool = true, timeout: Double? = nil
    ) throws -> Child {
        ignoreBrokenPipes
        var childEnds: [Int32] = []
        var ours: [Int32] = [-1, -1, -1]  // our ends: stdin's write end, stdout's and stderr's read ends
        var spawned = false
        defer {
            childEnds.forEach { close($0) }
            if !spawned { ours.filter { $0 >= 0 }.forEach { close($0) } }
        }
        func makePipe() throws -> [Int32] {
            var fds: [Int32] = [-1, -1]
            guard pipe(&fds) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EMFILE) }
            return fds
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input != nil {
            let fds = try makePipe()
            (childEnds, ours[0]) = (childEnds + [fds[0]], fds[1])
            posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        for target in [Int32(1), 2] {
            if captureOutput {
                let fds = try makePipe()
                (childEnds, ours[Int(target)]) = (childEnds + [fds[1]], fds[0])
                posix_spawn_file_actions_adddup2(&actions, fds[1], target)
            } else {
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", O_WRONLY, 0)
            }
        }
        for fd in childEnds + ours where fd >= 0 { posix_spawn_file_actions_addclose(&actions, fd) }
        if let directory {
            guard let chdir = addChdir else { throw POSIXError(.ENOSYS) }
            _ = directory.path.withCString { chdir(&actions, $0) }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var merged = ProcessInfo.processInfo.environment
        merged.merge(environment) { $1 }
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let failure = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard failure == 0 else { throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .ENOENT) }
        spawned = true
        return Child(
            pid: pid, outFD: ours[1], errFD: ours[2], inFD: ours[0], input: Array((input ?? "").utf8), timeout: timeout)
    }

    /// Runs a program to its end (see `start`).
    @discardableResult
    public static func run(
        _ path: String, _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil,
        input: String? = nil,
        captureOutput: Bool = true, timeout: Double? = nil
    ) throws -> Result {
        try start(
            path, arguments, environment: environment, directory: directory, input: input, captureOutput: captureOutput,
            timeout: timeout
        ).wait()
    }

    /// A child that stops reading its input must fail this process's write, not kill it.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// posix_spawn_file_actions_addchdir_np, which the C library module does not show.
    private typealias AddChdir =
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    private static let addChdir: AddChdir? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(symbol, to: AddChdir.self)
    }()
}

private func sendSignal(_ signal: Int32, to pid: pid_t) { _ = kill(pid, signal) }
