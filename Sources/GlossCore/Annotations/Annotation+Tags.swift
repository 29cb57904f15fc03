import Foundation

extension Annotation {
    /// The longest tag, in Unicode scalars: tags are labels, notes are for prose.
    public static let maxTagLength = 64

    /// Tags as typed in one field: commas separate them, blanks between commas are dropped.
    /// The one rule everywhere: the reader's tag prompt, `--tag`, edits and imports
    /// (`--tag "a, b"` is the two tags `a` and `b`).
    public static func tagList(_ typed: String) -> [String] {
        typed.split(separator: ",").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.filter {
            !$0.isEmpty
        }
    }

    /// A tag trimmed of surrounding white space and inner runs of white space folded to one
    /// space. Empty tags, over-long tags, tags with control characters and tags with a comma
    /// (which separates tags) are refused.
    public static func normalizedTag(_ raw: String) throws(AnnotationError) -> String {
        if isPlainASCIITag(raw) { return raw }
        return try normalizedTagByScalars(raw)
    }

    /// `normalizedTag(_:)` for any text: whitespace runs folded, then the checks.
    static func normalizedTagByScalars(_ raw: String) throws(AnnotationError) -> String {
        let words = raw.split(whereSeparator: { $0.isWhitespace })
        let tag = words.joined(separator: " ")
        if tag.isEmpty { throw .invalidTag(tag: raw, reason: "is empty") }
        if tag.contains(",") { throw .invalidTag(tag: raw, reason: "contains a comma (commas separate tags)") }
        if tag.unicodeScalars.contains(where: {
            $0.properties.generalCategory == .control || $0.properties.generalCategory == .format && $0.value != 0x200D
        }) {
            throw .invalidTag(tag: raw, reason: "contains control characters")
        }
        if tag.unicodeScalars.count > maxTagLength {
            throw .invalidTag(tag: raw, reason: "is longer than \(maxTagLength) characters")
        }
        return tag
    }

    /// A tag already in normal form that needs no Unicode look-up: printable ASCII without a
    /// comma, words separated by single spaces, short enough. Nearly every stored tag is one,
    /// and loading a big store checks them all.
    static func isPlainASCIITag(_ raw: String) -> Bool {
        var count = 0
        var previous: UInt8 = 0x20
        for byte in raw.utf8 {
            guard (0x20...0x7E).contains(byte), byte != 0x2C, !(byte == 0x20 && previous == 0x20) else { return false }
            previous = byte
            count += 1
        }
        return count > 0 && count <= maxTagLength && previous != 0x20
    }

    /// Every tag normalised, each field split at its commas first; the first bad one throws.
    public static func normalizedTags<S: Sequence>(_ raw: S) throws(AnnotationError) -> Set<String>
    where S.Element == String {
        var out: Set<String> = []
        for field in raw {
            let parts = tagList(field)
            // A field of blanks and commas only is an empty tag, refused as one.
            if parts.isEmpty { _ = try normalizedTag(field.replacingOccurrences(of: ",", with: " ")) }
            for tag in parts { out.insert(try normalizedTag(tag)) }
        }
        return out
    }

    /// The colours an annotation can have: the reader's palette, which every exporter knows.
    public static let colors = ["yellow", "green", "blue", "pink", "orange", "purple", "red", "gray"]

    /// A colour name from the palette, any case, `grey` for `gray`; anything else is refused.
    public static func normalizedColor(_ raw: String) throws(AnnotationError) -> String {
        let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
        let color = name == "grey" ? "gray" : name
        guard colors.contains(color) else { throw .invalidColor(color: raw) }
        return color
    }
}
