import Foundation
import FuzzSupport
import GlossCore

/// Article parsing: the first byte picks plain text, Markdown or HTML; the rest is the file.
@_cdecl("fuzz_formats_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}

func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var input = fuzzInput(data, count)
    let format: ArticleFormat = [.plainText, .markdown, .html][Int(input.byte() % 3)]
    do {
        let (article, _) = try ArticleLoader.article(from: input.rest(), format: format, id: "fuzz", path: "fuzz")
        Invariant.article(article)
    } catch {
        // Binary and empty input are refused with a reason: that is the expected outcome.
    }
    return 0
}
