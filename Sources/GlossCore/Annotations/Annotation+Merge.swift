import Foundation

extension Annotation {
    /// Three-way merge of an edit: the fields that `edited` changed from `base` are applied to
    /// `self` (the version another process saved meanwhile); the rest of `self` is kept.
    ///
    /// Tags merge as sets (tags added on either side stay, tags removed on this side go), so
    /// two people tagging the same passage at once both keep their tags. The note, colour, kind
    /// and target are taken from `edited` only where it changed them.
    public func merging(edit edited: Annotation, from base: Annotation) -> Annotation {
        var merged = self
        if edited.note != base.note { merged.note = edited.note }
        if edited.color != base.color { merged.color = edited.color }
        if edited.kind != base.kind { merged.kind = edited.kind }
        if edited.attribution != base.attribution { merged.attribution = edited.attribution }
        if edited.quote != base.quote || edited.position != base.position || edited.fingerprint != base.fingerprint {
            merged.quote = edited.quote
            merged.position = edited.position
            merged.fingerprint = edited.fingerprint
        }
        merged.tags = merged.tags.union(edited.tags.subtracting(base.tags)).subtracting(
            base.tags.subtracting(edited.tags))
        merged.modified = max(self.modified, edited.modified)
        return merged
    }
}
