import Foundation
import FuzzSupport
import GlossCore

/// One annotation's JSON, decoded strictly and leniently, re-anchored in an article whose text
/// the fuzzer also chooses (after a NUL), encoded again and decoded back unchanged.
@_cdecl("fuzz_annotations_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}

func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var input = fuzzInput(data, count)
    let (json, text) = input.splitAtNUL()
    let article = FuzzArticle.make(text ?? FuzzArticle.fixed)
    for strict in [true, false] {
        guard let annotation = try? AnnotationJSON.decode(json, strict: strict) else { continue }
        let anchor = annotation.reanchor(in: article)
        if let r = anchor.range {
            Invariant.inBounds(r, article.scalars.count, "anchor")
            if anchor.status == .exact {
                Invariant.require(
                    article.text(in: r) == annotation.quote.exact, "an exact anchor's text differs from its quote")
            }
        }
        let again = try? AnnotationJSON.decode(AnnotationJSON.encode(annotation), strict: strict)
        Invariant.require(again == annotation, "encode then decode changed the annotation \(annotation.id)")
    }
    return 0
}
