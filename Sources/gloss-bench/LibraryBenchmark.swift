import Foundation
import GlossCore

/// `library [COUNT] [ARTICLES]`: generates a library of COUNT articles (default 10,000) from
/// the paragraphs of the shipped articles (ARTICLES, default ./Articles) into a temporary folder,
/// the same files on every run, and times, as a user would run them, `wc -w` over the files,
/// `gloss list --format json` with an empty index (cold) and with a full one (warm), and
/// reports their ratios against the targets (cold ≤ 5×, warm ≤ 0.5× `wc -w`) and the peak
/// memory of `gloss` (target ≤ 200 MB). Then the reader's first frame on the warm index:
/// `gloss read` on a pseudo-terminal of 120×40 with `GLOSS_BENCH_FIRST_FRAME`, from the
/// process's start to its first frame with every count (target ≤ 100 ms), and its peak memory;
/// then the library-wide views over that index (`CatalogBenchmark`).
/// `gloss` is the binary next to this one.
enum LibraryBenchmark {
    static let usage = """
          library [COUNT] [ARTICLES]  gloss list over a generated library of COUNT articles (default 10000), cold and warm index, against wc -w; gloss read's first frame on the warm index
          library-generate DIR COUNT  writes that library into DIR
        """

    static let coldTarget = 5.0
    static let warmTarget = 0.5
    static let memoryTarget = 200.0
    static let firstFrameTarget = 0.1

    static func run(_ arguments: [String]) -> Int32? {
        if arguments.first == "library-generate" {
            // The same library into a folder of one's own, to run gloss on it by hand.
            guard arguments.count >= 3, let count = Int(arguments[2]) else {
                return StoreBenchmark.fail("usage: library-generate DIR COUNT [ARTICLES]")
            }
            let source = URL(fileURLWithPath: arguments.count > 3 ? arguments[3] : "Articles", isDirectory: true)
            do {
                _ = try generate(
                    count: count, from: source, into: URL(fileURLWithPath: arguments[1], isDirectory: true))
            } catch {
                return StoreBenchmark.fail("\(error)")
            }
            return 0
        }
        guard arguments.first == "library" else { return nil }
        let count = arguments.count > 1 ? Int(arguments[1]) ?? 10_000 : 10_000
        let source = URL(fileURLWithPath: arguments.count > 2 ? arguments[2] : "Articles", isDirectory: true)
        return benchmark(count: count, source: source)
    }

    static func benchmark(count: Int, source: URL) -> Int32 {
        let gloss = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "gloss"
        ).path
        guard FileManager.default.isExecutableFile(atPath: gloss) else {
            return StoreBenchmark.fail("no gloss binary next to gloss-bench (\(gloss))")
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-bench-library-\(getpid())", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let library = root.appendingPathComponent("library", isDirectory: true)
        let index = root.appendingPathComponent("index.sqlite").path
        let files: [String]
        let words: Int
        do {
            (files, words) = try generate(count: count, from: source, into: library)
        } catch {
            return StoreBenchmark.fail("\(error)")
        }
        let bytes = files.reduce(0) {
            $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0)
        }
        print(
            "library: \(count) articles, \(NumberText.grouped(words)) words, \(String(format: "%.1f", Double(bytes) / 1e6)) MB (generated from \(source.relativePath))"
        )

        let list = ["list", "--format", "json", "--library", library.path, "--index", index]
        // Warm the page cache so that every run reads from memory.
        _ = spawn("/usr/bin/wc", ["-w"] + files)
        let wc = best(3) { spawn("/usr/bin/wc", ["-w"] + files) }
        var colds: [Run] = []
        for _ in 0..<2 {
            for suffix in ["", "-wal", "-shm"] { unlink(index + suffix) }
            colds.append(spawn(gloss, list))
        }
        let cold = colds.min { $0.seconds < $1.seconds }!
        let warm = best(5) { spawn(gloss, list) }
        let fresh = spawn(gloss, ["list", "--format", "json", "--library", library.path, "--no-index"])
        guard [wc, cold, warm, fresh].allSatisfy({ $0.status == 0 }) else {
            return StoreBenchmark.fail("a command failed")
        }
        let peak = ([wc, fresh, warm] + colds).filter { $0.program == gloss }.map(\.peakMegabytes).max() ?? 0

        func row(_ name: String, _ r: Run, target: Double?) {
            let ratio = r.seconds / wc.seconds
            var line =
                "\(name.padding(toLength: 26, withPad: " ", startingAt: 0))\(String(format: "%8.3f s", r.seconds))  \(String(format: "%6.2f×", ratio)) wc"
            if let target { line += "  (target ≤ \(target)×: \(ratio <= target ? "met" : "NOT met"))" }
            line += String(format: "  cpu %.2f s  peak %.0f MB", r.cpuSeconds, r.peakMegabytes)
            print(line)
        }
        print(
            "wc -w                     \(String(format: "%8.3f s", wc.seconds))  cpu \(String(format: "%.2f s", wc.cpuSeconds))"
        )
        row("gloss list cold (empty)", cold, target: coldTarget)
        row("gloss list warm", warm, target: warmTarget)
        row("gloss list --no-index", fresh, target: nil)
        let store = root.appendingPathComponent("store").path
        let frames = (0..<5).compactMap { _ in
            firstFrame(gloss, ["read", "--library", library.path, "--index", index, "--store", store], folder: root)
        }
        if let frame = frames.min(by: { $0.seconds < $1.seconds }) {
            let met = frame.seconds <= firstFrameTarget
            print(
                "gloss read, first frame   \(String(format: "%8.3f s", frame.seconds))  warm index, counts complete (target ≤ \(Int(firstFrameTarget * 1000)) ms: \(met ? "met" : "NOT met"))"
                    + String(format: "  peak %.0f MB", frame.peakMegabytes))
        } else {
            print("gloss read, first frame: did not report (no pseudo-terminal?)")
        }
        let readPeak = frames.map(\.peakMegabytes).max() ?? 0
        guard CatalogBenchmark.measure(library: library, index: index, gloss: gloss) == 0 else { return 1 }
        print("load average at the end: \(loadAverage()) (the machine's other work slows every wall-clock figure)")
        print(
            "peak memory of gloss: \(String(format: "%.0f", max(peak, readPeak))) MB (target ≤ \(Int(memoryTarget)) MB: \(peak <= memoryTarget ? "met" : "NOT met"))"
        )
        return 0
    }

    /// COUNT articles of about 460 words, each a title and paragraphs drawn (with a seeded
    /// generator) from the source articles, in folders of 100, all dated 1 January 2020 so
    /// that the index sees settled files. Returns the paths and the number of words.
    static func generate(count: Int, from source: URL, into library: URL) throws -> ([String], Int) {
        let articles = try Library.load(from: source).articles
        var paragraphs: [String] = []
        for article in articles {
            for block in article.blocks where block.kind == .paragraph {
                let text = article.text(in: block.range)
                if text.split(separator: " ").count >= 8 { paragraphs.append(text) }
            }
        }
        guard !paragraphs.isEmpty else { throw BenchFailure(message: "no paragraphs in \(source.path)") }
        let titles = articles.map(\.title)
        var generator = StoreBenchmark.Seeded(seed: 2024)
        var paths: [String] = []
        var words = 0
        let date = Date(timeIntervalSince1970: 1_577_836_800)
        for n in 0..<count {
            let folder = library.appendingPathComponent(String(format: "batch-%03d", n / 100), isDirectory: true)
            if n % 100 == 0 { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
            var text = titles[Int(generator.next() % UInt64(titles.count))] + " (\(n))\n\n"
            var length = 0
            while length < 460 {
                let p = paragraphs[Int(generator.next() % UInt64(paragraphs.count))]
                text += p + "\n\n"
                length += p.split(separator: " ").count
            }
            words += length
            let file = folder.appendingPathComponent(String(format: "article-%05d.txt", n))
            try Data(text.utf8).write(to: file)
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: file.path)
            paths.append(file.path)
        }
        return (paths, words)
    }

    struct BenchFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    struct Run {
        var program: String
        var seconds: Double
        var status: Int32
        var peakMegabytes: Double
        /// User and system time: what the run cost, less disturbed by other work on the machine.
        var cpuSeconds: Double = 0
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(
            separator: " ") ?? "unknown"
    }

    static func best(_ times: Int, _ body: () -> Run) -> Run {
        (0..<times).map { _ in body() }.min { $0.seconds < $1.seconds }!
    }

    /// Runs the reader on a new pseudo-terminal (120×40, through `LINES` and `COLUMNS`) with
    /// `GLOSS_BENCH_FIRST_FRAME`, and reads what it wrote: the time of its first complete frame,
    /// measured from just before it was started, and its peak memory.
    static func firstFrame(_ program: String, _ arguments: [String], folder: URL) -> Run? {
        guard let (master, terminal) = PseudoTerminal.open() else { return nil }
        defer { close(master) }
        let report = folder.appendingPathComponent("first-frame").path
        unlink(report)
        // Whatever the reader draws is read and dropped, so it never waits on a full terminal.
        let drain = Thread {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while read(master, &buffer, buffer.count) > 0 {}
        }
        drain.start()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in Int32(0)...2 { posix_spawn_file_actions_addopen(&actions, fd, terminal, O_RDWR, 0) }
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LINES"] = "40"
        environment["COLUMNS"] = "120"
        environment["GLOSS_BENCH_FIRST_FRAME"] = report
        let env = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { env.forEach { free($0) } }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        var start = timespec()
        clock_gettime(CLOCK_REALTIME, &start)
        guard posix_spawn(&pid, program, &actions, nil, argv, env) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        guard let text = try? String(contentsOfFile: report, encoding: .utf8) else { return nil }
        let parts = text.split(whereSeparator: \.isWhitespace).compactMap { Int64($0) }
        guard parts.count == 2 else { return nil }
        let began = Int64(start.tv_sec) * 1_000_000_000 + Int64(start.tv_nsec)
        let cpu =
            Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(
                usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Run(
            program: program, seconds: Double(parts[0] - began) / 1e9, status: 0,
            peakMegabytes: Double(parts[1]) / 1024, cpuSeconds: cpu)
    }

    /// Runs a program with stdout and stdin on /dev/null (stderr kept), timing it by the wall
    /// clock and reading its peak memory from `wait4`.
    static func spawn(_ program: String, _ arguments: [String]) -> Run {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else {
            return Run(program: program, seconds: 0, status: -1, peakMegabytes: 0)
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exited = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
        let cpu =
            Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(
                usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Run(
            program: program, seconds: seconds, status: exited, peakMegabytes: Double(usage.ru_maxrss) / 1024,
            cpuSeconds: cpu)
    }
}

/// A pseudo-terminal from the C library's `posix_openpt` family, looked up at run time (the
/// headers Swift imports hide them behind feature macros).
enum PseudoTerminal {
    private typealias Open = @convention(c) (Int32) -> Int32
    private typealias Step = @convention(c) (Int32) -> Int32
    private typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    /// The master's descriptor and the terminal's path, nil when the system has none.
    static func open() -> (Int32, String)? {
        let handle = dlopen(nil, RTLD_NOW)
        func symbol<T>(_ name: String, _: T.Type) -> T? { dlsym(handle, name).map { unsafeBitCast($0, to: T.self) } }
        guard let openpt = symbol("posix_openpt", Open.self), let grant = symbol("grantpt", Step.self),
            let unlock = symbol("unlockpt", Step.self), let name = symbol("ptsname", Name.self)
        else { return nil }
        let master = openpt(O_RDWR | O_NOCTTY)
        guard master >= 0 else { return nil }
        guard grant(master) == 0, unlock(master) == 0, let path = name(master) else {
            close(master)
            return nil
        }
        return (master, String(cString: path))
    }
}
