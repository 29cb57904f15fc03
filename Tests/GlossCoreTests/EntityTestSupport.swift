@testable import GlossCore

/// Runs the recognizer on a sentence or two and answers questions by text.
struct Recognized {
    let text: String
    let scalars: [Unicode.Scalar]
    let result: EntityRecognizer.Result

    init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        result = EntityRecognizer.recognize(in: TokenizedText(scalars), quotes: [])
    }

    func string(_ r: TextRange) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[r.start..<r.end])
        return String(v)
    }

    func entities(_ kind: EntityKind) -> [Entity] { result.entities.filter { $0.kind == kind } }

    /// Every mention text of every entity of `kind`, in text order.
    func mentions(_ kind: EntityKind) -> [String] {
        entities(kind).flatMap { $0.mentions }.sorted().map(string)
    }

    /// The entity of `kind` with a mention whose text is `name`.
    func entity(_ kind: EntityKind, _ name: String) -> Entity? {
        entities(kind).first { $0.mentions.contains { string($0) == name } }
    }

    var figures: [String] { result.figures.map { string($0.range) } }

    func figure(_ text: String) -> Figure? { result.figures.first { string($0.range) == text } }

    var dates: [String] { result.dates.map(string) }
}
