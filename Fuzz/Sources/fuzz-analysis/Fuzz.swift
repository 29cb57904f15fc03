import Foundation
import FuzzSupport
import GlossCore

/// The analysis over any text: no trap, every span inside the text, finite figure values.
@_cdecl("fuzz_analysis_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}

func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var input = fuzzInput(data, count)
    let text = String(decoding: input.rest(), as: UTF8.self)
    let article = FuzzArticle.make(text)
    Invariant.analysis(Analyzer.analyze(article), of: article)
    return 0
}
