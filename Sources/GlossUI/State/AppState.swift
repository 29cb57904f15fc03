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
                guard phase == .press, let column = LibraryView.column(at: x, width: libraryListWidth) else {
                    return []
                }
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
                if s.query.isEmpty {
                    withReader { $0.search = nil }
                } else if s.matches.isEmpty {
                    message = StatusMessage("No match for “\(s.query)”", isError: true)
                }
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
}
