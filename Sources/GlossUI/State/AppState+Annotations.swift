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

    /// The passage `m`, `a` act on: the selection, else a focused quote.
    var chosenPassage: (range: TextRange, isQuote: Bool)? {
        guard let r = reader else { return nil }
        if let s = r.selection { return (s.range, false) }
        if let f = r.focus, f.kind == .quote { return (f.range, true) }
        return nil
    }

    private mutating func needPassage() -> (range: TextRange, isQuote: Bool)? {
        guard let p = chosenPassage else {
            message = StatusMessage("Select a passage first: v starts a selection, ]q focuses a quote", isError: true)
            return nil
        }
        return p
    }

    /// `m`: a highlight without a note.
    mutating func markPassage() -> [Effect] {
        guard let passage = needPassage() else { return [] }
        let article = reader!.document.article
        let attribution = passage.isQuote ? QuoteAttribution(passage: passage.range, in: article, analysis: reader!.document.analysis) : nil
        do {
            let change = try reader!.annotations.create(
                range: passage.range, in: article, kind: passage.isQuote ? .quote : .highlight, color: Self.annotationColors[0], attribution: attribution,
                stamps: &stamps)
            finishChange(change, message: "Marked · c changes the colour · u undoes")
            return [.persist(change)]
        } catch {
            message = StatusMessage(error.statusText, isError: true)
            return []
        }
    }

    /// `a`: the note prompt for the chosen passage.
    mutating func openNotePrompt() {
        guard let passage = needPassage() else { return }
        let attribution = passage.isQuote ? QuoteAttribution(passage: passage.range, in: reader!.document.article, analysis: reader!.document.analysis) : nil
        draft = AnnotationDraft(range: passage.range, kind: passage.isQuote ? .quote : .note, attribution: attribution, note: unsavedNote ?? "")
        unsavedNote = nil
        prompt = PromptState(kind: .note, text: draft!.note)
    }

    /// `t`: tags for the focused quote, recording its speaker.
    mutating func openQuoteTagPrompt() {
        guard let r = reader, let f = r.focus, f.kind == .quote else {
            message = StatusMessage("Focus a quote first: ]q", isError: true)
            return
        }
        let attribution = QuoteAttribution(passage: f.range, in: r.document.article, analysis: r.document.analysis)
        draft = AnnotationDraft(range: f.range, kind: .quote, attribution: attribution)
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
        prompt = PromptState(kind: .confirmDelete(item.id, question: "Delete the annotation on \(QuotedText.wrap(Self.excerpt(item.annotation.quote.exact, 30)))?"))
    }

    /// The annotation chosen in the Notes tab.
    mutating func selectedNote() -> AnchoredAnnotation? {
        guard let r = reader, r.panel.tab == .notes, r.anchored.indices.contains(r.panel.selected) else {
            message = StatusMessage("Choose an annotation in the Notes tab first (Tab, then h/l)", isError: true)
            return nil
        }
        return r.anchored[r.panel.selected]
    }

    /// Enter in the note prompt moves on to the tags; Enter in the tag prompt saves.
    mutating func commitDraft() -> [Effect] {
        guard let d = draft, let r = reader else { return [] }
        let tags: Set<String>
        do {
            tags = try Annotation.normalizedTags(d.tagList)
        } catch {
            // Keep the prompt open with what was typed: nothing is lost to a bad tag.
            prompt = PromptState(kind: .tags, text: d.tags)
            message = StatusMessage(error.statusText, isError: true)
            return []
        }
        do {
            let change: AnnotationChange?
            if let id = d.editing {
                change = try reader!.annotations.edit(id, AnnotationEdit(note: d.note, tags: tags), now: stamps.now())
            } else {
                let kind: AnnotationKind = d.kind == .quote ? .quote : (d.note.isEmpty ? .highlight : .note)
                change = try reader!.annotations.create(
                    range: d.range, in: r.document.article, kind: kind, note: d.note, tags: tags, color: Self.annotationColors[0],
                    attribution: d.attribution, stamps: &stamps)
            }
            draft = nil
            guard let change else {
                message = StatusMessage("Nothing changed")
                return []
            }
            knownTags.formUnion(tags)
            var text = d.editing == nil ? "Annotation saved" : "Annotation updated"
            if let who = d.attribution { text += " · speaker: \(who.entity ?? who.speaker)" }
            finishChange(change, message: text + " · u undoes")
            return [.persist(change)]
        } catch {
            draft = nil
            message = StatusMessage(error.statusText, isError: true)
            return []
        }
    }

    /// `c`: the next colour for the current annotation.
    mutating func cycleColor() -> [Effect] {
        guard let r = reader, let id = r.current, let a = r.annotations[id] else {
            message = StatusMessage("No annotation here: m marks the selection, ]a goes to the next one", isError: true)
            return []
        }
        let colors = Self.annotationColors
        let next = colors[((a.color.flatMap { colors.firstIndex(of: $0) } ?? -1) + 1) % colors.count]
        do {
            guard let change = try reader!.annotations.edit(id, AnnotationEdit(color: .some(next)), now: stamps.now()) else { return [] }
            finishChange(change, message: "Colour: \(next)")
            return [.persist(change)]
        } catch {
            message = StatusMessage(error.statusText, isError: true)
            return []
        }
    }

    /// Deletes the annotation the confirmation was about.
    mutating func delete(_ id: Annotation.ID) -> [Effect] {
        guard reader != nil else { return [] }
        do {
            let change = try reader!.annotations.delete(id)
            finishChange(change, message: "Annotation deleted · u undoes")
            if reader!.current == id { reader!.current = nil }
            return [.persist(change)]
        } catch {
            message = StatusMessage(error.statusText, isError: true)
            return []
        }
    }

    /// `r` while selecting: the Notes tab's annotation moves to the selection.
    mutating func reattachSelected() -> [Effect] {
        guard let r = reader, let s = r.selection else { return [] }
        guard r.panel.tab == .notes, r.anchored.indices.contains(r.panel.selected) else {
            message = StatusMessage("Choose the annotation to re-attach in the Notes tab first", isError: true)
            return []
        }
        let a = r.anchored[r.panel.selected].annotation
        guard s.anchor != s.caret else {
            message = StatusMessage("Select the passage to attach it to first (w, e, ), V extend the selection)", isError: true)
            return []
        }
        do {
            let moved = try a.reattached(to: s.range, in: r.document.article, now: stamps.now())
            let change = reader!.annotations.insert(moved)
            reader!.selection = nil
            finishChange(change, message: "Re-attached · u undoes")
            return [.persist(change)]
        } catch {
            message = StatusMessage(error.statusText, isError: true)
            return []
        }
    }

    /// `u` and Ctrl-R.
    mutating func undoAnnotation(redo: Bool) -> [Effect] {
        guard reader != nil else { return [] }
        guard let change = redo ? reader!.annotations.redo() : reader!.annotations.undo() else {
            message = StatusMessage(redo ? "Nothing to redo" : "Nothing to undo", isError: true)
            return []
        }
        // The step undone is the inverse of the change persisted: name it as the user made it.
        let verb = redo ? change.verb : change.inverted.verb
        reader!.refreshAnchors()
        reader!.current = change.after?.id
        message = StatusMessage("\(redo ? "Redid" : "Undid") \(verb)")
        return [.persist(change)]
    }

    /// After a create, edit or delete: anchors refreshed, the selection dropped, the status said.
    mutating func finishChange(_ change: AnnotationChange, message text: String) {
        reader!.refreshAnchors()
        reader!.selection = nil
        reader!.current = change.after?.id
        if let r = change.after.flatMap({ a in reader!.anchored.first { $0.id == a.id } })?.anchor.range {
            reader!.focus = nil
            reveal(r)
        }
        message = StatusMessage(text)
    }

    /// `]a` / `[a`: the next annotation after the caret, the focus or the top of the view.
    mutating func jumpToAnnotation(forward: Bool) {
        guard let r = reader else { return }
        let placed = r.anchored.filter { $0.anchor.range != nil }
        guard !placed.isEmpty else {
            message = StatusMessage("No annotations in this article: v selects, m marks, a writes a note", isError: true)
            return
        }
        let currentStart = r.current.flatMap { id in placed.first { $0.id == id } }?.anchor.range?.start
        let from = currentStart ?? (forward ? (r.topLine == 0 ? -1 : r.topOffset - 1) : (r.topLine == 0 ? 0 : r.topOffset))
        var wrapped = false
        var target: AnchoredAnnotation
        if forward {
            if let t = placed.first(where: { $0.anchor.range!.start > from }) { target = t } else { target = placed[0]; wrapped = true }
        } else {
            if let t = placed.last(where: { $0.anchor.range!.start < from }) { target = t } else { target = placed[placed.count - 1]; wrapped = true }
        }
        let index = placed.firstIndex(of: target)! + 1
        reader!.current = target.id
        reader!.focus = nil
        reveal(target.anchor.range!)
        message = StatusMessage("\(index)/\(placed.count) " + Self.summary(target) + (wrapped ? " (wrapped)" : ""))
    }

    /// While selecting, the annotation under the caret becomes the current one.
    mutating func updateCurrentAnnotation() {
        guard let r = reader, let s = r.selection else { return }
        reader!.current = r.anchored.first { $0.anchor.range?.contains(s.caret) ?? false }?.id
    }

    /// What the status bar and the Notes tab say about an annotation: its note, tags and status.
    public static func summary(_ item: AnchoredAnnotation) -> String {
        let a = item.annotation
        var parts: [String] = []
        if !a.note.isEmpty { parts.append(QuotedText.wrap(excerpt(a.note, 60))) } else { parts.append(a.kind == .quote ? "quote" : "mark") }
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
        let last = typed.split(separator: ",", omittingEmptySubsequences: false).last.map { $0.drop { $0 == " " } } ?? ""
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
        let completed = (head + [(head.isEmpty ? "" : " ") + common]).joined(separator: ",") + (candidates.count == 1 ? ", " : "")
        p.text = completed
        p.cursor = completed.count
        prompt = p
    }
}
