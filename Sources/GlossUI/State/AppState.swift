import GlossCore

/// Everything the screen shows, as a value. It changes only through `apply(_:)`, which
/// returns the effects for the run loop; rendering is a pure function of it.
public struct AppState: Hashable, Sendable {
    /// Below this the screen shows a short notice instead of a layout.
    public static let minimumSize = Size(width: 20, height: 6)
    public static let measureRange = 20...240

    public var size: Size
    /// The screen on show; the reader's carries the article being read (`reader`, `withReader`).
    public internal(set) var screen: Screen = .library
    public var library: LibraryState
    /// The catalog screen's lists, once it has been opened.
    public var catalog: CatalogState?
    /// Where an article opened from the catalog is to land, until it has.
    public var catalogJump: CatalogJump?
    public var prompt: PromptState?
    /// The help screen's scroll offset, when it is showing.
    public var help: Int?
    public var message: StatusMessage?
    /// Reading position (scalar offset at the top) per article id, for the session.
    public var positions: [String: Int] = [:]
    /// The preferred text width; `+` and `-` change it.
    public var measure = 80
    public var hiddenKinds: Set<HighlightKind> = []
    /// The annotation being written in the note and tag prompts.
    public var draft: AnnotationDraft?
    /// A note whose prompt was cancelled, offered again by the next `a` so nothing typed is lost.
    public var unsavedNote: String?
    /// Every tag in use, for completion in the tag prompt.
    public var knownTags: Set<String> = []
    /// Keys typed towards a longer binding, shown in the status bar (`]`).
    public var pendingKeys = ""
    /// Where the export dialog suggests writing (the executable sets the XDG data folder's
    /// `gloss/exports`); empty means the current folder.
    public var exportFolder = ""
    /// The reader was opened on one article (`gloss read ARTICLE`): `q` quits to the shell,
    /// `h` or Esc goes to the library.
    public var openedDirectly = false
    /// What went wrong loading the library (files skipped, settings ignored), one line each;
    /// the library's status bar counts them and `W` lists them.
    public var notices: [String] = []
    /// The last message the status bar showed, for `W` when it did not fit.
    public var lastMessage: StatusMessage?
    /// The help screen shows the messages page (`W`) instead of the keys.
    public var showingMessages = false
    /// The clock and id source of annotations made and edited here (`.fixed` in tests, so
    /// `apply` gives the same annotations every time).
    public var stamps: AnnotationStamps
    /// The key table in force (the defaults with the user's key file applied), for the help
    /// screen; the run loop's keymap reads the same table.
    public var keyBindings: [KeyBinding] = KeyBinding.defaults

    public init(size: Size, library: LibraryState, stamps: AnnotationStamps = .system) {
        self.size = size
        self.library = library
        self.stamps = stamps
    }

    public var isTooSmall: Bool { size.width < Self.minimumSize.width || size.height < Self.minimumSize.height }

    /// Which bindings apply now.
    public var keyContext: KeyContext {
        if prompt != nil { return .prompt }
        if help != nil { return .help }
        switch screen {
        case .library: return library.facets.isOpen ? .facets : .library
        case .catalog: return .catalog
        case .reader(let r, _): return r.selection != nil ? .select : r.panel.isOpen ? .panel : .reader
        }
    }

    public var geometry: ReaderGeometry {
        ReaderGeometry(size: size, measure: measure, panelOpen: reader?.panel.isOpen ?? false)
    }

    /// Rows of the library list (below its header, above the status bar).
    public var libraryListHeight: Int { max(1, size.height - 3) }

    /// Rows of a panel list (below its tab bar).
    public var panelListHeight: Int { max(1, (geometry.panel?.height ?? 0) - 2) }

    /// The visible kinds of highlight.
    public var shownKinds: [HighlightKind] { HighlightKind.allCases.filter { !hiddenKinds.contains($0) } }

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
            guard taken == true else { return [] }
            landCatalogJump(openPrompt: false)
            return []
        case .catalogLoaded(let data):
            takeCatalog(data)
            return []
        case .catalogFailed(let tab, let text):
            catalogFailed(tab, text)
            return []
        case .counted(let id, let counts):
            library.modify(id) { $0.counts = counts }
            knownTags.formUnion(counts.tags)
            // Tags narrow the list and are counted in the facet panel.
            if library.facets.chosen.contains(where: { $0.kind == .tag }) { library.facets.narrow(library.entries) }
            if !counts.tags.isEmpty { recountFacets() }
            return []
        case .librarySearched(let query, let results, let notes, let failure):
            takeSearchResults(query: query, results: results, notes: notes, failure: failure)
            return []
        case .facetsLoaded(let table, let failure):
            takeFacets(table, failure: failure)
            return []
        case .failed(let text):
            message = StatusMessage(text, isError: true)
            return []
        case .edited(let text):
            // Back from the editor: the note prompt shows the note, the cursor at its end.
            if var p = prompt, p.kind == .note {
                var note = text
                while note.last?.isNewline == true { note.removeLast() }
                p.text = note
                p.cursor = note.count
                prompt = p
                draft?.note = note
            }
            return [.redraw]
        case .done(let text):
            message = StatusMessage(text)
            return []
        case .merged(let annotation):
            let merged: Void? = withReader(of: annotation.articleID) { r in
                r.annotations.merge(annotation)
                r.refreshAnchors()
            }
            guard merged != nil else { return [] }
            knownTags.formUnion(annotation.tags)
            message = StatusMessage("Saved, merged with a change made elsewhere")
            return []
        case .annotationsReloaded(let set):
            let differ = withReader(of: set.articleID) { r in
                let differ = r.annotations.reload(set.annotations)
                if differ > 0 { r.refreshAnchors() }
                return differ
            }
            guard let differ, differ > 0 else { return [] }
            for a in set.annotations { knownTags.formUnion(a.tags) }
            message = StatusMessage("\(differ) annotation\(differ == 1 ? "" : "s") changed elsewhere: read again")
            return []
        case .annotationsLoaded(let set, let warning):
            let loaded: Void? = withReader(of: set.articleID) { r in
                r.annotations = set
                r.refreshAnchors()
            }
            guard loaded != nil else { return [] }
            for a in set.annotations { knownTags.formUnion(a.tags) }
            if let warning { message = StatusMessage(warning, isError: true) }
            return []
        case .countFailed(let id):
            library.modify(id) { $0.countFailed = true }
            return []
        case .indexed(let entries, let removed, let notices, let done, let total):
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
        case .positionSaved(let id, let date):
            library.modify(id) { $0.lastRead = date }
            return []
        }
    }

    public mutating func apply(_ action: Action) -> [Effect] {
        pendingKeys = ""
        switch action {
        case .resize(let newSize):
            size = newSize
            relayout()
            library.keepSelectionVisible(height: libraryListHeight)
            keepCatalogSelectionVisible()
            return [.redraw]
        case .redraw:
            return [.redraw]
        default:
            break
        }
        if isTooSmall {
            return action == .quit ? quitOrBack() : []
        }
        if let m = message { lastMessage = m }
        message = nil
        if prompt != nil { return applyPrompt(action) }
        if help != nil { return applyHelp(action) }
        switch screen {
        case .library: return applyLibrary(action)
        case .reader: return applyReader(action)
        case .catalog: return applyCatalog(action)
        }
    }

    // MARK: Library

    private mutating func applyLibrary(_ action: Action) -> [Effect] {
        let h = libraryListHeight
        if library.facets.isOpen, let effects = applyFacets(action) { return effects }
        if let effects = applyResults(action) { return effects }
        if let rows = action.movement(page: h) {
            library.moveSelection(by: rows, height: h)
            return []
        }
        switch action {
        case .pointer(let phase, let x, let y):
            // A press on a column title sorts by it. Rows start below the header and the
            // column titles: a press selects, a double click or a press on the selected row opens.
            guard phase == .press || phase == .doubleClick else { return [] }
            guard x < libraryListWidth else { return [] }
            if y == 1 {
                guard phase == .press, let column = LibraryView.column(at: x, width: libraryListWidth) else { return [] }
                sortLibrary(by: column)
                return []
            }
            let list = library.visible
            let row = y - 2
            guard row >= 0, row < h, library.scroll + row < list.count else { return [] }
            let id = list[library.scroll + row].id
            let wasSelected = library.selectedID == id
            library.selectedID = id
            if phase == .doubleClick || wasSelected { return [.open(articleID: id)] }
        case .quit: return [.quit]
        case .help: help = 0
        case .messages: openMessages()
        case .cancel:
            if !library.filter.isEmpty {
                library.filter = ""
                library.keepSelectionVisible(height: h)
                recountFacets()
            }
        case .activate:
            guard let id = library.visible.isEmpty ? nil : library.selectedID else {
                message = StatusMessage("No article to open", isError: true)
                return []
            }
            return [.open(articleID: id)]
        case .filter: prompt = PromptState(kind: .filter, text: library.filter)
        case .findInLibrary: prompt = PromptState(kind: .librarySearch, text: library.results?.query ?? "")
        case .exportAll: openExportPrompt(all: true)
        case .command: prompt = PromptState(kind: .command)
        case .cycleSort: sortLibrary(by: library.sort.next)
        case .reverseSort: sortLibrary(by: library.sort)
        case .sortBy(let column): sortLibrary(by: column)
        case .catalogTab(let tab): return openCatalog(tab)
        case .togglePanel: return openFacets()
        case .clearFacets: return dropFacets(all: true)
        case .dropFacet: return dropFacets(all: false)
        default: break
        }
        return []
    }

    /// Sorts the library by a column (the same column again: the other way round).
    private mutating func sortLibrary(by column: LibrarySort) {
        library.sort(by: column)
        library.keepSelectionVisible(height: libraryListHeight)
        message = StatusMessage("Sorted by \(library.sort.rawValue) \(LibraryView.arrow(ascending: library.ascending))")
    }

    // MARK: Help

    private mutating func applyHelp(_ action: Action) -> [Effect] {
        let page = max(1, size.height - 2)
        if let rows = action.movement(page: page), let h = help {
            help = max(0, min(max(0, helpLines().count - page), h + rows))
        } else if [.help, .quit, .cancel, .activate, .messages].contains(action) {
            help = nil
            showingMessages = false
        }
        return []
    }

    // MARK: Prompt

    private mutating func applyPrompt(_ action: Action) -> [Effect] {
        guard var p = prompt else { return [] }
        if case .confirmDelete(let id, _) = p.kind {
            // One key answers: y deletes, anything else keeps.
            prompt = nil
            if action == .insert("y") || action == .insert("Y") { return delete(id) }
            message = StatusMessage("Kept")
            return []
        }
        switch action {
        case .insert(let text):
            p.insert(text)
        case .deleteBackward:
            if p.text.isEmpty && [.search, .filter, .librarySearch].contains(p.kind) {
                return applyPrompt(.cancel)
            }
            p.deleteBackward()
        case .deleteForward: p.deleteForward()
        case .deleteWord: p.deleteWord()
        case .clearPrompt:
            p.text = ""
            p.cursor = 0
        case .cursorLeft: p.moveCursor(by: -1)
        case .cursorRight: p.moveCursor(by: 1)
        case .cursorHome: p.cursor = 0
        case .cursorEnd: p.cursor = p.text.count
        case .complete:
            // Tab in the title filter: search the text of every article for what was typed.
            if p.kind == .filter {
                prompt = nil
                return startLibrarySearch(p.text, fromFilter: true)
            }
            completeTag()
            return []
        case .openEditor:
            guard p.kind == .note else { return [] }
            return [.editText(p.text)]
        case .activate:
            prompt = nil
            return acceptPrompt(p)
        case .cancel:
            prompt = nil
            cancelPrompt(p)
            return []
        case .lineDown where p.kind == .filter, .lineUp where p.kind == .filter:
            // Down and Up keep the title filter and move in the list.
            prompt = nil
            library.moveSelection(by: action == .lineDown ? 1 : -1, height: libraryListHeight)
            return []
        default:
            // Scrolling, mouse and other keys leave the prompt and what is typed as they are.
            return []
        }
        prompt = p
        switch p.kind {
        case .filter:
            if screen == .catalog, var c = catalog {
                c.setFilter(p.text, for: c.tab)
                catalog = c
            } else {
                library.filter = p.text
                library.scroll = 0
                library.keepSelectionVisible(height: libraryListHeight)
                recountFacets()
            }
        case .search:
            updateSearch(p.text)
        case .note:
            draft?.note = p.text
        case .tags:
            draft?.tags = p.text
        default:
            break
        }
        return []
    }

    /// Enter in a prompt.
    private mutating func acceptPrompt(_ p: PromptState) -> [Effect] {
        switch p.kind {
        case .search:
            if let s = reader?.search {
                if s.query.isEmpty { withReader { $0.search = nil } } else if s.matches.isEmpty { message = StatusMessage("No match for “\(s.query)”", isError: true) }
            }
        case .librarySearch:
            return startLibrarySearch(p.text, fromFilter: false)
        case .filter, .confirmDelete:
            break
        case .note:
            draft?.note = p.text
            prompt = PromptState(kind: .tags, text: draft?.tags ?? "")
        case .tags:
            draft?.tags = p.text
            return commitDraft()
        case .exportFormat(let all):
            guard let format = ExportFormat(name: p.text) else {
                prompt = p
                message = StatusMessage("Formats: markdown, html, json, csv", isError: true)
                return []
            }
            prompt = PromptState(kind: .exportPath(format, all: all), text: suggestedExportPath(format, all: all))
        case .exportPath(let format, let all):
            let path = p.text.trimmingSpaces
            guard !path.isEmpty else {
                prompt = p
                return []
            }
            let id = all ? nil : reader?.document.article.id
            message = StatusMessage("Exporting…")
            return [.export(format: format, path: path, articleID: id)]
        case .command:
            switch p.text.trimmingSpaces {
            case "export": openExportPrompt(all: true)
            case "": break
            default: message = StatusMessage("Unknown command “\(p.text)”: :export is the one command", isError: true)
            }
        }
        return []
    }

    /// Esc in a prompt.
    private mutating func cancelPrompt(_ p: PromptState) {
        switch p.kind {
        case .filter:
            if screen == .catalog, var c = catalog {
                c.setFilter("", for: c.tab)
                catalog = c
            } else {
                library.filter = ""
                library.keepSelectionVisible(height: libraryListHeight)
                recountFacets()
            }
        case .search:
            withReader { $0.cancelSearch() }
        case .note, .tags:
            // Keep the note: the next `a` offers it again.
            if let d = draft, d.editing == nil, !d.note.isEmpty {
                unsavedNote = d.note
                message = StatusMessage("Note kept: a brings it back")
            }
            draft = nil
        case .exportFormat, .exportPath, .confirmDelete, .command, .librarySearch:
            break
        }
    }

    // MARK: Opening and leaving

    mutating func open(_ document: ReaderDocument) {
        // Chosen on the catalog screen (still showing while the article loads): back there on q.
        let fromCatalog = screen == .catalog
        if !fromCatalog { catalogJump = nil }
        let view = geometry.viewHeight
        var r = ReaderState(document: document, measure: ReaderGeometry(size: size, measure: measure, panelOpen: false).measure)
        if let offset = positions[document.article.id], offset > 0 {
            r.topLine = min(r.layout.lineIndex(for: offset), r.maxTop(viewHeight: view))
        }
        screen = .reader(r, fromCatalog: fromCatalog)
        prompt = nil
        help = nil
        library.selectedID = document.article.id
        library.keepSelectionVisible(height: libraryListHeight)
    }

    mutating func quitOrBack() -> [Effect] {
        guard case .reader(let r, let fromCatalog) = screen else { return [.quit] }
        let offset = r.topLine == 0 ? 0 : r.topOffset
        let id = r.document.article.id
        let progress = readingProgress(r)
        positions[id] = offset
        // The Notes column follows what was annotated while reading, the progress column how far.
        library.modify(id) {
            $0.counts?.notes = r.annotations.count
            // And the tags facet what was tagged.
            $0.counts?.tags = r.annotations.annotations.reduce(into: Set<String>()) { $0.formUnion($1.tags) }
            $0.progress = progress
        }
        if library.facets.chosen.contains(where: { $0.kind == .tag }) { library.facets.narrow(library.entries) }
        // Opened from the catalog: back to the list it was chosen in.
        screen = fromCatalog && catalog != nil ? .catalog : .library
        catalogJump = nil
        prompt = nil
        help = nil
        recountFacets()
        return [.saveReadingPosition(articleID: id, offset: offset, progress: progress)]
    }

    /// Re-wraps the article when the width it gets has changed, keeping the same text at the top.
    mutating func relayout() {
        let g = geometry
        // A panel that covers the text does not change how the text is wrapped.
        let target = g.panelCoversText ? ReaderGeometry(size: size, measure: measure, panelOpen: false).measure : g.measure
        withReader { $0.relayout(measure: target, viewHeight: g.viewHeight) }
    }

    /// How far into the article the reader is, in percent: the status bar's figure.
    func readingProgress(_ r: ReaderState) -> Int { r.progress(viewHeight: geometry.viewHeight) }
}
