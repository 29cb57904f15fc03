import Foundation

/// The repository the tests run in (two folders above this file's folder).
public enum TestRepository {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}

/// The one locator of this package's built executables (`gloss`, `gloss-bench`): next to the
/// test bundle (the build products folder, which follows a custom scratch path), else in the
/// usual build folders. `$GLOSS_BINARY` names another `gloss`.
public enum BuiltProduct {
    /// The built `gloss`, or nil.
    public static let gloss: String? = {
        if let explicit = ProcessInfo.processInfo.environment["GLOSS_BINARY"],
            FileManager.default.isExecutableFile(atPath: explicit)
        {
            return explicit
        }
        return path(named: "gloss")
    }()

    /// The built executable `name`, or nil.
    public static func path(named name: String) -> String? {
        var starts =
            [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments.first ?? "")]
            + Bundle.allBundles.map(\.bundleURL)
        if let executable = Bundle.main.executableURL { starts.append(executable.deletingLastPathComponent()) }
        var candidates: [URL] = []
        for start in starts {
            var dir = start.standardizedFileURL
            for _ in 0..<5 {
                candidates.append(dir.appendingPathComponent(name, isDirectory: false))
                dir = dir.deletingLastPathComponent()
            }
        }
        for build in [".build/debug", ".build/release"] {
            candidates.append(TestRepository.root.appendingPathComponent(build).appendingPathComponent(name))
        }
        return candidates.first { url in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && !isDir.boolValue
                && FileManager.default.isExecutableFile(atPath: url.path)
        }?.path
    }

    /// The built executable `name`; throws `Missing` (which says to build first) when there is none.
    public static func url(named name: String) throws -> URL {
        guard let path = name == "gloss" ? gloss : path(named: name) else { throw Missing(name: name) }
        return URL(fileURLWithPath: path)
    }

    public struct Missing: Error, CustomStringConvertible {
        public var name: String
        public var description: String {
            "the built '\(name)' executable was not found next to the tests; build it with 'swift build' first"
        }
    }
}
