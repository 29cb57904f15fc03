import Foundation
import GlossCore
import GlossStore

/// The store's benchmark, and the writer processes the store's multi-process tests spawn.
///
/// - `store [COUNT]`: imports COUNT annotations (default 100,000) of one article into a fresh
///   temporary store through `AnnotationImport` (what `gloss import-annotations` runs), then
///   times loading them (best and median of 5, against the target of 2 s per 100,000),
///   single saves with `fsync` (median and 95th percentile of 200), and re-anchoring them all
///   in an unchanged and in an edited text.
/// - `store-write STORE ARTICLE COUNT`: saves COUNT annotations (0: until killed), one by one.
/// - `store-load STORE ARTICLE`: times loading one article's annotations from an existing store.
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
            guard arguments.count == 4, let count = Int(arguments[3]) else { return fail("usage: store-write STORE ARTICLE COUNT") }
            return write(store: AnnotationStore(root: URL(fileURLWithPath: arguments[1])), articleID: arguments[2], count: count)
        case "store-load":
            guard arguments.count == 3 else { return fail("usage: store-load STORE ARTICLE") }
            return load(store: AnnotationStore(root: URL(fileURLWithPath: arguments[1])), articleID: arguments[2])
        case "store-tag":
            guard arguments.count == 5, let count = Int(arguments[3]) else { return fail("usage: store-tag STORE ID COUNT PREFIX") }
            return tag(store: AnnotationStore(root: URL(fileURLWithPath: arguments[1])), id: arguments[2], count: count, prefix: arguments[4])
        default: return nil
        }
    }

    /// A synthetic article of about 60,000 characters: sentences from a small vocabulary.
    static func article(id: String) -> Article {
        let words = ["the", "minister", "said", "council", "report", "water", "prices", "rose", "by", "percent", "in", "March",
                     "residents", "protest", "against", "plan", "officials", "denied", "claims", "city", "budget", "vote"]
        var generator = Seeded(seed: 42)
        var paragraphs: [String] = []
        for _ in 0..<120 {
            var sentences: [String] = []
            for _ in 0..<5 {
                let n = 8 + Int(generator.next() % 10)
                let sentence = (0..<n).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ")
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
    static func randomAnnotation(_ article: Article, fingerprint: String, _ generator: inout Seeded, index: Int) -> Annotation {
        let length = 10 + Int(generator.next() % 80)
        let start = Int(generator.next() % UInt64(article.scalars.count - length))
        let range = TextRange(start, start + length)
        return Annotation(
            articleID: article.id, quote: TextQuoteSelector(range: range, in: article.scalars), position: TextPositionSelector(range),
            note: index % 3 == 0 ? "Note \(index): check this figure." : "", tags: index % 2 == 0 ? ["check"] : [], color: "yellow",
            kind: index % 3 == 0 ? .note : .highlight, fingerprint: fingerprint, created: Date())
    }

    /// Load target for the default count: 100,000 annotations of one article in two seconds.
    static let loadTarget = 2.0

    static func benchmark(count: Int) -> Int32 {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-bench-store-\(getpid())", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        let article = article(id: "bench/synthetic-article")
        var generator = Seeded(seed: 7)
        let fingerprint = article.fingerprint
        do {
            // Filled the way `gloss import-annotations` fills a store: a JSON-LD file read in
            // pieces, saved in locked batches.
            let file = root.appendingPathComponent("import.json")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            let made = (0..<count).map { randomAnnotation(article, fingerprint: fingerprint, &generator, index: $0) }
            try AnnotationJSON.encodeCollection(made).write(to: file)
            var t0 = DispatchTime.now().uptimeNanoseconds
            let summary = try AnnotationImport(store: store, source: .file(file.path)).run()
            let importTime = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
            guard summary.added == count else { return fail("imported \(summary.added) of \(count)") }
            try? FileManager.default.removeItem(at: file)
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
            var loads: [Double] = []
            var cpu: [Double] = []
            var loaded: [Annotation] = []
            for _ in 0..<5 {
                let c0 = cpuMilliseconds()
                let t0 = DispatchTime.now().uptimeNanoseconds
                let result = try store.load(articleID: article.id)
                loads.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
                cpu.append(cpuMilliseconds() - c0)
                guard result.annotations.count == count, result.damaged.isEmpty else {
                    return fail("loaded \(result.annotations.count) of \(count), \(result.damaged.count) damaged")
                }
                loaded = result.annotations
            }
            t0 = DispatchTime.now().uptimeNanoseconds
            let unchanged = ArticleAnnotations.anchor(loaded, in: article)
            let anchorUnchanged = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
            // An edit near the start moves every passage after it.
            let edited = Article(id: article.id, title: article.title, text: "Update: a paragraph was added. " + article.text, blocks: [])
            let sample = Array(loaded.prefix(1000))
            t0 = DispatchTime.now().uptimeNanoseconds
            let moved = ArticleAnnotations.anchor(sample, in: edited)
            let anchorMoved = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
            saves.sort()
            loads.sort()
            print("store benchmark: \(count) annotations of one article, \(article.scalars.count) characters of text")
            cpu.sort()
            print(String(format: "  import %d annotations (the import command's path: batches of %d): %.2f s", count, StoreBatchWriter.batchSize, importTime))
            print(String(format: "  load %d annotations: best %.1f ms, median %.1f ms (5 runs); CPU time, all threads: median %.1f ms",
                         count, loads[0], loads[loads.count / 2], cpu[cpu.count / 2]))
            let target = loadTarget * Double(count) / 100_000
            print(String(format: "    target for %d: %.2f s (2 s per 100,000) — %@", count, target, loads[0] / 1000 <= target ? "met" : "NOT MET"))
            print(String(format: "  save one annotation (fsync of file and folder): median %.2f ms, p95 %.2f ms (%d saves)",
                         saves[saves.count / 2], saves[Int(Double(saves.count) * 0.95)], saves.count))
            print(String(format: "  re-anchor %d in unchanged text: %.1f ms (%d exact)", count, anchorUnchanged, unchanged.filter { $0.status == .exact }.count))
            print(String(format: "  re-anchor %d after an insertion at the start: %.1f ms (%d moved)", sample.count, anchorMoved, moved.filter { $0.status == .moved }.count))
            print("  peak memory (maximum resident set): \(peakResidentKilobytes() / 1024) MB")
            return 0
        } catch {
            return fail("\(error)")
        }
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

    /// Times loading an existing store's article 10 times (for profiling, or another disk).
    static func load(store: AnnotationStore, articleID: String) -> Int32 {
        var times: [Double] = []
        var count = 0
        for _ in 0..<10 {
            let t0 = DispatchTime.now().uptimeNanoseconds
            guard let loaded = try? store.load(articleID: articleID) else { return fail("cannot load") }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            count = loaded.annotations.count
        }
        times.sort()
        print(String(format: "load %d annotations: best %.1f ms, median %.1f ms (10 runs)", count, times[0], times[5]))
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
