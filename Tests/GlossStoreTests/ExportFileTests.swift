import Foundation
import GlossStore
import Testing

/// `ExportFile.write`: an export never replaces what the user did not ask it to.
@Suite struct ExportFileTests {
    let data = Data("export\n".utf8)

    func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode : 0
    }

    @Test func aNewFileIsCreated() throws {
        let folder = try StoreTestSupport.temporaryFolder("export")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("out.md")
        try ExportFile.write(data, to: url, overwrite: false)
        #expect(try Data(contentsOf: url) == data)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.md"])
    }

    @Test func anExistingFileIsKeptUnlessForcedAndKeepsItsMode() throws {
        let folder = try StoreTestSupport.temporaryFolder("export")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("notes.md")
        try Data("precious\n".utf8).write(to: url)
        chmod(url.path, 0o600)
        #expect(throws: StoreError.exists(path: url.path)) { try ExportFile.write(data, to: url, overwrite: false) }
        #expect(try String(contentsOf: url, encoding: .utf8) == "precious\n")
        try ExportFile.write(data, to: url, overwrite: true)
        #expect(try Data(contentsOf: url) == data)
        #expect(mode(url.path) & 0o777 == 0o600)
    }

    @Test func aLinkIsWrittenThroughAndStaysALink() throws {
        let folder = try StoreTestSupport.temporaryFolder("export")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("real.md")
        let link = folder.appendingPathComponent("link.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.md")
        try ExportFile.write(data, to: link, overwrite: false)
        #expect(try Data(contentsOf: target) == data)  // made through the link
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.md")
        #expect(throws: StoreError.exists(path: target.path)) { try ExportFile.write(data, to: link, overwrite: false) }
        let dangling = folder.appendingPathComponent("nowhere.md")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "missing/none.md")
        #expect(throws: StoreError.self) { try ExportFile.write(data, to: dangling, overwrite: true) }
    }

    @Test func aDeviceIsWrittenToAndNeverReplaced() throws {
        try ExportFile.write(data, to: URL(fileURLWithPath: "/dev/null"), overwrite: false)
        #expect(mode("/dev/null") & S_IFMT == S_IFCHR)
    }

    @Test func aFIFOIsWrittenToDirectly() throws {
        let folder = try StoreTestSupport.temporaryFolder("export")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.md")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        nonisolated(unsafe) var read = Data()
        let done = DispatchSemaphore(value: 0)
        let path = fifo.path
        Thread.detachNewThread {
            read = FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() ?? Data()
            done.signal()
        }
        try ExportFile.write(data, to: fifo, overwrite: false)
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(read == data)
        #expect(mode(fifo.path) & S_IFMT == S_IFIFO)
    }

    @Test func aFolderIsRefused() throws {
        let folder = try StoreTestSupport.temporaryFolder("export")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: StoreError.notAFile(path: folder.path, kind: "a folder")) {
            try ExportFile.write(data, to: folder, overwrite: true)
        }
    }
}
