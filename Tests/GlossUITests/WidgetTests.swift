import GlossCore
import Testing

@testable import GlossUI

/// A short article of its own for the widget tests: a title and one paragraph with a quote,
/// its speaker (a person), a place named twice and a figure.
enum WidgetFixture {
    static let text = """
        Harbour lamps relit at Quillby

        Volunteers at Quillby quay replaced 14 lanterns on Friday. \
        “The harbour feels awake again,” said Tamsin Orrick, who keeps the lamp ledger.

        """

    static func range(_ needle: String, _ occurrence: Int = 0) -> TextRange {
        let hay = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        var found = 0
        for i in 0...(hay.count - n.count) where Array(hay[i..<i + n.count]) == n {
            if found == occurrence { return TextRange(i, i + n.count) }
            found += 1
        }
        fatalError("\(needle) #\(occurrence) not in the widget fixture")
    }

    static func document() -> ReaderDocument {
        let doc = PlainTextFormat.parse(text)
        let article = Article(id: "widgets/lamps", title: doc.title, text: doc.text, blocks: doc.blocks)
        let tamsin = Entity(id: 0, kind: .person, canonicalName: "Tamsin Orrick", mentions: [range("Tamsin Orrick")])
        let quillby = Entity(
            id: 1, kind: .place, canonicalName: "Quillby", mentions: [range("Quillby"), range("Quillby", 1)])
        let quote = Quote(
            segments: [range("“The harbour feels awake again,”")], kind: .speech,
            speaker: Speaker(name: "Tamsin Orrick", mention: range("Tamsin Orrick"), entityID: 0))
        let figure = Figure(range: range("14 lanterns"), value: 14, unit: "lanterns")
        return ReaderDocument(
            article: article, analysis: Analysis(quotes: [quote], entities: [tamsin, quillby], figures: [figure]))
    }
}

/// The styles of the cells where `text` is drawn: its first occurrence on a row, or on
/// `row` when given (the fixture's text is one column a character).
func styles(of text: String, in buffer: CellBuffer, row: Int? = nil) -> [CellStyle] {
    for (y, line) in buffer.textLines().enumerated() where row == nil || row == y {
        guard let found = line.range(of: text) else { continue }
        let x = line.distance(from: line.startIndex, to: found.lowerBound)
        return (x..<x + text.count).map { buffer[$0, y].style }
    }
    Issue.record("“\(text)” is not drawn:\n\(buffer.textLines().joined(separator: "\n"))")
    return []
}

/// `ArticleView` alone: the rows of the layout from the top line, each highlight's style
/// laid over the text, then matches, the focus and the selection over those.
@Suite struct ArticleViewTests {
    let theme = Theme(depth: .color256)
    let geometry = ReaderGeometry(size: Size(width: 40, height: 9), measure: 30, panelOpen: false)

    func render(_ reader: ReaderState, hidden: Set<HighlightKind> = [], height: Int = 8) -> CellBuffer {
        var buffer = CellBuffer(width: 40, height: 8)
        var area = geometry.textArea
        area.height = height
        ArticleView(reader: reader, geometry: geometry, hiddenKinds: hidden, theme: theme).render(
            into: &buffer, area: area)
        return buffer
    }

    var reader: ReaderState { ReaderState(document: WidgetFixture.document(), measure: geometry.measure) }

    @Test func drawsTheWrappedTextCentredWithEachKindsStyle() {
        let buffer = render(reader)
        #expect(
            buffer.textLines()
                == CellBuffer(
                    lines: [
                        "    Harbour lamps relit at Quillby",
                        "",
                        "    Volunteers at Quillby quay",
                        "    replaced 14 lanterns on",
                        "    Friday. “The harbour feels",
                        "    awake again,” said Tamsin",
                        "    Orrick, who keeps the lamp",
                        "    ledger.",
                    ], width: 40
                ).textLines())
        let text = theme.style(.text)
        #expect(styles(of: "Harbour lamps relit at ", in: buffer).allSatisfy { $0 == theme.style(.title) })
        // A place named in the title: the title's look with the place's over it.
        #expect(
            styles(of: "Quillby", in: buffer, row: 0).allSatisfy {
                $0 == theme.style(.title).merged(with: theme.style(Role.place))
            })
        #expect(
            styles(of: "Quillby", in: buffer, row: 2).allSatisfy { $0 == text.merged(with: theme.style(Role.place)) })
        #expect(styles(of: "14 lanterns", in: buffer).allSatisfy { $0 == text.merged(with: theme.style(Role.figure)) })
        let quote = text.merged(with: theme.style(Role.quote))
        #expect(
            (styles(of: "“The harbour feels", in: buffer) + styles(of: "awake again,”", in: buffer)).allSatisfy {
                $0 == quote
            })
        #expect(styles(of: " said ", in: buffer).allSatisfy { $0 == text })
        #expect(styles(of: "ledger.", in: buffer).allSatisfy { $0 == text })
        // Nothing is drawn right of the text column or in the ruler's column.
        #expect((0..<8).allSatisfy { buffer[39, $0] == .blank && buffer[35, $0] == .blank })
    }

    @Test func hiddenKindsAreDrawnAsText() {
        let text = theme.style(.text)
        // The speaker's look lies over the person's; without it the person's shows.
        var buffer = render(reader, hidden: [.speaker])
        #expect(styles(of: "Tamsin", in: buffer).allSatisfy { $0 == text.merged(with: theme.style(Role.person)) })
        buffer = render(reader, hidden: Set(HighlightKind.allCases))
        for row in 2..<8 { #expect(buffer.styleRuns(row: row).allSatisfy { $0.style == text }, "row \(row)") }
        #expect(styles(of: "Quillby", in: buffer, row: 0).allSatisfy { $0 == theme.style(.title) })
    }

    @Test func onlyTheRowsFromTheTopLineWithinTheAreaAreDrawn() {
        var r = reader
        r.topLine = 3
        let buffer = render(r, height: 3)
        #expect(
            buffer.textLines() == [
                "    replaced 14 lanterns on", "    Friday. “The harbour feels", "    awake again,” said Tamsin", "",
                "", "", "", "",
            ])
    }

    @Test func matchesTheFocusAndTheSelectionLieOverTheHighlights() {
        var r = reader
        r.search = SearchState(
            query: "lamp", matches: [WidgetFixture.range("lamp"), WidgetFixture.range("lamp", 1)], current: 1,
            originTopLine: 0)
        r.focus = Focus(range: WidgetFixture.range("14 lanterns"), kind: .figure, detail: "")
        let start = WidgetFixture.range("Volunteers").start
        r.selection = Selection(anchor: start, caret: start + 3)
        let buffer = render(r)
        let text = theme.style(.text)
        #expect(
            styles(of: "lamp", in: buffer, row: 0).allSatisfy {
                $0 == theme.style(.title).merged(with: theme.style(.match))
            })
        #expect(
            styles(of: "lamp", in: buffer, row: 6).allSatisfy { $0 == text.merged(with: theme.style(.currentMatch)) })
        #expect(
            styles(of: "14 lanterns", in: buffer).allSatisfy {
                $0 == text.merged(with: theme.style(Role.figure)).merged(with: theme.style(.focus))
            })
        // The selection covers anchor to caret; the caret's cell has a look of its own.
        #expect(
            styles(of: "Volun", in: buffer)
                == [theme.selectionStyle, theme.selectionStyle, theme.selectionStyle, theme.caretStyle, text].map {
                    text.merged(with: $0)
                })
    }
}

/// `StatusBar` alone on one row of a canvas: it covers its row and nothing else.
@Suite struct StatusBarTests {
    let theme = Theme(depth: .color256)

    func reading(width: Int = 100) -> AppState {
        let document = WidgetFixture.document()
        var state = AppState(
            size: Size(width: width, height: 10),
            library: LibraryState(entries: [LibraryEntry(document.article)], location: "harbour"), stamps: .fixed())
        _ = state.apply(.opened(document))
        return state
    }

    func render(_ state: AppState) -> CellBuffer {
        let width = state.size.width
        var buffer = CellBuffer(lines: [String(repeating: "~", count: width), String(repeating: "~", count: width)])
        StatusBar(state: state, theme: theme).render(into: &buffer, area: Rect(x: 0, y: 1, width: width, height: 1))
        #expect(buffer.textLines()[0] == String(repeating: "~", count: width), "the row above is left alone")
        return buffer
    }

    @Test func readingItShowsTheModeTitleLegendAndPosition() {
        let buffer = render(reading())
        let row = buffer.textLines()[1]
        #expect(row.hasPrefix(" READ  Harbour lamps relit at Quillby  "))
        #expect(row.hasSuffix(" 1quote 2speaker 3person 4place 5figure  100%"))
        let status = theme.style(.status)
        #expect(styles(of: " READ ", in: buffer).allSatisfy { $0 == theme.style(.statusAccent) })
        #expect(styles(of: "Harbour", in: buffer, row: 1).allSatisfy { $0 == status })
        #expect(styles(of: " 100%", in: buffer).allSatisfy { $0 == theme.style(.statusAccent) })
        #expect(styles(of: "quote", in: buffer).allSatisfy { $0 == status.merged(with: theme.style(Role.quote)) })
        #expect(styles(of: "2", in: buffer, row: 1).allSatisfy { $0 == status.merged(with: theme.style(.legendOff)) })
        // The bar's style reaches the last column: nothing of the canvas shows through.
        #expect(buffer.styleRuns(row: 1).allSatisfy { $0.style != .plain })
    }

    @Test func aHiddenKindIsOffInTheLegendAndANarrowBarHasNoLegend() {
        var state = reading()
        state.hiddenKinds = [.figure]
        var buffer = render(state)
        #expect(
            styles(of: "figure", in: buffer).allSatisfy {
                $0 == theme.style(.status).merged(with: theme.style(.legendOff))
            })
        #expect(
            styles(of: "place", in: buffer).allSatisfy {
                $0 == theme.style(.status).merged(with: theme.style(Role.place))
            })
        buffer = render(reading(width: 60))
        let row = buffer.textLines()[1]
        #expect(
            row.hasPrefix(" READ  Harbour lamps relit at Quillby") && row.hasSuffix(" 100%") && !row.contains("quote"))
    }

    @Test func anErrorIsSaidInTheErrorStyle() {
        var state = reading()
        state.message = StatusMessage("Nothing to undo", isError: true)
        let buffer = render(state)
        #expect(buffer.textLines()[1].contains(" · Nothing to undo"))
        #expect(styles(of: "Nothing to undo", in: buffer).allSatisfy { $0 == theme.style(.error) })
    }

    @Test func aPromptTakesTheRowWithItsInfoAndCursor() {
        var state = reading()
        _ = state.apply(.search)
        for c in "lamp" { _ = state.apply(.insert(String(c))) }
        let buffer = render(state)
        let row = buffer.textLines()[1]
        #expect(row.hasPrefix("/lamp ") && row.hasSuffix(" 1/2"))
        #expect(styles(of: "/", in: buffer, row: 1) == [theme.style(.prompt)])
        #expect(styles(of: "lamp", in: buffer, row: 1).allSatisfy { $0 == .plain })
        #expect(styles(of: "1/2", in: buffer).allSatisfy { $0 == theme.style(.dim) })
        #expect(StatusBar(state: state, theme: theme).cursorColumn(width: 100) == 5)
    }
}

/// `SidePanel` alone in a rectangle of a canvas: it clears that rectangle and only that.
@Suite struct SidePanelTests {
    let theme = Theme(depth: .color256)
    static let canvas = Array(repeating: String(repeating: ".", count: 50), count: 6)

    func render(tab: PanelTab = .people, hasFocus: Bool = true, area: Rect = Rect(x: 10, y: 1, width: 40, height: 4))
        -> CellBuffer
    {
        var reader = ReaderState(document: WidgetFixture.document(), measure: 30)
        reader.panel.isOpen = true
        reader.panel.tab = tab
        var buffer = CellBuffer(lines: Self.canvas)
        SidePanel(reader: reader, theme: theme, hasFocus: hasFocus).render(into: &buffer, area: area)
        let lines = buffer.textLines()
        for y in 0..<6 {
            let outside = y < area.y || y >= area.maxY ? lines[y] : String(lines[y].prefix(area.x))
            #expect(
                outside.allSatisfy { $0 == "." } && outside.count == (y < area.y || y >= area.maxY ? 50 : area.x),
                "row \(y) outside the panel")
        }
        return buffer
    }

    @Test func drawsTheTabsTheHintAndTheListWithTheSelection() {
        let buffer = render()
        // Beside the text a column of air; the current tab in full, the others short.
        #expect(
            Array(buffer.textLines()[1...4]) == [
                "..........  People 1  Plc 1 Fig 1 Quo 1 Not 0",
                "..........  Enter: next mention · h/l: tab",
                "..........  Tamsin Orrick                       1",
                "..........",
            ])
        #expect(styles(of: " People 1 ", in: buffer).allSatisfy { $0 == theme.style(.tabActive) })
        #expect(styles(of: "Plc 1", in: buffer).allSatisfy { $0 == theme.style(.tabInactive) })
        #expect(styles(of: "Enter: next mention", in: buffer).allSatisfy { $0 == theme.style(.dim) })
        // The selected row is one band across the panel, its badge dimmed within it.
        let band = theme.style(.selection)
        #expect(
            (11..<50).allSatisfy { buffer[$0, 3].style == ($0 == 48 ? band.merged(with: theme.style(.dim)) : band) })
        #expect((10..<50).allSatisfy { buffer[$0, 4] == .blank })
    }

    @Test func theNotesTabSaysHowToWriteOne() {
        let buffer = render(tab: .notes)
        #expect(buffer.textLines()[1].hasSuffix("Ppl 1 Plc 1 Fig 1 Quo 1  Notes 0"))
        #expect(buffer.textLines()[2] == "..........  No notes yet: v selects, a writes one")
        #expect(buffer.textLines()[3] == "..........")
    }

    @Test func withoutTheFocusTheSelectionIsDimAndCoveringTheTextThereIsNoMargin() {
        var buffer = render(hasFocus: false)
        #expect(styles(of: "Tamsin Orrick", in: buffer).allSatisfy { $0 == theme.style(.dim) })
        buffer = render(area: Rect(x: 0, y: 1, width: 40, height: 4))
        #expect(buffer.textLines()[1].hasPrefix(" People 1  Plc 1"))
        #expect(buffer.textLines()[3].hasPrefix(" Tamsin Orrick"))
    }
}
