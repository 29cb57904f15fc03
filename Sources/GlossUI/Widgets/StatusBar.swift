import GlossCore

/// The bottom row: mode, article title, message or focus details, the highlight legend and
/// the position; or the prompt while one is open.
public struct StatusBar: Widget {
    public var state: AppState
    public var theme: Theme

    public init(state: AppState, theme: Theme) {
        self.state = state
        self.theme = theme
    }

    /// The prompt's cursor column, when a prompt is open.
    public func cursorColumn(width: Int) -> Int? {
        guard let prompt = state.prompt else { return nil }
        let layout = promptLayout(prompt, width: width)
        return min(width - 1, layout.symbolWidth + layout.window.cursorColumn)
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard area.height > 0, area.width > 0 else { return }
        if let prompt = state.prompt { return renderPrompt(prompt, into: &buffer, area: area) }
        let base = theme.style(.status)
        buffer.fill(area, style: base)
        let y = area.y
        var left = area.x
        var right = area.maxX

        let line = StatusLine(state)
        // Right side first: position or hint, then the legend while there is room.
        var rightParts: [(String, CellStyle)] = []
        if let progress = line.progress {
            rightParts.append((" \(progress)% ", theme.style(.statusAccent)))
        } else if let hint = line.hint {
            rightParts.append((" \(hint) ", base))
        }
        for (text, style) in rightParts.reversed() {
            let w = DisplayWidth.of(text)
            if right - w < left + 12 { break }
            right -= w
            buffer.write(text, x: right, y: y, style: style, maxWidth: w)
        }
        left += buffer.write(" \(line.mode) ", x: left, y: y, style: theme.style(.statusAccent), maxWidth: right - left)
        if !state.pendingKeys.isEmpty {
            left += buffer.write(
                " \(state.pendingKeys)", x: left, y: y, style: theme.style(.statusAccent), maxWidth: right - left)
        }
        let title = line.title
        let note = line.note
        // A message takes the room it needs first (the legend gives way); a passive status
        // note is content with 48 columns.
        let noteWidth =
            note.map {
                (line.noteIsMessage ? DisplayWidth.of($0.text) : min(48, DisplayWidth.of($0.text)))
                    + (title.isEmpty ? 0 : 10)
            } ?? 0
        if line.showsLegend, area.width >= 70 {
            var legend: [(String, CellStyle)] = []
            for kind in HighlightKind.allCases {
                let on = !state.hiddenKinds.contains(kind)
                legend.append((" \(kind.digit)", base.merged(with: theme.style(.legendOff))))
                legend.append(
                    (kind.name, on ? base.merged(with: theme.style(kind)) : base.merged(with: theme.style(.legendOff))))
            }
            let w = legend.reduce(0) { $0 + DisplayWidth.of($1.0) } + 1
            if right - w > left + (note == nil ? 30 : noteWidth) {
                right -= w
                var x = right
                for (text, style) in legend {
                    x += buffer.write(text, x: x, y: y, style: style, maxWidth: area.maxX - x)
                }
            }
        }

        let room = right - left - 1
        guard room > 0 else { return }
        if let note {
            // The note comes first; the title gets what is left, up to half the room.
            let titleRoom =
                title.isEmpty ? 0 : min(DisplayWidth.of(title), room / 2, max(0, room - DisplayWidth.of(note.text) - 4))
            if titleRoom >= 8 {
                left += 1
                left += buffer.writeTruncated(
                    TerminalSafe.string(title), x: left, y: y, style: base, maxWidth: titleRoom)
                left += buffer.write(" · ", x: left, y: y, style: base, maxWidth: right - left)
            } else {
                left += 1
            }
            buffer.writeTruncated(
                TerminalSafe.string(note.text), x: left, y: y,
                style: note.isError ? theme.style(.error) : theme.style(.message), maxWidth: right - left - 1)
        } else if !title.isEmpty {
            buffer.writeTruncated(TerminalSafe.string(title), x: left + 1, y: y, style: base, maxWidth: room)
        }
    }

    /// Where the prompt's parts go: the symbol, the visible window of text, the info on the right.
    private func promptLayout(_ prompt: PromptState, width: Int) -> (
        symbolWidth: Int, info: String, window: (text: String, cursorColumn: Int)
    ) {
        let symbolWidth = min(DisplayWidth.of(prompt.kind.symbol), max(0, width - 12))
        var info = ""
        switch prompt.kind {
        case .search:
            if let s = state.reader?.search {
                info = s.countLabel
                if s.caseSensitive && !s.query.isEmpty { info += " (case-sensitive)" }
            }
        case .filter:
            if state.screen == .catalog, let c = state.catalog {
                info = "\(c.count(c.tab) - c.headingCount(c.tab)) shown"
            } else {
                // The count always; what Tab does when there is room beside the text.
                info = "\(state.library.visible.count) of \(state.library.entries.count)"
                if width - symbolWidth - DisplayWidth.of(info) > 60 { info += " titles · Tab: search their text" }
            }
        case .librarySearch:
            info = "words, \"phrases\", prefix* · Enter searches text, notes, tags"
        case .note:
            info = "Enter: tags · Esc: keep for later"
        case .tags:
            let candidates = state.tagCompletions(for: prompt.text)
            info =
                candidates.isEmpty
                ? "comma between tags · Enter saves" : "Tab: " + candidates.prefix(4).joined(separator: " ")
        case .exportFormat, .exportPath, .command, .confirmDelete:
            info = ""
        }
        var isErrorInfo = false
        if let m = state.message, m.isError {
            info = m.text
            isErrorInfo = true
        }
        var infoWidth = DisplayWidth.of(info)
        if infoWidth + 2 >= width - symbolWidth - 8 {
            if isErrorInfo, width - symbolWidth >= 24 {
                // An error always shows, cut to the room it can have beside the text.
                infoWidth = (width - symbolWidth) * 2 / 3
                info = DisplayWidth.truncated(info, to: infoWidth)
            } else {
                info = ""
                infoWidth = 0
            }
        }
        let textRoom = width - symbolWidth - (infoWidth > 0 ? infoWidth + 2 : 0)
        return (symbolWidth, info, prompt.window(room: max(1, textRoom)))
    }

    private func renderPrompt(_ prompt: PromptState, into buffer: inout CellBuffer, area: Rect) {
        buffer.fill(area)
        let layout = promptLayout(prompt, width: area.width)
        var x = area.x
        x += buffer.writeTruncated(
            prompt.kind.symbol, x: x, y: area.y, style: theme.style(.prompt), maxWidth: layout.symbolWidth)
        x = area.x + layout.symbolWidth
        buffer.write(layout.window.text, x: x, y: area.y, maxWidth: area.maxX - x)
        let infoWidth = DisplayWidth.of(layout.info)
        if infoWidth > 0 {
            let isError = layout.info == "no match" || state.message?.isError == true
            buffer.write(
                layout.info, x: area.maxX - infoWidth - 1, y: area.y, style: theme.style(isError ? .error : .dim),
                maxWidth: infoWidth)
        }
    }
}
