import Foundation
import GlossCore

/// A fresh folder under the system temporary directory, removed when the value is released.
final class TemporaryFolder: @unchecked Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gloss-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> URL { try write(relative, Data(text.utf8)) }

    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> URL {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    /// Makes `relative` a symbolic link to `destination`.
    func link(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(
            atPath: url.appendingPathComponent(relative).path, withDestinationPath: destination)
    }
}

/// A library handed from a loading thread to the test.
final class LockedLibrary: @unchecked Sendable {
    private var library: Library?
    private let lock = NSLock()
    func set(_ value: Library?) {
        lock.lock()
        library = value
        lock.unlock()
    }
    func get() -> Library? {
        lock.lock()
        defer { lock.unlock() }
        return library
    }
}
