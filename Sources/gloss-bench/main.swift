import Foundation
import GlossCore

/// Benchmarks that print figures. Usage: gloss-bench <analysis|store|render> [ARGS]
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.isEmpty || arguments.contains("--help") || arguments.contains("-h") {
    print("""
        USAGE: gloss-bench <benchmark> [args]

        Benchmarks (build with -c release):
          analysis [DIR]   words/s and MB/s of analysis over DIR (default: Articles/), repeated to 10 MB
          render [DIR]     first frame on the library in DIR, keystroke frames at 200x60 on a 1 MB article
        """)
    exit(arguments.isEmpty ? 2 : 0)
}
if arguments[0] == "render" {
    RenderBenchmark.run(Array(arguments.dropFirst()))
    exit(0)
}
FileHandle.standardError.write(Data("gloss-bench: unknown benchmark '\(arguments[0])'\n".utf8))
exit(2)
