/// Draws the whole screen for a state: the one place that decides which widgets go where.
public enum ScreenRenderer {
    public static func render(_ state: AppState, theme: Theme) -> Frame {
        var buffer = CellBuffer(size: state.size)
        let area = buffer.area
        guard !area.isEmpty else { return Frame(buffer: buffer) }
        if state.isTooSmall {
            TooSmallNotice(size: state.size, theme: theme).render(into: &buffer, area: area)
            return Frame(buffer: buffer)
        }
        let body = Rect(x: 0, y: 0, width: area.width, height: area.height - 1)
        if let scroll = state.help {
            if state.showingMessages {
                HelpView(
                    scroll: scroll, theme: theme, title: " Messages — q, Esc or W closes", lines: state.messageLines()
                ).render(into: &buffer, area: body)
            } else {
                HelpView(scroll: scroll, theme: theme, lines: state.helpLines()).render(into: &buffer, area: body)
            }
        } else if case .reader(let reader, _) = state.screen {
            let g = state.geometry
            if !g.panelCoversText {
                ArticleView(reader: reader, geometry: g, hiddenKinds: state.hiddenKinds, theme: theme).render(
                    into: &buffer, area: g.textArea)
                OverviewRuler(reader: reader, viewHeight: g.viewHeight, hiddenKinds: state.hiddenKinds, theme: theme)
                    .render(into: &buffer, area: Rect(x: g.rulerColumn, y: 0, width: 1, height: g.body.height))
            }
            if let panel = g.panel {
                SidePanel(reader: reader, theme: theme).render(into: &buffer, area: panel)
            }
        } else if state.screen == .catalog, let catalog = state.catalog {
            CatalogView(catalog: catalog, library: state.library, theme: theme).render(into: &buffer, area: body)
        } else {
            let list = Rect(x: 0, y: 0, width: state.libraryListWidth, height: body.height)
            if let results = state.library.results {
                SearchResultsView(results: results, library: state.library, theme: theme).render(
                    into: &buffer, area: list)
            } else {
                LibraryView(library: state.library, theme: theme).render(into: &buffer, area: list)
            }
            if let panel = state.facetPanelArea {
                FacetPanelView(facets: state.library.facets, theme: theme).render(into: &buffer, area: panel)
            }
        }
        let bar = StatusBar(state: state, theme: theme)
        let statusRow = Rect(x: 0, y: area.height - 1, width: area.width, height: 1)
        bar.render(into: &buffer, area: statusRow)
        let cursor = bar.cursorColumn(width: area.width).map { (x: $0, y: statusRow.y) }
        return Frame(buffer: buffer, cursor: cursor)
    }
}
