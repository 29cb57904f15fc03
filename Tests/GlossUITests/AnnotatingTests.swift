import GlossCore
import Testing

@testable import GlossUI

/// Selecting, marking, writing notes, undo and the Notes tab, driven through `apply`.
@Suite struct AnnotatingTests {
    static func reading() -> AppState { Fixture.readerState(size: Size(width: 100, height: 20)) }
    /// A view shorter than the article, so it scrolls.
    static func short() -> AppState { Fixture.readerState(size: Size(width: 100, height: 8)) }

    static func selected(_ state: AppState) -> String {
        let r = state.reader!
        return r.document.article.text(in: r.selection!.range)
    }

    /// The changes the effects ask to persist.
    static func persisted(_ effects: [Effect]) -> [AnnotationChange] {
        effects.compactMap { if case .persist(let c) = $0 { c } else { nil } }
    }

    @Test func vStartsAtTheFirstWordAndMotionsExtend() {
        var state = Self.reading()
        _ = state.apply(.startSelection)
        #expect(state.keyContext == .select)
        #expect(Self.selected(state) == "M")
        _ = state.apply(.extendSelection(.wordEnd))
        #expect(Self.selected(state) == "Migrants")
        _ = state.apply(.extendSelection(.wordForward))
        #expect(Self.selected(state) == "Migrants detained")
        _ = state.apply(.extendSelection(.wordBackward))
        #expect(Self.selected(state) == "Migrants d")
        _ = state.apply(.extendSelection(.wordBackward))
        #expect(Self.selected(state) == "M")
        _ = state.apply(.extendSelection(.characterForward))
        #expect(Self.selected(state) == "Mi")
        _ = state.apply(.extendSelection(.characterBackward))
        #expect(Self.selected(state) == "M")
        _ = state.apply(.extendSelection(.paragraphForward))
        #expect(Self.selected(state) == "Migrants detained in Chiapas raid")
        _ = state.apply(.cancel)
        #expect(state.reader!.selection == nil)
        #expect(state.keyContext == .reader)
        // q while selecting cancels the selection and stays in the article.
        _ = state.apply(.startSelection)
        _ = state.apply(.quit)
        #expect(state.reader!.selection == nil)
        #expect(state.reader != nil)
    }

    @Test func sentenceAndParagraphSelection() {
        var state = Self.short()
        _ = state.apply(.startSelection)
        _ = state.apply(.extendSelection(.paragraphForward))
        _ = state.apply(.cancel)
        _ = state.apply(.scroll(2))
        _ = state.apply(.startSelection)
        #expect(Self.selected(state) == "M")
        _ = state.apply(.selectSentence)
        #expect(
            Self.selected(state)
                == "Mexican federal police arrested over 370 migrants in Pijijiapan, Chiapas, on Monday.")
        _ = state.apply(.extendSelection(.sentenceForward))
        #expect(Self.selected(state).hasSuffix("told reporters."))
        _ = state.apply(.selectParagraph)
        #expect(Self.selected(state).hasPrefix("Mexican federal police"))
        #expect(Self.selected(state).hasSuffix("told reporters."))
    }

    @Test func lineMotionsKeepTheColumn() {
        var state = Fixture.readerState(size: Size(width: 60, height: 8), measure: 40)
        _ = state.apply(.scroll(2))
        _ = state.apply(.startSelection)
        let first = state.reader!.selection!.caret
        _ = state.apply(.extendSelection(.lineDown))
        let r = state.reader!
        let lineA = r.layout.lineIndex(for: first), lineB = r.layout.lineIndex(for: r.selection!.caret)
        #expect(lineB == lineA + 1)
        #expect(r.layout.lines[lineB].column(ofOffset: r.selection!.caret, r.document.article.scalars) == 0)
        _ = state.apply(.extendSelection(.lineUp))
        #expect(state.reader!.selection!.caret == first)
    }

    @Test func markCreatesAHighlightAndPersistsIt() {
        var state = Self.reading()
        _ = state.apply(.startSelection)
        _ = state.apply(.extendSelection(.wordEnd))
        let effects = state.apply(.mark)
        let changes = Self.persisted(effects)
        #expect(changes.count == 1)
        let a = changes[0].after!
        #expect(a.quote.exact == "Migrants")
        #expect(a.kind == .highlight)
        #expect(a.color == "yellow")
        #expect(state.reader!.selection == nil)
        #expect(state.reader!.anchored.count == 1)
        let cycled = Self.persisted(state.apply(.cycleColor))
        #expect(cycled.first?.after?.color == "green")
        #expect(state.reader!.annotations[a.id]?.color == "green")
    }

    @Test func aMergedSaveReplacesTheHeldCopyAndSaysSo() {
        var state = Self.reading()
        _ = state.apply(.startSelection)
        _ = state.apply(.extendSelection(.wordEnd))
        let a = Self.persisted(state.apply(.mark))[0].after!
        var merged = a
        merged.note = "written in another window"
        merged.tags = ["elsewhere"]
        _ = state.apply(.merged(merged))
        #expect(state.reader!.annotations[a.id]?.note == "written in another window")
        #expect(state.knownTags.contains("elsewhere"))
        #expect(state.message?.text.contains("merged") == true)
        // A merge for another article changes nothing.
        var other = merged
        other.articleID = "some/other-article"
        other.note = "x"
        _ = state.apply(.merged(other))
        #expect(state.reader!.annotations[a.id]?.note == "written in another window")
    }

    @Test func countsBringTheLibrarysTagsForCompletion() {
        var state = Self.reading()
        let id = state.library.entries[0].id
        _ = state.apply(.counted(id: id, counts: ArticleCounts(notes: 2, tags: ["fact-check", "budget"])))
        #expect(state.knownTags.isSuperset(of: ["fact-check", "budget"]))
        #expect(state.library.entries[0].counts?.notes == 2)
    }

    @Test func noteThenTagsWithCompletion() {
        var state = Self.reading()
        state.knownTags = ["checked", "check-later", "people"]
        _ = state.apply(.startSelection)
        _ = state.apply(.extendSelection(.wordEnd))
        _ = state.apply(.annotate)
        #expect(state.prompt?.kind == .note)
        for ch in "Détenus à Chiapas 移民" { _ = state.apply(.insert(String(ch))) }
        _ = state.apply(.activate)
        #expect(state.prompt?.kind == .tags)
        for ch in "peo" { _ = state.apply(.insert(String(ch))) }
        _ = state.apply(.complete)
        #expect(state.prompt?.text == "people, ")
        for ch in "che" { _ = state.apply(.insert(String(ch))) }
        _ = state.apply(.complete)
        #expect(state.prompt?.text == "people, check")
        let effects = state.apply(.activate)
        let a = Self.persisted(effects).first?.after
        #expect(a?.note == "Détenus à Chiapas 移民")
        #expect(a?.tags == ["people", "check"])
        #expect(a?.kind == .note)
        #expect(state.prompt == nil)
        #expect(state.knownTags.contains("check"))
    }

    @Test func aBadTagKeepsThePromptAndItsText() {
        var state = Self.reading()
        _ = state.apply(.startSelection)
        _ = state.apply(.annotate)
        _ = state.apply(.activate)
        let long = String(repeating: "x", count: 70)
        _ = state.apply(.insert("ok, " + long))
        let effects = state.apply(.activate)
        #expect(effects.isEmpty)
        #expect(state.prompt?.kind == .tags)
        #expect(state.prompt?.text == "ok, " + long)
        #expect(state.message?.isError == true)
    }

    @Test func cancelledNoteIsOfferedAgain() {
        var state = Self.reading()
        _ = state.apply(.startSelection)
        _ = state.apply(.annotate)
        _ = state.apply(.insert("half a thought"))
        _ = state.apply(.cancel)
        #expect(state.prompt == nil)
        _ = state.apply(.annotate)
        #expect(state.prompt?.text == "half a thought")
    }

    @Test func resizeKeepsThePromptAndDraft() {
        var state = Self.reading()
        _ = state.apply(.startSelection)
        _ = state.apply(.annotate)
        _ = state.apply(.insert("résumé"))
        _ = state.apply(.cursorLeft)
        _ = state.apply(.resize(Size(width: 70, height: 14)))
        _ = state.apply(.scroll(3))
        #expect(state.prompt?.text == "résumé")
        #expect(state.prompt?.cursor == 5)
        #expect(state.draft?.note == "résumé")
    }

    @Test func undoRedoAndJumping() throws {
        var state = Self.short()
        _ = state.apply(.startSelection)
        _ = state.apply(.extendSelection(.wordEnd))
        _ = state.apply(.mark)
        _ = state.apply(.scroll(2))
        _ = state.apply(.startSelection)
        _ = state.apply(.selectSentence)
        _ = state.apply(.mark)
        #expect(state.reader!.anchored.count == 2)
        _ = state.apply(.top)
        state.withReader { $0.current = nil }
        _ = state.apply(.nextAnnotation)
        let first = try #require(state.reader!.current)
        #expect(state.reader!.annotations[first]?.quote.exact == "Migrants")
        #expect(state.message?.text.hasPrefix("1/2") == true)
        _ = state.apply(.nextAnnotation)
        #expect(state.message?.text.hasPrefix("2/2") == true)
        _ = state.apply(.nextAnnotation)
        #expect(state.message?.text.contains("wrapped") == true)

        let undo = Self.persisted(state.apply(.undo))
        #expect(undo.count == 1 && undo[0].after == nil)
        #expect(state.message?.text == "Undid create")
        #expect(state.reader!.anchored.count == 1)
        let redo = Self.persisted(state.apply(.redo))
        #expect(redo.count == 1 && redo[0].before == nil)
        #expect(state.reader!.anchored.count == 2)
        _ = state.apply(.redo)
        #expect(state.message?.text == "Nothing to redo")
    }

    @Test func notesTabEditsAndDeletesAfterConfirmation() {
        var state = Self.reading()
        _ = state.apply(.startSelection)
        _ = state.apply(.extendSelection(.wordEnd))
        _ = state.apply(.annotate)
        _ = state.apply(.insert("first"))
        _ = state.apply(.activate)
        _ = state.apply(.insert("a"))
        _ = state.apply(.activate)
        _ = state.apply(.togglePanel)
        _ = state.apply(.previousTab)
        #expect(state.reader!.panel.tab == .notes)
        #expect(state.panelItems.count == 1)
        #expect(state.panelItems[0].subtitle == "first #a")
        _ = state.apply(.editAnnotation)
        #expect(state.prompt?.text == "first")
        _ = state.apply(.clearPrompt)
        _ = state.apply(.insert("second"))
        _ = state.apply(.activate)
        #expect(state.prompt?.text == "a")
        let edit = Self.persisted(state.apply(.activate))
        #expect(edit.first?.before?.note == "first" && edit.first?.after?.note == "second")
        _ = state.apply(.deleteAnnotation)
        guard case .confirmDelete = state.prompt?.kind else {
            Issue.record("no confirmation")
            return
        }
        _ = state.apply(.insert("n"))
        #expect(state.reader!.anchored.count == 1)
        _ = state.apply(.deleteAnnotation)
        let deleted = Self.persisted(state.apply(.insert("y")))
        #expect(deleted.first?.after == nil)
        #expect(state.panelItems.isEmpty)
        _ = state.apply(.undo)
        #expect(state.reader!.annotations.annotations.first?.note == "second")
    }

    @Test func quoteTaggingRecordsTheSpeaker() {
        var state = Self.reading()
        _ = state.apply(.next(.quote))
        _ = state.apply(.next(.quote))
        _ = state.apply(.tagQuote)
        #expect(state.prompt?.kind == .tags)
        _ = state.apply(.insert("dignity"))
        let a = Self.persisted(state.apply(.activate)).first?.after
        #expect(a?.kind == .quote)
        #expect(a?.attribution?.entity == "María López")
        #expect(a?.quote.exact == "“We are not animals,”")
        #expect(a?.tags == ["dignity"])
    }

    @Test func wordMotionsSelectWholeWords() {
        var state = Self.reading()
        _ = state.apply(.startSelection)
        _ = state.apply(.extendSelection(.wordForward))
        _ = state.apply(.extendSelection(.wordForward))
        #expect(Self.selected(state) == "Migrants detained")
    }

    @Test func vStartsAtTheFocusedHighlightOrTheSearchMatch() {
        var state = Self.reading()
        _ = state.apply(.next(.person))
        let focus = state.reader!.focus!.range
        _ = state.apply(.startSelection)
        #expect(state.reader!.selection?.anchor == focus.start)
        _ = state.apply(.cancel)
        _ = state.apply(.cancel)
        #expect(state.reader!.focus == nil)
        _ = state.apply(.search)
        _ = state.apply(.insert("Honduras"))
        _ = state.apply(.activate)
        let match = state.reader!.search!.matches[state.reader!.search!.current!]
        _ = state.apply(.startSelection)
        #expect(state.reader!.selection?.anchor == match.start)
        _ = state.apply(.extendSelection(.wordEnd))
        #expect(Self.selected(state) == "Honduras")
    }

    @Test func capitalVWithoutASelectionSelectsTheSentence() {
        var state = Self.reading()
        _ = state.apply(.next(.quote))
        _ = state.apply(.selectSentence)
        #expect(state.keyContext == .select)
        #expect(Self.selected(state).hasPrefix("“They waited until we were resting,”"))
    }

    /// The reader with one annotation whose passage is no longer in the text.
    static func withOrphan() throws -> AppState {
        var state = Self.reading()
        let article = state.reader!.document.article
        let other = Article(
            id: article.id, title: "x", text: "Nothing of this remains in the article at all.", blocks: [])
        let orphan = try Annotation(article: other, range: TextRange(0, 7), note: "lost")
        _ = state.apply(
            .annotationsLoaded(ArticleAnnotations(articleID: article.id, annotations: [orphan]), warning: nil))
        return state
    }

    @Test func reattachNeedsAChosenPassage() throws {
        var state = try Self.withOrphan()
        _ = state.apply(.togglePanel)
        _ = state.apply(.previousTab)
        #expect(state.reader!.panel.tab == .notes)
        _ = state.apply(.startSelection)
        #expect(state.apply(.reattach).isEmpty)
        #expect(state.message?.isError == true)
        #expect(state.reader!.anchored.first?.status == .orphaned)
    }

    @Test func aBadTagKeepsThePromptAndShowsWhy() {
        var state = Self.reading()
        _ = state.apply(.startSelection)
        _ = state.apply(.extendSelection(.wordEnd))
        _ = state.apply(.annotate)
        _ = state.apply(.activate)
        _ = state.apply(.insert(String(repeating: "x", count: 70)))
        _ = state.apply(.activate)
        #expect(state.prompt?.kind == .tags)
        #expect(state.message?.isError == true)
        var buffer = CellBuffer(width: 80, height: 1)
        StatusBar(state: state, theme: Theme(depth: .monochrome)).render(
            into: &buffer, area: Rect(x: 0, y: 0, width: 80, height: 1))
        let line = buffer.textLines()[0]
        #expect(line.contains("is longer than"), "\(line)")
    }

    @Test func exportDialogSuggestsAPath() {
        var state = Self.reading()
        _ = state.apply(.export)
        #expect(state.prompt?.kind == .exportFormat(all: false))
        #expect(state.prompt?.text == "markdown")
        _ = state.apply(.clearPrompt)
        _ = state.apply(.insert("pdf"))
        _ = state.apply(.activate)
        #expect(state.prompt?.kind == .exportFormat(all: false))
        #expect(state.message?.isError == true)
        _ = state.apply(.clearPrompt)
        _ = state.apply(.insert("md"))
        _ = state.apply(.activate)
        #expect(state.prompt?.text == "raid-notes.md")
        #expect(state.prompt?.kind == .exportPath(.markdown, all: false))
        let effects = state.apply(.activate)
        #expect(effects == [.export(format: .markdown, path: "raid-notes.md", articleID: "sample/raid")])
        _ = state.apply(.done("Exported 0 annotations (markdown) to /tmp/x.md"))
        #expect(state.message?.text.contains("/tmp/x.md") == true)
    }

    @Test func exportAndCommandWorkInTheLibraryAndSuggestTheExportFolder() {
        var state = Self.reading()
        _ = state.apply(.quit)
        #expect(state.screen == .library)
        state.exportFolder = "/data/gloss/exports"
        _ = state.apply(.exportAll)
        #expect(state.prompt?.kind == .exportFormat(all: true))
        _ = state.apply(.activate)
        #expect(state.prompt?.text == "/data/gloss/exports/annotations.md")
        let effects = state.apply(.activate)
        #expect(effects == [.export(format: .markdown, path: "/data/gloss/exports/annotations.md", articleID: nil)])
        _ = state.apply(.command)
        #expect(state.prompt?.kind == .command)
        _ = state.apply(.insert("export"))
        _ = state.apply(.activate)
        #expect(state.prompt?.kind == .exportFormat(all: true))
        // Keys typed next are the prompt's, not the library's.
        _ = state.apply(.insert("j"))
        #expect(state.prompt?.text == "markdownj")
    }

    @Test func orphanIsReattachedToANewSelection() throws {
        var state = try Self.withOrphan()
        #expect(state.reader!.anchored.first?.status == .orphaned)
        _ = state.apply(.togglePanel)
        _ = state.apply(.previousTab)
        #expect(state.panelItems.first?.badge == "orphaned")
        _ = state.apply(.activate)
        #expect(state.message?.text.contains("re-attach") == true)
        _ = state.apply(.startSelection)
        _ = state.apply(.extendSelection(.wordEnd))
        let changes = Self.persisted(state.apply(.reattach))
        #expect(changes.first?.after?.quote.exact == "Migrants")
        #expect(state.reader!.anchored.first?.status == .exact)
        #expect(state.reader!.anchored.first?.annotation.note == "lost")
    }

    @Test func mouseClickDragAndDoubleClick() {
        var state = Self.reading()
        let g = state.geometry
        let row = 2  // "Mexican federal police…"
        _ = state.apply(.pointer(.press, x: g.textX, y: row))
        #expect(Self.selected(state) == "M")
        _ = state.apply(.pointer(.drag, x: g.textX + 6, y: row))
        _ = state.apply(.pointer(.release, x: g.textX + 6, y: row))
        #expect(Self.selected(state) == "Mexican")
        _ = state.apply(.cancel)
        _ = state.apply(.pointer(.doubleClick, x: g.textX + 10, y: row))
        #expect(Self.selected(state) == "federal")
    }

    @Test func editorResultFillsTheNotePrompt() {
        var state = Self.reading()
        _ = state.apply(.startSelection)
        _ = state.apply(.annotate)
        _ = state.apply(.insert("short"))
        #expect(state.apply(.openEditor) == [.editText("short")])
        _ = state.apply(.edited("a long\nnote\n"))
        #expect(state.prompt?.text == "a long\nnote")
        #expect(state.draft?.note == "a long\nnote")
    }
}
