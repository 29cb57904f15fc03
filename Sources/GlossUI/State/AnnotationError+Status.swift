import GlossCore

extension AnnotationError {
    /// How the status bar says it.
    public var statusText: String {
        switch self {
        case .emptySelection: "The selection is empty"
        case .rangeOutOfBounds: "The selection is outside the article's text"
        case .quoteNotFound(let quote, _): "“\(quote)” is not in the article"
        case .ambiguousQuote(let quote, _, let offsets): "“\(quote)” occurs \(offsets.count) times"
        case .occurrenceOutOfRange(let quote, let n, let count): "“\(quote)” has \(count) occurrences, not \(n)"
        case .invalidTag(let tag, let reason): "Tag “\(Self.preview(tag))” \(reason); fix it and press Enter"
        case .invalidColor(let color): "“\(color)” is not a colour: \(Annotation.colors.joined(separator: ", "))"
        case .unknownAnnotation: "That annotation is gone (changed elsewhere?)"
        }
    }

    /// A long tag cut to its start, so the reason after it stays on screen.
    static func preview(_ text: String) -> String {
        text.count <= 20 ? text : String(text.prefix(19)) + "…"
    }
}
