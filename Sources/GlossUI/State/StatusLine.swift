import GlossCore

/// What the status bar says, decided from the state alone (no layout, no terminal): the mode,
/// the article's title, the one note that wins (by priority: a message, then what the screen
/// is doing), the key hint or the reading position on the right, and whether the highlight
/// legend belongs there. `StatusBar` lays it out in the room there is.
public struct StatusLine: Hashable, Sendable {
    public var mode: String
    /// The open article's title (empty elsewhere).
    public var title = ""
    public var note: StatusMessage?
    /// Whether `note` is a message (it takes the room it needs) rather than a passive status.
    public var noteIsMessage = false
    /// The keys worth knowing here, shown on the right when nothing else is said.
    public var hint: String?
    /// How far into the article the reader is, in percent.
    public var progress: Int?
    /// The highlight legend (`1quote 2speaker …`) goes on the right, room permitting.
    public var showsLegend = false

    public init(mode: String) {
        self.mode = mode
    }

    public init(_ state: AppState) {
        let library = state.library
        switch (state.help != nil, state.screen, state.keyContext) {
        case (true, _, _): mode = "HELP"
        case (_, .library, .facets): mode = "FACETS"
        case (_, .library, _): mode = library.results == nil ? "LIBRARY" : "SEARCH"
        case (_, .catalog, _): mode = (state.catalog?.tab.title ?? "Catalog").uppercased()
        case (_, _, .panel): mode = "PANEL"
        case (_, _, .select): mode = "SELECT"
        default: mode = state.reader?.search.map { $0.query.isEmpty ? "READ" : "SEARCH" } ?? "READ"
        }
        let reading = state.reader
        if state.help == nil {
            if let r = reading {
                progress = state.readingProgress(r)
                showsLegend = true
            } else if state.message == nil, state.screen == .library {
                hint =
                    library.results == nil
                    ? "? help · / filter · f search · Tab facets" : "? help · Enter open · Esc list"
            } else if state.message == nil, state.screen == .catalog, let c = state.catalog {
                switch c.tab {
                case .quotes: hint = c.inDetail ? "Enter open · t tag · h back" : "Enter quotes · / filter · ? help"
                case .figures: hint = "Enter open · c compare · s sort · ? help"
                case .people, .places: hint = c.inDetail ? "Enter open · h back" : "Enter articles · / filter · ? help"
                }
            }
        }
        if let r = reading { title = r.document.title }
        if let message = state.message {
            note = message
            noteIsMessage = true
        } else if let r = reading {
            if let s = r.search, !s.query.isEmpty {
                note = StatusMessage("/\(s.query)  \(s.countLabel)", isError: s.matches.isEmpty)
            } else if let focus = r.focus {
                note = StatusMessage(focus.detail)
            } else if let id = r.current, let item = r.anchored.first(where: { $0.id == id }) {
                note = StatusMessage(AppState.summary(item))
            } else if let sel = r.selection {
                let n = sel.range.end - sel.range.start
                note = StatusMessage("\(n) character\(n == 1 ? "" : "s") · a note · m mark · Esc cancel")
            }
        } else if state.screen == .catalog, let c = state.catalog {
            if c.loading.contains(c.tab) {
                note = StatusMessage("reading the library index…")
            } else if library.isIndexing {
                note = StatusMessage(
                    "indexing \(NumberText.grouped(library.indexDone))/\(NumberText.grouped(library.indexTotal)): lists fill in when done"
                )
            }
        } else if state.screen == .library, let results = library.results {
            note = StatusMessage(results.summary, isError: results.failure != nil)
        } else if state.screen == .library {
            let counted = library.entries.filter { $0.counts != nil }.count
            if library.isIndexing {
                note = StatusMessage(
                    "indexing \(NumberText.grouped(library.indexDone))/\(NumberText.grouped(library.indexTotal))…")
            } else if counted < library.entries.count {
                note = StatusMessage("analysing \(counted)/\(library.entries.count)…")
            } else if !state.notices.isEmpty {
                let n = state.notices.count
                note = StatusMessage(
                    "\(n) problem\(n == 1 ? "" : "s") loading the library · W lists \(n == 1 ? "it" : "them")",
                    isError: true)
            }
        }
    }
}
