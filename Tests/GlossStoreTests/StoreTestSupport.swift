import Foundation
import GlossCore
import Testing

/// Temporary stores, fixtures and the built executables the store tests run.
enum StoreTestSupport {
    static func temporaryFolder(_ label: String = "store") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-test-\(label)-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let text = "The minister said the water prices would rise by ten percent next year. Residents were angry about it. The council will vote in March."

    static func article(id: String = "wikinews/GUM_news_clock") -> Article {
        Article(id: id, title: "Water", text: text, blocks: [Block(kind: .paragraph, range: TextRange(0, text.unicodeScalars.count))])
    }

    static func annotation(_ n: Int = 0, id: String = "wikinews/GUM_news_clock", note: String = "", tags: Set<String> = []) -> Annotation {
        let article = article(id: id)
        let start = (n * 7) % 100
        return try! Annotation(article: article, range: TextRange(start, start + 12), note: note, tags: tags, now: Date(timeIntervalSince1970: 1_764_000_000 + Double(n)))
    }

    /// A built executable of this package (`gloss`, `gloss-bench`), found next to the test
    /// bundle in the build folder, whatever the scratch path.
    static func product(_ name: String) throws -> URL {
        var starts: [URL] = [Bundle.main.bundleURL]
        if let exe = Bundle.main.executableURL { starts.append(exe.deletingLastPathComponent()) }
        starts.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        for start in starts {
            var dir = start.standardizedFileURL
            for _ in 0..<5 {
                let candidate = dir.appendingPathComponent(name, isDirectory: false)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                dir = dir.deletingLastPathComponent()
            }
        }
        Issue.record("the built '\(name)' executable was not found near \(starts.map(\.path)); build the package first")
        throw ProductMissing(name: name)
    }

    struct ProductMissing: Error {
        var name: String
    }

    /// Runs an executable to the end; returns its exit status, stdout and stderr.
    @discardableResult
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let input {
            let pipe = Pipe()
            process.standardInput = pipe
            try process.run()
            pipe.fileHandleForWriting.write(Data(input.utf8))
            try pipe.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
        // Read both pipes while the process runs, so a full pipe cannot stall it.
        let outData = Locked(Data()), errData = Locked(Data())
        let group = DispatchGroup()
        for (pipe, box) in [(out, outData), (err, errData)] {
            group.enter()
            DispatchQueue.global().async {
                box.set(pipe.fileHandleForReading.readDataToEndOfFile())
                group.leave()
            }
        }
        process.waitUntilExit()
        group.wait()
        return (process.terminationStatus, String(decoding: outData.get(), as: UTF8.self), String(decoding: errData.get(), as: UTF8.self))
    }

    /// Bytes and modification time of a file, to prove Gloss did not touch it.
    static func fingerprint(_ url: URL) throws -> (Data, Date) {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (try Data(contentsOf: url), attributes[.modificationDate] as! Date)
    }
}

/// A value handed between threads in a test.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func set(_ v: Value) { lock.lock(); value = v; lock.unlock() }
    func get() -> Value { lock.lock(); defer { lock.unlock() }; return value }
}
