import GlossCore

extension AppState {
    /// The colours `m` starts with and `c` cycles through (the exporters know the same names).
    public static let annotationColors = Annotation.colors

    /// Annotation keys in the reader, the selection and the panel; nil when not one of them.
    mutating func applyAnnotating(_ action: Action) -> [Effect]? {
        switch action {
        case .startSelection: startSelection()
        case .mark: return markPassage()
        case .annotate: openNotePrompt()
        case .tagQuote: openQuoteTagPrompt()
        case .cycleColor: return cycleColor()
        case .undo: return undoAnnotation(redo: false)
        case .redo: return undoAnnotation(redo: true)
        case .reattach: return reattachSelected()
        case .nextAnnotation: jumpToAnnotation(forward: true)
        case .previousAnnotation: jumpToAnnotation(forward: false)
        case .export: openExportPrompt(all: false)
        case .exportAll: openExportPrompt(all: true)
        case .command: prompt = PromptState(kind: .command)
        default: return nil
        }
        return []
    }

    private mutating func needPassage() -> (range: TextRange, isQuote: Bool)? {
        guard let p = reader?.chosenPassage else {
            message = StatusMessage("Select a passage first: v starts a selection, ]q focuses a quote", isError: true)
            return nil
        }
        return p
    }

    /// One change to the open article's annotations: `body` makes it (nil: nothing changed,
    /// and the status bar says `unchanged`), then the reader shows it (`ReaderState.finish`)
    /// and the status bar says `text`, or the error. The effect that persists it, if any.
    private mutating func change(
        _ text: String, unchanged: String? = nil,
        _ body: (inout ReaderState, inout AnnotationStamps) throws(AnnotationError) -> AnnotationChange?
    ) -> [Effect] {
        let view = geometry.viewHeight
        var stamps = self.stamps
        let outcome = withReader { r -> Result<AnnotationChange?, AnnotationError> in
            do throws(AnnotationError) {
                let change = try body(&r, &stamps)
                if let change { r.finish(change, viewHeight: view) }
                return .success(change)
            } catch {
                return .failure(error)
            }
        }
        self.stamps = stamps
        switch outcome {
        case .success(let change?)?:
            message = StatusMessage(text)
            return [.persist(change)]
        case .failure(let error)?:
            message = StatusMessage(error.statusText, isError: true)
        case .success(nil)?:
            if let unchanged { message = StatusMessage(unchanged) }
        case nil:
            break
        }
        return []
    }

    /// `m`: a highlight without a note.
    mutating func markPassage() -> [Effect] {
        guard let passage = needPassage() else { return [] }
        return change("Marked · c changes the colour · u undoes") { r, stamps throws(AnnotationError) in
            try r.annotations.create(
                range: passage.range, in: r.document.article, kind: passage.isQuote ? .quote : .highlight,
                color: Self.annotationColors[0],
                attribution: r.attribution(of: passage), stamps: &stamps)
        }
    }

    /// `a`: the note prompt for the chosen passage.
    mutating func openNotePrompt() {
        guard let passage = needPassage(), let r = reader else { return }
        let d = AnnotationDraft(
            range: passage.range, kind: passage.isQuote ? .quote : .note, attribution: r.attribution(of: passage),
            note: unsavedNote ?? "")
        draft = d
        unsavedNote = nil
        prompt = PromptState(kind: .note, text: d.note)
    }

    /// `t`: tags for the focused quote, recording its speaker.
    mutating func openQuoteTagPrompt() {
        guard let r = reader, let f = r.focus, f.kind == .quote else {
            message = StatusMessage("Focus a quote first: ]q", isError: true)
            return
        }
        draft = AnnotationDraft(range: f.range, kind: .quote, attribution: r.attribution(of: (f.range, true)))
        prompt = PromptState(kind: .tags)
    }

    /// `e` in the Notes tab: the note and tag prompts, filled in.
    mutating func editSelectedAnnotation() {
        guard let item = selectedNote() else { return }
        let a = item.annotation
        draft = AnnotationDraft(
            range: item.anchor.range ?? TextRange(a.position.start, a.position.end), editing: a.id, kind: a.kind,
            attribution: a.attribution, note: a.note, tags: a.sortedTags.joined(separator: ", "))
        prompt = PromptState(kind: .note, text: a.note)
    }

    /// `d` in the Notes tab: asks first.
    mutating func askToDeleteSelected() {
        guard let item = selectedNote() else { return }
        prompt = PromptState(
            kind: .confirmDelete(
                item.id,
                question: "Delete the annotation on \(QuotedText.wrap(Self.excerpt(item.annotation.quote.exact, 30)))?")
        )
    }

    /// The annotation chosen in the Notes tab.
    mutating func selectedNote() -> AnchoredAnnotation? {
        guard let item = reader?.selectedNote else {
            message = StatusMessage("Choose an annotation in the Notes tab first (Tab, then h/l)", isError: true)
            return nil
        }
        return item
    }

    /// Enter in the note prompt moves on to the tags; Enter in the tag prompt saves.
    mutating func commitDraft() -> [Effect] {
        guard let d = draft, reader != nil else { return [] }
        let tags: Set<String>
        do {
            tags = try Annotation.normalizedTags(d.tagList)
        } catch {
            // Keep the prompt open with what was typed: nothing is lost to a bad tag.
            prompt = PromptState(kind: .tags, text: d.tags)
            message = StatusMessage(error.statusText, isError: true)
            return []
        }
        draft = nil
        var text = d.editing == nil ? "Annotation saved" : "Annotation updated"
        if let who = d.attribution { text += " · speaker: \(who.entity ?? who.speaker)" }
        let effects = change(text + " · u undoes", unchanged: "Nothing changed") { r, stamps throws(AnnotationError) in
            if let id = d.editing {
                return try r.annotations.edit(id, AnnotationEdit(note: d.note, tags: tags), now: stamps.now())
            }
            let kind: AnnotationKind = d.kind == .quote ? .quote : (d.note.isEmpty ? .highlight : .note)
            return try r.annotations.create(
                range: d.range, in: r.document.article, kind: kind, note: d.note, tags: tags,
                color: Self.annotationColors[0],
                attribution: d.attribution, stamps: &stamps)
        }
        if !effects.isEmpty { knownTags.formUnion(tags) }
        return effects
    }

    /// `c`: the next colour for the current annotation.
    mutating func cycleColor() -> [Effect] {
        guard let r = reader, let id = r.current, let a = r.annotations[id] else {
            message = StatusMessage("No annotation here: m marks the selection, ]a goes to the next one", isError: true)
            return []
        }
        let colors = Self.annotationColors
        let next = colors[((a.color.flatMap { colors.firstIndex(of: $0) } ?? -1) + 1) % colors.count]
        return change("Colour: \(next)") { r, stamps throws(AnnotationError) in
            try r.annotations.edit(id, AnnotationEdit(color: .some(next)), now: stamps.now())
        }
    }

    /// Deletes the annotation the confirmation was about.
    mutating func delete(_ id: Annotation.ID) -> [Effect] {
        // `finish` makes the change's result current: for a delete, none.
        return change("Annotation deleted · u undoes") { r, _ throws(AnnotationError) in try r.annotations.delete(id) }
    }

    /// `r` while selecting: the Notes tab's annotation moves to the selection.
    mutating func reattachSelected() -> [Effect] {
        guard let r = reader, let s = r.selection else { return [] }
        guard let a = r.selectedNote?.annotation else {
            message = StatusMessage("Choose the annotation to re-attach in the Notes tab first", isError: true)
            return []
        }
        guard s.anchor != s.caret else {
            message = StatusMessage(
                "Select the passage to attach it to first (w, e, ), V extend the selection)", isError: true)
            return []
        }
        return change("Re-attached · u undoes") { r, stamps throws(AnnotationError) in
            r.annotations.insert(try a.reattached(to: s.range, in: r.document.article, now: stamps.now()))
        }
    }

    /// `u` and Ctrl-R.
    mutating func undoAnnotation(redo: Bool) -> [Effect] {
        guard let outcome = withReader({ $0.undo(redo: redo) }) else { return [] }
        guard let change = outcome else {
            message = StatusMessage(redo ? "Nothing to redo" : "Nothing to undo", isError: true)
            return []
        }
        // The step undone is the inverse of the change persisted: name it as the user made it.
        let verb = redo ? change.verb : change.inverted.verb
        message = StatusMessage("\(redo ? "Redid" : "Undid") \(verb)")
        return [.persist(change)]
    }

    /// `]a` / `[a`: the next annotation after the caret, the focus or the top of the view.
    mutating func jumpToAnnotation(forward: Bool) {
        let view = geometry.viewHeight
        if let m = withReader({ $0.jumpToAnnotation(forward: forward, viewHeight: view) }) { message = m }
    }

    /// What the status bar and the Notes tab say about an annotation: its note, tags and status.
    public static func summary(_ item: AnchoredAnnotation) -> String {
        let a = item.annotation
        var parts: [String] = []
        if !a.note.isEmpty {
            parts.append(QuotedText.wrap(excerpt(a.note, 60)))
        } else {
            parts.append(a.kind == .quote ? "quote" : "mark")
        }
        if let who = a.attribution { parts.append("speaker: \(who.entity ?? who.speaker)") }
        if !a.tags.isEmpty { parts.append(a.sortedTags.map { "#" + $0 }.joined(separator: " ")) }
        if item.status != .exact { parts.append(item.status.rawValue) }
        return parts.joined(separator: " · ")
    }

    /// The first `limit` characters of a text on one line.
    public static func excerpt(_ text: String, _ limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }

    /// The export dialog: the format first (Markdown suggested), then the path.
    mutating func openExportPrompt(all: Bool) {
        if !all && reader == nil { return }
        prompt = PromptState(kind: .exportFormat(all: all), text: ExportFormat.markdown.rawValue)
    }

    /// The path the export dialog suggests: the article's name, or `annotations`, in the
    /// export folder (the current folder when none is set).
    func suggestedExportPath(_ format: ExportFormat, all: Bool) -> String {
        let base: String
        if !all, let id = reader?.document.article.id {
            base = (id.split(separator: "/").last.map(String.init) ?? id) + "-notes"
        } else {
            base = "annotations"
        }
        let name = base + "." + format.fileExtension
        guard !exportFolder.isEmpty else { return name }
        return exportFolder.hasSuffix("/") ? exportFolder + name : exportFolder + "/" + name
    }

    /// Tags in use that start like the last tag being typed.
    public func tagCompletions(for typed: String) -> [String] {
        let last =
            typed.split(separator: ",", omittingEmptySubsequences: false).last.map { $0.drop { $0 == " " } } ?? ""
        let prefix = String(last).lowercased()
        var all = knownTags
        for a in reader?.anchored ?? [] { all.formUnion(a.annotation.tags) }
        return all.filter { $0.lowercased().hasPrefix(prefix) && $0.lowercased() != prefix }.sorted()
    }

    /// Tab in the tag prompt: completes the last tag as far as the candidates agree.
    mutating func completeTag() {
        guard var p = prompt, p.kind == .tags else { return }
        let candidates = tagCompletions(for: p.text)
        guard let first = candidates.first else { return }
        var common = first
        for c in candidates.dropFirst() {
            while !c.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
        }
        let parts = p.text.split(separator: ",", omittingEmptySubsequences: false)
        let head = parts.dropLast().map(String.init)
        let lastRaw = String(parts.last ?? "")
        let typedLength = lastRaw.drop { $0 == " " }.count
        if common.count <= typedLength { common = first }
        let completed =
            (head + [(head.isEmpty ? "" : " ") + common]).joined(separator: ",") + (candidates.count == 1 ? ", " : "")
        p.text = completed
        p.cursor = completed.count
        prompt = p
    }
}
