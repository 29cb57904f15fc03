import Foundation
import GlossCore
import GlossStore

/// The store's benchmark, and the writer processes the store's multi-process tests spawn.
///
/// - `store [COUNT]`: imports COUNT annotations (default 100,000) of one article into a fresh
///   temporary store through `AnnotationImport` (what `gloss import-annotations` runs), then
///   times loading them in a process of its own (best and median of 5, against the target of 2 s per 100,000),
///   single saves with `fsync` (median and 95th percentile of 200), and re-anchoring them all
///   in an unchanged and in an edited text.
/// - `store-write STORE ARTICLE COUNT`: saves COUNT annotations (0: until killed), one by one.
/// - `store-load STORE ARTICLE [RUNS] [EXPECTED]`: times loading one article's annotations from
///   an existing store (the benchmark runs it as a child process, so its peak memory is its own).
/// - `store-import FILE STORE COUNT`: imports a collection file, timed, with peak memory.
/// - `store-tag STORE ID COUNT PREFIX`: adds COUNT tags `PREFIX-i` to one annotation, each a
///   locked read-modify-write.
enum StoreBenchmark {
    static let usage = """
          store [COUNT]    import and load time of COUNT annotations of one article (default 100000), one save with fsync
        """

    /// Runs the benchmark named by `arguments[0]`; nil when it is not one of the store's.
    static func run(_ arguments: [String]) -> Int32? {
        switch arguments.first {
        case "store": return benchmark(count: arguments.count > 1 ? Int(arguments[1]) ?? 100_000 : 100_000)
        case "store-write":
            guard arguments.count == 4, let count = Int(arguments[3]) else {
                return fail("usage: store-write STORE ARTICLE COUNT")
            }
            return write(
                store: AnnotationStore(root: URL(fileURLWithPath: arguments[1])), articleID: arguments[2], count: count)
        case "store-load":
            guard (3...5).contains(arguments.count) else {
                return fail("usage: store-load STORE ARTICLE [RUNS] [EXPECTED]")
            }
            return load(
                store: AnnotationStore(root: URL(fileURLWithPath: arguments[1])), articleID: arguments[2],
                runs: arguments.count > 3 ? Int(arguments[3]) ?? 10 : 10,
                expected: arguments.count > 4 ? Int(arguments[4]) : nil)
        case "store-import":
            guard arguments.count == 4, let count = Int(arguments[3]) else {
                return fail("usage: store-import FILE STORE COUNT")
            }
            return importFile(
                arguments[1], store: AnnotationStore(root: URL(fileURLWithPath: arguments[2])), expected: count)
        case "store-tag":
            guard arguments.count == 5, let count = Int(arguments[3]) else {
                return fail("usage: store-tag STORE ID COUNT PREFIX")
            }
            return tag(
                store: AnnotationStore(root: URL(fileURLWithPath: arguments[1])), id: arguments[2], count: count,
                prefix: arguments[4])
        default: return nil
        }
    }

    /// A synthetic article of about 60,000 characters: sentences from a small vocabulary.
    static func article(id: String) -> Article {
        let words = [
            "the", "minister", "said", "council", "report", "water", "prices", "rose", "by", "percent", "in", "March",
            "residents", "protest", "against", "plan", "officials", "denied", "claims", "city", "budget", "vote",
        ]
        var generator = Seeded(seed: 42)
        var paragraphs: [String] = []
        for _ in 0..<120 {
            var sentences: [String] = []
            for _ in 0..<5 {
                let n = 8 + Int(generator.next() % 10)
                let sentence = (0..<n).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(
                    separator: " ")
                sentences.append(sentence.prefix(1).uppercased() + sentence.dropFirst() + ".")
            }
            paragraphs.append(sentences.joined(separator: " "))
        }
        let text = paragraphs.joined(separator: "\n\n")
        var blocks: [Block] = []
        var offset = 0
        for p in paragraphs {
            let length = p.unicodeScalars.count
            blocks.append(Block(kind: .paragraph, range: TextRange(offset, offset + length)))
            offset += length + 2
        }
        return Article(id: id, title: "Synthetic", text: text, blocks: blocks)
    }

    /// A random annotation of `article`; `fingerprint` is the article's, computed once by the
    /// caller because hashing the whole text for every annotation would dwarf the save.
    static func randomAnnotation(_ article: Article, fingerprint: String, _ generator: inout Seeded, index: Int)
        -> Annotation
    {
        let length = 10 + Int(generator.next() % 80)
        let start = Int(generator.next() % UInt64(article.scalars.count - length))
        let range = TextRange(start, start + length)
        return Annotation(
            articleID: article.id, quote: TextQuoteSelector(range: range, in: article.scalars),
            position: TextPositionSelector(range),
            note: index % 3 == 0 ? "Note \(index): check this figure." : "", tags: index % 2 == 0 ? ["check"] : [],
            color: "yellow",
            kind: index % 3 == 0 ? .note : .highlight, fingerprint: fingerprint, created: Date())
    }

    /// Memory target of an import or a load, at any count up to a million annotations.
    static let memoryTargetMB = 1024

    static func printMemoryTarget() {
        let peak = peakResidentKilobytes() / 1024
        print(
            "    memory target: \(memoryTargetMB) MB up to 1,000,000 annotations — \(peak <= memoryTargetMB ? "met" : "NOT MET")"
        )
    }

    /// Load target for the default count: 100,000 annotations of one article in two seconds.
    static let loadTarget = 2.0

    static func benchmark(count: Int) -> Int32 {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-bench-store-\(getpid())", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let storeRoot = root.appendingPathComponent("store", isDirectory: true)
        let store = AnnotationStore(root: storeRoot)
        let article = article(id: "bench/synthetic-article")
        var generator = Seeded(seed: 7)
        let fingerprint = article.fingerprint
        do {
            // A JSON-LD collection written item by item, so a million annotations never sit
            // in this process's memory at once.
            let file = root.appendingPathComponent("import.json")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try writeCollection(to: file, count: count) {
                randomAnnotation(article, fingerprint: fingerprint, &generator, index: $0)
            }
            print("store benchmark: \(count) annotations of one article, \(article.scalars.count) characters of text")
            print("  (import and load each run in a process of their own, so each peak memory is its own)")
            // Filled the way `gloss import-annotations` fills a store: the file read in
            // pieces, saved in locked batches.
            guard child(["store-import", file.path, storeRoot.path, String(count)]) else { return 1 }
            try? FileManager.default.removeItem(at: file)
            guard child(["store-load", storeRoot.path, article.id, "5", String(count)]) else { return 1 }
            // Single saves with both fsyncs, in a folder of their own.
            var saves: [Double] = []
            let other = article.id + "-saves"
            for i in 0..<200 {
                var a = randomAnnotation(article, fingerprint: fingerprint, &generator, index: i)
                a.articleID = other
                let t0 = DispatchTime.now().uptimeNanoseconds
                try store.save(a)
                saves.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            }
            saves.sort()
            print(
                String(
                    format: "  save one annotation (fsync of file and folder): median %.2f ms, p95 %.2f ms (%d saves)",
                    saves[saves.count / 2], saves[Int(Double(saves.count) * 0.95)], saves.count))
            let loaded = try store.load(articleID: article.id).annotations
            var t0 = DispatchTime.now().uptimeNanoseconds
            let unchanged = ArticleAnnotations.anchor(loaded, in: article)
            let anchorUnchanged = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
            // An edit near the start moves every passage after it.
            let edited = Article(
                id: article.id, title: article.title, text: "Update: a paragraph was added. " + article.text, blocks: []
            )
            let sample = Array(loaded.prefix(1000))
            t0 = DispatchTime.now().uptimeNanoseconds
            let moved = ArticleAnnotations.anchor(sample, in: edited)
            let anchorMoved = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
            print(
                String(
                    format: "  re-anchor %d in unchanged text: %.1f ms (%d exact)", loaded.count, anchorUnchanged,
                    unchanged.filter { $0.status == .exact }.count))
            print(
                String(
                    format: "  re-anchor %d after an insertion at the start: %.1f ms (%d moved)", sample.count,
                    anchorMoved, moved.filter { $0.status == .moved }.count))
            return 0
        } catch {
            return fail("\(error)")
        }
    }

    /// Writes a W3C `AnnotationCollection` of `count` annotations, one item at a time.
    static func writeCollection(to file: URL, count: Int, _ make: (Int) -> Annotation) throws {
        guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        var buffer = Data(
            "{\"@context\":\"\(AnnotationJSON.context)\",\"type\":\"AnnotationCollection\",\"total\":\(count),\"first\":{\"type\":\"AnnotationPage\",\"startIndex\":0,\"items\":[\n"
                .utf8)
        for i in 0..<count {
            if i > 0 { buffer.append(contentsOf: Array(",\n".utf8)) }
            buffer.append(AnnotationJSON.encode(make(i)))
            if buffer.count > 1 << 20 {
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        buffer.append(contentsOf: Array("]}}\n".utf8))
        try handle.write(contentsOf: buffer)
    }

    /// Runs this benchmark program again with `arguments`; false when it failed.
    static func child(_ arguments: [String]) -> Bool {
        fflush(nil)  // every stream, so what this process printed comes before the child's lines
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
        process.arguments = arguments
        do {
            try process.run()
        } catch {
            _ = fail("cannot run \(arguments[0]): \(error)")
            return false
        }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// `store-import FILE STORE COUNT`: the import command's path, timed, with its peak memory.
    static func importFile(_ path: String, store: AnnotationStore, expected: Int) -> Int32 {
        let t0 = DispatchTime.now().uptimeNanoseconds
        let summary: AnnotationImport.Summary
        do {
            summary = try AnnotationImport(store: store, source: .file(path)).run()
        } catch {
            return fail("\(error)")
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        guard summary.added == expected else { return fail("imported \(summary.added) of \(expected)") }
        print(
            String(
                format: "  import %d annotations (batches of %d): %.2f s; peak memory %d MB",
                expected, StoreBatchWriter.batchSize, seconds, peakResidentKilobytes() / 1024))
        printMemoryTarget()
        return 0
    }

    static func write(store: AnnotationStore, articleID: String, count: Int) -> Int32 {
        let article = article(id: articleID)
        let fingerprint = article.fingerprint
        var generator = Seeded(seed: UInt64(getpid()))
        var i = 0
        while count == 0 || i < count {
            do {
                try store.save(randomAnnotation(article, fingerprint: fingerprint, &generator, index: i))
            } catch {
                return fail("\(error)")
            }
            i += 1
        }
        return 0
    }

    /// `store-load STORE ARTICLE [RUNS] [EXPECTED]`: times loading one article's annotations
    /// (best and median of RUNS, default 10), with the CPU time and this process's peak memory;
    /// with EXPECTED, checks the count and compares the best time with the target.
    static func load(store: AnnotationStore, articleID: String, runs: Int, expected: Int?) -> Int32 {
        var times: [Double] = []
        var cpu: [Double] = []
        var count = 0
        for _ in 0..<max(1, runs) {
            let c0 = cpuMilliseconds()
            let t0 = DispatchTime.now().uptimeNanoseconds
            guard let loaded = try? store.load(articleID: articleID) else { return fail("cannot load") }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            cpu.append(cpuMilliseconds() - c0)
            count = loaded.annotations.count
            if let expected, count != expected || !loaded.damaged.isEmpty {
                return fail("loaded \(count) of \(expected), \(loaded.damaged.count) damaged")
            }
        }
        times.sort()
        cpu.sort()
        print(
            String(
                format:
                    "  load %d annotations: best %.1f ms, median %.1f ms (%d runs); CPU time, all threads: median %.1f ms; peak memory %d MB",
                count, times[0], times[times.count / 2], times.count, cpu[cpu.count / 2], peakResidentKilobytes() / 1024
            ))
        if expected != nil {
            let target = loadTarget * Double(count) / 100_000
            print(
                String(
                    format: "    target for %d: %.2f s (2 s per 100,000) — %@", count, target,
                    times[0] / 1000 <= target ? "met" : "NOT MET"))
            printMemoryTarget()
        }
        return 0
    }

    static func tag(store: AnnotationStore, id: String, count: Int, prefix: String) -> Int32 {
        for i in 0..<count {
            do {
                try store.update(id: id) { (a: Annotation) throws(StoreError) -> Annotation? in
                    var next = a
                    next.tags.insert("\(prefix)-\(i)")
                    return next
                }
            } catch {
                return fail("\(error)")
            }
        }
        return 0
    }

    /// User and system CPU time of the whole process, which other work on the machine
    /// disturbs less than the wall clock.
    static func cpuMilliseconds() -> Double {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        let user = Double(usage.ru_utime.tv_sec) * 1000 + Double(usage.ru_utime.tv_usec) / 1000
        let system = Double(usage.ru_stime.tv_sec) * 1000 + Double(usage.ru_stime.tv_usec) / 1000
        return user + system
    }

    /// The process's maximum resident set size so far, in kilobytes.
    static func peakResidentKilobytes() -> Int {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Int(usage.ru_maxrss)
        #else
            getrusage(RUSAGE_SELF, &usage)
            return Int(usage.ru_maxrss) / 1024
        #endif
    }

    static func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("gloss-bench: \(message)\n".utf8))
        return 1
    }

    /// A small seeded generator, so benchmark data is the same on every run.
    struct Seeded {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
