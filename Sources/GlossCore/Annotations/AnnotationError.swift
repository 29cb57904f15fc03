/// Why an annotation could not be made or changed.
public enum AnnotationError: Error, Hashable, Sendable {
    /// The selection is empty.
    case emptySelection
    /// The offsets fall outside the article's text.
    case rangeOutOfBounds(start: Int, end: Int, length: Int)
    /// A `--quote` text does not occur in the article.
    case quoteNotFound(quote: String, articleID: String)
    /// A quote occurs several times and no occurrence was chosen; `offsets` are where it starts.
    case ambiguousQuote(quote: String, articleID: String, offsets: [Int])
    /// The chosen occurrence does not exist.
    case occurrenceOutOfRange(quote: String, occurrence: Int, count: Int)
    /// A tag that is empty, too long or holds control characters.
    /// `reason` is a predicate: "is empty", "contains control characters".
    case invalidTag(tag: String, reason: String)
    /// A colour that is not in the palette (`Annotation.colors`).
    case invalidColor(color: String)
    /// No annotation with this id in the set.
    case unknownAnnotation(id: String)
}
