import GlossCore

extension AppState {
    /// The items of the panel's current tab.
    public var panelItems: [PanelItem] { reader?.panelItems ?? [] }

    /// Handles keys meant for the panel; nil when the action is the reader's.
    mutating func applyPanel(_ action: Action) -> [Effect]? {
        let h = panelListHeight
        let view = geometry.viewHeight
        // The mouse wheel scrolls the text even with the panel open.
        if !isScroll(action), let rows = action.movement(page: h) {
            withReader { $0.movePanelSelection(by: rows, listHeight: h, viewHeight: view) }
            return []
        }
        switch action {
        case .nextTab, .previousTab:
            withReader { $0.panel.switchTab(forward: action == .nextTab) }
        case .activate:
            if let m = withReader({ $0.jumpToNextMention(viewHeight: view) }) ?? nil { message = m }
        case .editAnnotation: editSelectedAnnotation()
        case .deleteAnnotation: askToDeleteSelected()
        case .cancel:
            withReader { $0.panel.isOpen = false }
            relayout()
        default: return nil
        }
        return []
    }

    private func isScroll(_ action: Action) -> Bool {
        if case .scroll = action { return true }
        return false
    }
}
