import Foundation
import GlossCore

/// `library [COUNT] [ARTICLES]`: generates a library of COUNT articles (default 10,000) from
/// the paragraphs of the shipped articles (ARTICLES, default ./Articles) into a temporary folder,
/// the same files on every run, and times, as a user would run them, `wc -w` over the files,
/// `gloss list --format json` with an empty index (cold) and with a full one (warm), and
/// reports their ratios against the targets (cold ≤ 5×, warm ≤ 0.5× `wc -w`) and the peak
/// memory of `gloss` (target ≤ 200 MB). `gloss` is the binary next to this one.
enum LibraryBenchmark {
    static let usage = """
          library [COUNT] [ARTICLES]  gloss list over a generated library of COUNT articles (default 10000), cold and warm index, against wc -w
          library-generate DIR COUNT  writes that library into DIR
        """

    static let coldTarget = 5.0
    static let warmTarget = 0.5
    static let memoryTarget = 200.0

    static func run(_ arguments: [String]) -> Int32? {
        if arguments.first == "library-generate" {
            // The same library into a folder of one's own, to run gloss on it by hand.
            guard arguments.count >= 3, let count = Int(arguments[2]) else { return StoreBenchmark.fail("usage: library-generate DIR COUNT [ARTICLES]") }
            let source = URL(fileURLWithPath: arguments.count > 3 ? arguments[3] : "Articles", isDirectory: true)
            do {
                _ = try generate(count: count, from: source, into: URL(fileURLWithPath: arguments[1], isDirectory: true))
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
        let gloss = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gloss").path
        guard FileManager.default.isExecutableFile(atPath: gloss) else { return StoreBenchmark.fail("no gloss binary next to gloss-bench (\(gloss))") }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-bench-library-\(getpid())", isDirectory: true)
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
        let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        print("library: \(count) articles, \(NumberText.grouped(words)) words, \(String(format: "%.1f", Double(bytes) / 1e6)) MB (generated from \(source.relativePath))")

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
        guard [wc, cold, warm, fresh].allSatisfy({ $0.status == 0 }) else { return StoreBenchmark.fail("a command failed") }
        let peak = ([wc, fresh, warm] + colds).filter { $0.program == gloss }.map(\.peakMegabytes).max() ?? 0

        func row(_ name: String, _ r: Run, target: Double?) {
            let ratio = r.seconds / wc.seconds
            var line = "\(name.padding(toLength: 26, withPad: " ", startingAt: 0))\(String(format: "%8.3f s", r.seconds))  \(String(format: "%6.2f×", ratio)) wc"
            if let target { line += "  (target ≤ \(target)×: \(ratio <= target ? "met" : "NOT met"))" }
            line += String(format: "  cpu %.2f s  peak %.0f MB", r.cpuSeconds, r.peakMegabytes)
            print(line)
        }
        print("wc -w                     \(String(format: "%8.3f s", wc.seconds))  cpu \(String(format: "%.2f s", wc.cpuSeconds))")
        row("gloss list cold (empty)", cold, target: coldTarget)
        row("gloss list warm", warm, target: warmTarget)
        row("gloss list --no-index", fresh, target: nil)
        print("load average at the end: \(loadAverage()) (the machine's other work slows every wall-clock figure)")
        print("peak memory of gloss: \(String(format: "%.0f", peak)) MB (target ≤ \(Int(memoryTarget)) MB: \(peak <= memoryTarget ? "met" : "NOT met"))")
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
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "unknown"
    }

    static func best(_ times: Int, _ body: () -> Run) -> Run {
        (0..<times).map { _ in body() }.min { $0.seconds < $1.seconds }!
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
        guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else { return Run(program: program, seconds: 0, status: -1, peakMegabytes: 0) }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exited = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Run(program: program, seconds: seconds, status: exited, peakMegabytes: Double(usage.ru_maxrss) / 1024, cpuSeconds: cpu)
    }
}
