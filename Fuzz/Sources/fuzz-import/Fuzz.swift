import Foundation
import FuzzSupport
import GlossCore

/// A whole import file: every annotation that decodes is re-anchored in the fixed article and
/// exported in every format; no export may hold a raw control character (bidirectional marks
/// from notes and passages are text and stay; printing to a terminal replaces them).
@_cdecl("fuzz_import_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}

func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var input = fuzzInput(data, count)
    guard let items = try? AnnotationJSON.decodeCollection(input.rest()) else { return 0 }
    let article = FuzzArticle.make(FuzzArticle.fixed)
    var annotations: [Annotation] = []
    for case .success(let a) in items { annotations.append(a) }
    let documents = [AnnotatedArticle(article: article, annotations: annotations)]
    for format in ExportFormat.allCases {
        let text = format.render(documents)
        for s in text.unicodeScalars {
            Invariant.require(
                !TextDecoder.isControl(s.value), "\(format) export holds control U+\(String(s.value, radix: 16))")
        }
    }
    return 0
}
