// swift-tools-version:6.0
// The fuzzers: one executable per target, built with libFuzzer and AddressSanitizer only by
// `scripts/fuzz.sh` (a package of its own, so the main package's `swift build` stays plain).
import PackageDescription

let core: Target.Dependency = .product(name: "GlossCore", package: "Gloss")
let ui: Target.Dependency = .product(name: "GlossUI", package: "Gloss")

let package = Package(
    name: "GlossFuzz",
    dependencies: [.package(name: "Gloss", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [core]),
        .executableTarget(name: "fuzz-formats", dependencies: ["FuzzSupport", core]),
        .executableTarget(name: "fuzz-analysis", dependencies: ["FuzzSupport", core]),
        .executableTarget(name: "fuzz-annotations", dependencies: ["FuzzSupport", core]),
        .executableTarget(name: "fuzz-import", dependencies: ["FuzzSupport", core]),
        .executableTarget(name: "fuzz-keys", dependencies: ["FuzzSupport", core, ui]),
    ],
    swiftLanguageModes: [.v6]
)
