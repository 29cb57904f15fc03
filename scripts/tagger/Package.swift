// swift-tools-version:6.0
// The name tagger's feature dumper, a package of its own (like Fuzz/) so the main package stays
// plain: `scripts/tagger/train.py` builds and runs it.
import PackageDescription

let package = Package(
    name: "GlossTagger",
    dependencies: [.package(name: "Gloss", path: "../..")],
    targets: [
        .executableTarget(name: "tagger-features", dependencies: [.product(name: "GlossCore", package: "Gloss")])
    ],
    swiftLanguageModes: [.v6]
)
