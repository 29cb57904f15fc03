import GlossCore

/// Where the run loop gets articles to read and counts for the library screen. The
/// executable implements it over the library on disk; tests implement it in memory.
public protocol ArticleSource: AnyObject {
    /// The article ready to read (loaded and analysed), or a message saying why not.
    func document(for id: String) -> Result<ReaderDocument, ArticleSourceError>
    /// What the analysis found in an article, for the library's count columns.
    func counts(for id: String) -> ArticleCounts?
    /// The annotations saved for an article.
    func annotations(for id: String) -> Result<ArticleAnnotations, ArticleSourceError>
    /// What went wrong loading the annotations that did load (damaged files skipped), for the status bar.
    func annotationWarning(for id: String) -> String?
    /// Something that changes whenever an article's stored annotations change (the store
    /// folder's modification time), cheap enough to ask every two seconds; nil: never changes.
    func annotationsVersion(for id: String) -> String?
}

extension ArticleSource {
    /// The article's annotations; none when the source keeps no store (tests, benchmarks).
    public func annotations(for id: String) -> Result<ArticleAnnotations, ArticleSourceError> {
        .success(ArticleAnnotations(articleID: id))
    }

    public func annotationWarning(for id: String) -> String? { nil }

    public func annotationsVersion(for id: String) -> String? { nil }
}
