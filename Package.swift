// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Gloss",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gloss", targets: ["gloss"]),
        .executable(name: "gloss-bench", targets: ["gloss-bench"]),
        .library(name: "GlossCore", targets: ["GlossCore"]),
        // For the fuzzers in Fuzz/, a package of their own so `swift build` here stays plain.
        .library(name: "GlossUI", targets: ["GlossUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Model, library formats, analysis, annotations and exporters. Foundation only.
        .target(name: "GlossCore"),
        // Everything that writes user data: atomic files, locks, recovery.
        .target(name: "GlossStore", dependencies: ["GlossCore", "CStoreSync"]),
        .systemLibrary(name: "CStoreSync", path: "Sources/CStoreSync"),
        // The library index: a cache of metadata, counts, analysis results and full text in SQLite.
        .target(
            name: "GlossIndex",
            dependencies: [
                "GlossCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        // Cell buffer, widgets, actions, state. No terminal, no disk.
        .target(name: "GlossUI", dependencies: ["GlossCore"]),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // Signal handlers with their state, in C (no ncurses: the caller passes endwin).
        .target(name: "CTerminalSignals"),
        // The only importer of ncurses.
        .target(name: "GlossTerminal", dependencies: ["GlossUI", "CNcursesw", "CTerminalSignals"]),
        .executableTarget(
            name: "gloss",
            dependencies: [
                "GlossCore", "GlossStore", "GlossIndex", "GlossUI", "GlossTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "gloss-bench", dependencies: ["GlossCore", "GlossStore", "GlossUI", "GlossIndex"]),
        // What the test targets share: the built-binary locator, the one subprocess runner,
        // the tmux session, snapshot comparison.
        .target(name: "GlossTestSupport", path: "Tests/GlossTestSupport"),
        .testTarget(name: "GlossCoreTests", dependencies: ["GlossCore", "GlossTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "GlossStoreTests", dependencies: ["GlossStore", "GlossCore", "GlossTestSupport"]),
        .testTarget(name: "GlossIndexTests", dependencies: ["GlossIndex", "GlossCore"]),
        .testTarget(
            name: "GlossUITests", dependencies: ["GlossUI", "GlossCore", "GlossTestSupport"], exclude: ["Snapshots"]),
        // Runs the built binary: the command line, the reader in tmux, the annotation commands.
        .testTarget(name: "GlossEndToEndTests", dependencies: ["GlossCore", "GlossStore", "GlossTestSupport"]),
        // The executable's own pieces that need no run of the binary (its libc door).
        .testTarget(name: "GlossExecutableTests", dependencies: ["gloss"]),
    ],
    swiftLanguageModes: [.v6]
)
