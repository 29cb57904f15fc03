import Foundation

extension Annotation {
    /// The annotation with its selectors taken afresh from `range` of `article`'s current text
    /// (and the article's fingerprint), everything else kept. For a reader that lets someone
    /// confirm a `moved` or `fuzzy` anchor, or move an annotation to another passage; nothing
    /// calls it on its own, so an approximate anchor never drifts without a person's say.
    public func reattached(to range: TextRange, in article: Article, now: Date = Date()) throws(AnnotationError)
        -> Annotation
    {
        try Annotation.check(range, in: article)
        var out = self
        out.articleID = article.id
        out.quote = TextQuoteSelector(range: range, in: article.scalars)
        out.position = TextPositionSelector(range)
        out.fingerprint = article.fingerprint
        if out != self { out.modified = Annotation.timestamp(now) }
        return out
    }
}
