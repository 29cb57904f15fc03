import GlossCore

extension AppState {
    /// The items of the panel's current tab.
    public var panelItems: [PanelItem] {
        guard let r = reader else { return [] }
        if r.panel.tab == .notes { return r.notesItems }
        return r.document.panelItems[r.panel.tab] ?? []
    }

    /// Handles keys meant for the panel; nil when the action is the reader's.
    mutating func applyPanel(_ action: Action) -> [Effect]? {
        let h = panelListHeight
        // The mouse wheel scrolls the text even with the panel open.
        if !isScroll(action), let rows = action.movement(page: h) {
            movePanelSelection(by: rows)
            return []
        }
        switch action {
        case .nextTab, .previousTab:
            let all = PanelTab.allCases
            let i = all.firstIndex(of: reader!.panel.tab)! + (action == .nextTab ? 1 : -1)
            reader!.panel.tab = all[(i + all.count) % all.count]
            reader!.panel.mentionIndex = nil
        case .activate: jumpToNextMention()
        case .editAnnotation: editSelectedAnnotation()
        case .deleteAnnotation: askToDeleteSelected()
        case .cancel:
            reader!.panel.isOpen = false
            relayout()
        default: return nil
        }
        return []
    }

    private func isScroll(_ action: Action) -> Bool {
        if case .scroll = action { return true }
        return false
    }

    /// Moves the selection in the panel list and previews the item's first mention.
    public mutating func movePanelSelection(by delta: Int) {
        let items = panelItems
        guard !items.isEmpty else { return }
        let tab = reader!.panel.tab
        let index = max(0, min(items.count - 1, reader!.panel.selected + delta))
        reader!.panel.selection[tab] = index
        reader!.panel.mentionIndex = nil
        keepPanelSelectionVisible()
        if let first = items[index].mentions.first {
            reader!.focus = Focus(range: first, kind: tab.kind, detail: panelDetail(items[index], mention: 0))
            reveal(first)
        }
    }

    /// Enter in the panel: the selected item's next mention (the first one the first time).
    public mutating func jumpToNextMention() {
        let items = panelItems
        guard let r = reader, items.indices.contains(r.panel.selected) else { return }
        let item = items[r.panel.selected]
        if r.panel.tab == .notes { reader!.current = r.anchored[r.panel.selected].id }
        guard !item.mentions.isEmpty else {
            if r.panel.tab == .notes {
                message = StatusMessage("Orphaned: its passage is gone. Select the new passage (v) and press r to re-attach it", isError: true)
            }
            return
        }
        let next = r.panel.mentionIndex.map { ($0 + 1) % item.mentions.count } ?? 0
        reader!.panel.mentionIndex = next
        let range = item.mentions[next]
        reader!.focus = Focus(range: range, kind: r.panel.tab.kind, detail: panelDetail(item, mention: next))
        reveal(range)
    }

    private func panelDetail(_ item: PanelItem, mention: Int) -> String {
        var text = item.title.count > 48 ? String(item.title.prefix(47)) + "…" : item.title
        if !item.badge.isEmpty && reader?.panel.tab == .figures { text += " · value \(item.badge)" }
        if item.mentions.count > 1 { text += " · \(mention + 1)/\(item.mentions.count)" }
        return text
    }

    mutating func keepPanelSelectionVisible() {
        guard var r = reader else { return }
        let items = panelItems
        let tab = r.panel.tab
        let selected = r.panel.selected
        var top = min(r.panel.scroll[tab] ?? 0, selected)
        // Move the top down until the selected item's rows fit.
        func rows(_ from: Int, _ through: Int) -> Int { items[from...through].reduce(0) { $0 + $1.height } }
        while top < selected && rows(top, selected) > panelListHeight { top += 1 }
        r.panel.scroll[tab] = top
        reader = r
    }
}
