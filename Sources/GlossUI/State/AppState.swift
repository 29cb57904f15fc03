import GlossCore

/// Everything the screen shows, as a value. It changes only through `apply(_:)`, which
/// returns the effects for the run loop; rendering is a pure function of it.
public struct AppState: Hashable, Sendable {
    /// Below this the screen shows a short notice instead of a layout.
    public static let minimumSize = Size(width: 20, height: 6)
    public static let measureRange = 20...240

    public var size: Size
    public var screen: ScreenKind = .library
    public var library: LibraryState
    public var reader: ReaderState?
    public var prompt: PromptState?
    /// The help screen's scroll offset, when it is showing.
    public var help: Int?
    public var message: StatusMessage?
    /// Reading position (scalar offset at the top) per article id, for the session.
    public var positions: [String: Int] = [:]
    /// The preferred text width; `+` and `-` change it.
    public var measure = 80
    public var hiddenKinds: Set<HighlightKind> = []
    /// Keys typed towards a longer binding, shown in the status bar (`]`).
    public var pendingKeys = ""

    public init(size: Size, library: LibraryState) {
        self.size = size
        self.library = library
    }

    public var isTooSmall: Bool { size.width < Self.minimumSize.width || size.height < Self.minimumSize.height }

    /// Which bindings apply now.
    public var keyContext: KeyContext {
        if prompt != nil { return .prompt }
        if help != nil { return .help }
        if screen == .library { return .library }
        return reader?.panel.isOpen == true ? .panel : .reader
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
            return [.redraw]
        case .redraw:
            return [.redraw]
        case .opened(let document):
            open(document)
            return []
        case .counted(let id, let counts):
            if let i = library.entries.firstIndex(where: { $0.id == id }) { library.entries[i].counts = counts }
            return []
        case .restorePosition(let id, let offset):
            if positions[id] == nil { positions[id] = offset }
            return []
        case .failed(let text):
            message = StatusMessage(text, isError: true)
            return []
        default:
            break
        }
        if isTooSmall {
            return action == .quit ? quitOrBack() : []
        }
        message = nil
        if prompt != nil { return applyPrompt(action) }
        if help != nil { return applyHelp(action) }
        switch screen {
        case .library: return applyLibrary(action)
        case .reader: return applyReader(action)
        }
    }

    // MARK: Library

    private mutating func applyLibrary(_ action: Action) -> [Effect] {
        let h = libraryListHeight
        if let rows = action.movement(page: h) {
            library.moveSelection(by: rows, height: h)
            return []
        }
        switch action {
        case .quit: return [.quit]
        case .help: help = 0
        case .cancel:
            if !library.filter.isEmpty {
                library.filter = ""
                library.keepSelectionVisible(height: h)
            }
        case .activate:
            guard let id = library.visible.isEmpty ? nil : library.selectedID else {
                message = StatusMessage("No article to open", isError: true)
                return []
            }
            return [.open(articleID: id)]
        case .filter: prompt = PromptState(kind: .filter, text: library.filter)
        case .cycleSort:
            library.sort = library.sort.next
            library.keepSelectionVisible(height: h)
            message = StatusMessage("Sorted by \(library.sort.rawValue)")
        default: break
        }
        return []
    }

    // MARK: Help

    private mutating func applyHelp(_ action: Action) -> [Effect] {
        let page = max(1, size.height - 2)
        if let rows = action.movement(page: page), let h = help {
            help = max(0, min(max(0, HelpContent.lines().count - page), h + rows))
        } else if [.help, .quit, .cancel, .activate].contains(action) {
            help = nil
        }
        return []
    }

    // MARK: Prompt

    private mutating func applyPrompt(_ action: Action) -> [Effect] {
        guard var p = prompt else { return [] }
        switch action {
        case .insert(let text):
            p.text += text
        case .deleteBackward:
            if p.text.isEmpty {
                return applyPrompt(.cancel)
            }
            p.text.removeLast()
        case .clearPrompt:
            p.text = ""
        case .activate:
            prompt = nil
            if p.kind == .search, var r = reader, let s = r.search {
                if s.query.isEmpty { r.search = nil } else if s.matches.isEmpty { message = StatusMessage("No match for “\(s.query)”", isError: true) }
                reader = r
            }
            return []
        case .cancel:
            prompt = nil
            switch p.kind {
            case .filter:
                library.filter = ""
                library.keepSelectionVisible(height: libraryListHeight)
            case .search:
                if var r = reader, let s = r.search {
                    r.topLine = s.originTopLine
                    r.search = nil
                    reader = r
                }
            }
            return []
        default:
            return []
        }
        prompt = p
        switch p.kind {
        case .filter:
            library.filter = p.text
            library.scroll = 0
            library.keepSelectionVisible(height: libraryListHeight)
        case .search:
            updateSearch(p.text)
        }
        return []
    }

    // MARK: Opening and leaving

    mutating func open(_ document: ReaderDocument) {
        var r = ReaderState(document: document, measure: ReaderGeometry(size: size, measure: measure, panelOpen: false).measure)
        if let offset = positions[document.article.id], offset > 0 {
            r.topLine = min(r.layout.lineIndex(for: offset), maxTop(r))
        }
        reader = r
        screen = .reader
        prompt = nil
        help = nil
        library.selectedID = document.article.id
        library.keepSelectionVisible(height: libraryListHeight)
    }

    mutating func quitOrBack() -> [Effect] {
        guard screen == .reader, let r = reader else { return [.quit] }
        let offset = r.topLine == 0 ? 0 : r.topOffset
        let id = r.document.article.id
        positions[id] = offset
        reader = nil
        screen = .library
        prompt = nil
        help = nil
        return [.saveReadingPosition(articleID: id, offset: offset)]
    }

    /// Re-wraps the article when the width it gets has changed, keeping the same text at the top.
    mutating func relayout() {
        guard var r = reader else { return }
        let g = geometry
        // A panel that covers the text does not change how the text is wrapped.
        let target = g.panelCoversText ? ReaderGeometry(size: size, measure: measure, panelOpen: false).measure : g.measure
        if r.layout.measure != max(8, target) {
            let atTop = r.topLine == 0
            let offset = r.topOffset
            r.layout = ArticleLayout(document: r.document, measure: target)
            r.topLine = atTop ? 0 : r.layout.lineIndex(for: offset)
        }
        r.topLine = max(0, min(r.topLine, maxTop(r)))
        reader = r
    }

    func maxTop(_ r: ReaderState) -> Int { max(0, r.layout.count - geometry.viewHeight) }
}
