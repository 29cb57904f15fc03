import GlossCore

extension AppState {
    /// Takes in what an effect found. Events about an article that is no longer open change
    /// nothing.
    public mutating func apply(_ event: Event) -> [Effect] {
        switch event {
        case .opened(let document):
            open(document)
            landCatalogJump(openPrompt: true)
            revealOpenedHit()
            return document.isAnalysed ? [] : [.analyse(articleID: document.article.id)]
        case .analysed(let document):
            let taken = withReader(of: document.article.id) { r in
                guard !r.document.isAnalysed else { return false }
                r.take(document)
                return true
            }
            if taken == true { landCatalogJump(openPrompt: false) }
        case .catalogLoaded(let data): takeCatalog(data)
        case .catalogFailed(let tab, let text): catalogFailed(tab, text)
        case .counted(let id, let counts): takeCounts(counts, of: id)
        case .librarySearched(let query, let results, let notes, let failure):
            takeSearchResults(query: query, results: results, notes: notes, failure: failure)
        case .facetsLoaded(let table, let failure): takeFacets(table, failure: failure)
        case .failed(let text): message = StatusMessage(text, isError: true)
        case .edited(let text):
            takeEditedNote(text)
            return [.redraw]
        case .done(let text): message = StatusMessage(text)
        case .merged(let annotation): takeMerged(annotation)
        case .annotationsReloaded(let set): takeReloaded(set)
        case .annotationsLoaded(let set, let warning): takeLoaded(set, warning: warning)
        case .countFailed(let id): library.modify(id) { $0.countFailed = true }
        case .indexed(let entries, let removed, let notices, let done, let total):
            return takeIndexed(entries, removing: removed, notices: notices, done: done, of: total)
        case .positionSaved(let id, let date): library.modify(id) { $0.lastRead = date }
        }
        return []
    }

    private mutating func takeCounts(_ counts: ArticleCounts, of id: String) {
        library.modify(id) { $0.counts = counts }
        knownTags.formUnion(counts.tags)
        // Tags narrow the list and are counted in the facet panel.
        if library.facets.chosen.contains(where: { $0.kind == .tag }) { library.facets.narrow(library.entries) }
        if !counts.tags.isEmpty { recountFacets() }
    }

    /// Back from the editor: the note prompt shows the note, the cursor at its end.
    private mutating func takeEditedNote(_ text: String) {
        guard var p = prompt, p.kind == .note else { return }
        var note = text
        while note.last?.isNewline == true { note.removeLast() }
        p.text = note
        p.cursor = note.count
        prompt = p
        draft?.note = note
    }

    /// A save found the annotation changed elsewhere and merged the two.
    private mutating func takeMerged(_ annotation: Annotation) {
        let merged: Void? = withReader(of: annotation.articleID) { r in
            r.annotations.merge(annotation)
            r.refreshAnchors()
        }
        guard merged != nil else { return }
        knownTags.formUnion(annotation.tags)
        message = StatusMessage("Saved, merged with a change made elsewhere")
    }

    /// The store read again (another process may have written): says how many differ.
    private mutating func takeReloaded(_ set: ArticleAnnotations) {
        let differ = withReader(of: set.articleID) { r in
            let differ = r.annotations.reload(set.annotations)
            if differ > 0 { r.refreshAnchors() }
            return differ
        }
        guard let differ, differ > 0 else { return }
        for a in set.annotations { knownTags.formUnion(a.tags) }
        message = StatusMessage("\(differ) annotation\(differ == 1 ? "" : "s") changed elsewhere: read again")
    }

    /// The open article's annotations, read when it opened.
    private mutating func takeLoaded(_ set: ArticleAnnotations, warning: String?) {
        let loaded: Void? = withReader(of: set.articleID) { r in
            r.annotations = set
            r.refreshAnchors()
        }
        guard loaded != nil else { return }
        for a in set.annotations { knownTags.formUnion(a.tags) }
        if let warning { message = StatusMessage(warning, isError: true) }
    }

    /// A batch of articles indexed (`done` of `total`): into the list, the facets and, when
    /// the index is complete, the catalog.
    private mutating func takeIndexed(
        _ entries: [LibraryEntry], removing removed: [String], notices: [String], done: Int, of total: Int
    ) -> [Effect] {
        // Progress first: the entries' own tags and counts come with them.
        library.indexDone = done
        library.indexTotal = total
        // A selection still on the first row stays there as titles and counts come in.
        let onFirst = screen == .library && library.scroll == 0 && library.selectedID == library.visible.first?.id
        library.update(entries, removing: removed)
        if onFirst { library.selectedID = library.visible.first?.id }
        for entry in entries { if let tags = entry.counts?.tags { knownTags.formUnion(tags) } }
        self.notices += notices
        library.keepSelectionVisible(height: libraryListHeight)
        recountFacets()
        var effects = done >= total ? catalogIndexChanged() : []
        // Every article indexed: facets read before then lack the newest ones.
        if done >= total, library.facets.table != nil, !library.facets.isLoading {
            library.facets.isLoading = true
            effects.append(.loadFacets)
        }
        return effects
    }
}
