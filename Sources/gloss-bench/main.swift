import Foundation
import GlossCore

/// Benchmarks that print figures. Usage: gloss-bench <analysis|scaling|store|render|parsers|library|catalog|library-facets|large-file> [ARGS]
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.isEmpty || arguments.contains("--help") || arguments.contains("-h") {
    print(
        """
        USAGE: gloss-bench <benchmark> [args]

        Benchmarks (build with -c release):
        \(AnalysisBenchmark.usage)
        \(ScalingBenchmark.usage)
        \(StoreBenchmark.usage)
        \(RenderBenchmark.usage)
        \(ParsersBenchmark.usage)
        \(LibraryBenchmark.usage)
        \(CatalogBenchmark.usage)
        \(FacetBenchmark.usage)
        \(LargeFileBenchmark.usage)
        """)
    exit(arguments.isEmpty ? 2 : 0)
}
for benchmark in [
    AnalysisBenchmark.run, ScalingBenchmark.run, StoreBenchmark.run, RenderBenchmark.run, ParsersBenchmark.run,
    LibraryBenchmark.run, CatalogBenchmark.run, FacetBenchmark.run, LargeFileBenchmark.run,
] {
    if let code = benchmark(arguments) { exit(code) }
}
FileHandle.standardError.write(Data("gloss-bench: unknown benchmark '\(arguments[0])'\n".utf8))
exit(2)
