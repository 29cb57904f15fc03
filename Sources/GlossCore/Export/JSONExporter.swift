import Foundation

/// Annotations as one W3C `AnnotationCollection` (JSON-LD), items in article and text order,
/// each exactly as the store keeps it, so `gloss import-annotations` reads it back unchanged.
public enum JSONExporter {
    public static func render(_ articles: [AnnotatedArticle], label: String = "Gloss annotations") -> String {
        let annotations = articles.flatMap { $0.items.map(\.annotation) }
        return String(decoding: AnnotationJSON.encodeCollection(annotations, label: label), as: UTF8.self)
    }
}
