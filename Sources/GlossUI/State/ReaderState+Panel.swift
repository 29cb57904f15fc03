import GlossCore

/// The side panel's lists: the items of a tab, moving in them, and going to their mentions.
/// `listHeight` is the rows of a panel list (`AppState.panelListHeight`).
extension ReaderState {
    /// The items of the panel's current tab.
    public var panelItems: [PanelItem] {
        if panel.tab == .notes { return notesItems }
        return document.panelItems[panel.tab] ?? []
    }

    /// Moves the selection in the panel list and previews the item's first mention.
    public mutating func movePanelSelection(by delta: Int, listHeight: Int, viewHeight: Int) {
        let items = panelItems
        guard !items.isEmpty else { return }
        let tab = panel.tab
        let index = max(0, min(items.count - 1, panel.selected + delta))
        panel.selection[tab] = index
        panel.mentionIndex = nil
        keepPanelSelectionVisible(items, listHeight: listHeight)
        if let first = items[index].mentions.first {
            focus = Focus(range: first, kind: tab.kind, detail: panelDetail(items[index], mention: 0))
            reveal(first, viewHeight: viewHeight)
        }
    }

    /// Enter in the panel: the selected item's next mention (the first one the first time).
    /// What the status bar says when there is none to go to.
    public mutating func jumpToNextMention(viewHeight: Int) -> StatusMessage? {
        let items = panelItems
        guard items.indices.contains(panel.selected) else { return nil }
        let item = items[panel.selected]
        if panel.tab == .notes { current = anchored[panel.selected].id }
        guard !item.mentions.isEmpty else {
            guard panel.tab == .notes else { return nil }
            return StatusMessage(
                "Orphaned: its passage is gone. Select the new passage (v) and press r to re-attach it", isError: true)
        }
        let next = panel.mentionIndex.map { ($0 + 1) % item.mentions.count } ?? 0
        panel.mentionIndex = next
        let range = item.mentions[next]
        focus = Focus(range: range, kind: panel.tab.kind, detail: panelDetail(item, mention: next))
        reveal(range, viewHeight: viewHeight)
        return nil
    }

    private func panelDetail(_ item: PanelItem, mention: Int) -> String {
        var text = item.title.count > 48 ? String(item.title.prefix(47)) + "…" : item.title
        if !item.badge.isEmpty && panel.tab == .figures { text += " · value \(item.badge)" }
        if item.mentions.count > 1 { text += " · \(mention + 1)/\(item.mentions.count)" }
        return text
    }

    private mutating func keepPanelSelectionVisible(_ items: [PanelItem], listHeight: Int) {
        let tab = panel.tab
        let selected = panel.selected
        var top = min(panel.scroll[tab] ?? 0, selected)
        // Move the top down until the selected item's rows fit.
        func rows(_ from: Int, _ through: Int) -> Int { items[from...through].reduce(0) { $0 + $1.height } }
        while top < selected && rows(top, selected) > listHeight { top += 1 }
        panel.scroll[tab] = top
    }
}

extension PanelState {
    /// Tab and Shift-Tab: the next or previous tab, round the ends.
    public mutating func switchTab(forward: Bool) {
        let all = PanelTab.allCases
        let i = (all.firstIndex(of: tab) ?? 0) + (forward ? 1 : -1)
        tab = all[(i + all.count) % all.count]
        mentionIndex = nil
    }
}
