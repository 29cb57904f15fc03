/// What an annotation is for.
public enum AnnotationKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A marked passage, perhaps with a note.
    case highlight
    /// A passage carrying a note.
    case note
    /// A quotation tagged as such, with its speaker.
    case quote
}
