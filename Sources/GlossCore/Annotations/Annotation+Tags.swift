extension Annotation {
    /// The longest tag, in Unicode scalars: tags are labels, notes are for prose.
    public static let maxTagLength = 64

    /// A tag trimmed of surrounding white space and inner runs of white space folded to one
    /// space. Empty tags, over-long tags and tags with control characters are refused.
    public static func normalizedTag(_ raw: String) throws(AnnotationError) -> String {
        let words = raw.split(whereSeparator: { $0.isWhitespace })
        let tag = words.joined(separator: " ")
        if tag.isEmpty { throw .invalidTag(tag: raw, reason: "is empty") }
        if tag.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format && $0.value != 0x200D }) {
            throw .invalidTag(tag: raw, reason: "contains control characters")
        }
        if tag.unicodeScalars.count > maxTagLength {
            throw .invalidTag(tag: raw, reason: "is longer than \(maxTagLength) characters")
        }
        return tag
    }

    /// Every tag normalised; the first bad one throws.
    public static func normalizedTags<S: Sequence>(_ raw: S) throws(AnnotationError) -> Set<String> where S.Element == String {
        var out: Set<String> = []
        for tag in raw { out.insert(try normalizedTag(tag)) }
        return out
    }
}
