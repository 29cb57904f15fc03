import Foundation
import GlossCore
import Testing

@Suite("Annotation history")
struct AnnotationHistoryTests {
    typealias F = AnnotationFixtures

    @Test func createEditDeleteUndoRedo() throws {
        let article = F.article(F.base)
        var set = ArticleAnnotations(articleID: article.id)
        let created = try set.create(
            range: F.range(of: F.passage, in: F.base), in: article, note: "first", tags: ["a"], now: F.day)
        #expect(created.before == nil)
        let id = created.annotationID
        let change = try set.edit(
            id, AnnotationEdit(note: "second", addTags: ["b"], removeTags: ["a"]), now: F.day.addingTimeInterval(5))
        let edited = try #require(change)
        #expect(edited.before?.note == "first")
        #expect(set[id]?.note == "second")
        #expect(set[id]?.tags == ["b"])
        #expect(set[id]?.modified == F.day.addingTimeInterval(5))
        let deleted = try set.delete(id)
        #expect(deleted.after == nil)
        #expect(set.count == 0)

        // Undo walks back; each step says what the store must do.
        let undoDelete = try #require(set.undo() as AnnotationChange?)
        #expect(undoDelete.after?.note == "second")
        #expect(set[id]?.note == "second")
        let undoEdit = try #require(set.undo() as AnnotationChange?)
        #expect(undoEdit.after?.note == "first")
        #expect(set[id]?.tags == ["a"])
        let undoCreate = try #require(set.undo() as AnnotationChange?)
        #expect(undoCreate.after == nil)
        #expect(set.count == 0)
        #expect(set.undo() == nil)

        // Redo walks forward again.
        #expect(set.redo()?.after?.note == "first")
        #expect(set.redo()?.after?.note == "second")
        #expect(set.redo()?.after == nil)
        #expect(set.count == 0)
        #expect(set.redo() == nil)
    }

    @Test func aNewChangeClearsRedo() throws {
        let article = F.article(F.base)
        var set = ArticleAnnotations(articleID: article.id)
        try set.create(range: TextRange(0, 5), in: article, now: F.day)
        _ = set.undo()
        #expect(set.canRedo)
        try set.create(range: TextRange(6, 10), in: article, now: F.day)
        #expect(!set.canRedo)
        #expect(set.count == 1)
    }

    @Test func editThatChangesNothingIsNoStep() throws {
        let article = F.article(F.base)
        var set = ArticleAnnotations(articleID: article.id)
        let id = try set.create(range: TextRange(0, 5), in: article, note: "n", now: F.day).annotationID
        #expect(try set.edit(id, AnnotationEdit(note: "n")) == nil)
        #expect(set.undoStack.count == 1)
    }

    @Test func refusesBadInput() throws {
        let article = F.article(F.base)
        var set = ArticleAnnotations(articleID: article.id)
        #expect(throws: AnnotationError.emptySelection) { try set.create(range: TextRange(3, 3), in: article) }
        #expect(throws: AnnotationError.self) { try set.create(range: TextRange(0, 10_000), in: article) }
        #expect(throws: AnnotationError.self) { try set.create(range: TextRange(0, 4), in: article, tags: ["  "]) }
        #expect(throws: AnnotationError.self) {
            try set.create(range: TextRange(0, 4), in: article, tags: ["bad\u{07}tag"])
        }
        #expect(throws: AnnotationError.unknownAnnotation(id: F.uuid(9).uuidString.lowercased())) {
            try set.delete(F.uuid(9))
        }
        #expect(set.count == 0)
        #expect(!set.canUndo)
    }

    @Test func tagsAreNormalised() throws {
        #expect(try Annotation.normalizedTag("  follow \n up ") == "follow up")
        #expect(throws: AnnotationError.self) { try Annotation.normalizedTag(String(repeating: "x", count: 65)) }
    }

    @Test func anchoredListIsInTextOrderWithOrphansLast() throws {
        let article = F.article(F.base)
        var set = ArticleAnnotations(articleID: article.id)
        try set.create(range: F.range(of: "Residents", in: F.base), in: article, now: F.day)
        try set.create(range: F.range(of: "Alpha", in: F.base), in: article, now: F.day)
        let gone = try set.create(range: F.range(of: "minister", in: F.base), in: article, now: F.day).annotationID
        let edited = F.article(F.base.replacingOccurrences(of: "The minister said ", with: ""))
        let list = set.anchored(in: edited)
        #expect(list.map { $0.annotation.quote.exact } == ["Alpha", "Residents", "minister"])
        #expect(list.last?.id == gone)
        #expect(list.map(\.status) == [.exact, .moved, .orphaned])
        #expect(set.annotations(overlapping: TextRange(0, 3), in: edited).count == 1)
    }
}

@Suite("Quote locator")
struct AnnotationQuoteLocatorTests {
    typealias F = AnnotationFixtures

    @Test func findsUniqueAmbiguousAndMissingQuotes() throws {
        let article = F.article("He said no. She said no.\nThe  vote\nwas close.")
        #expect(try QuoteLocator.locate("He said", in: article) == TextRange(0, 7))
        #expect(throws: AnnotationError.ambiguousQuote(quote: "said no", articleID: "local/water", offsets: [3, 16])) {
            try QuoteLocator.locate("said no", in: article)
        }
        #expect(try QuoteLocator.locate("said no", in: article, occurrence: 2) == TextRange(16, 23))
        #expect(throws: AnnotationError.occurrenceOutOfRange(quote: "said no", occurrence: 3, count: 2)) {
            try QuoteLocator.locate("said no", in: article, occurrence: 3)
        }
        #expect(throws: AnnotationError.quoteNotFound(quote: "maybe", articleID: "local/water")) {
            try QuoteLocator.locate("maybe", in: article)
        }
        // White space typed as one space matches a line break and a double space.
        let loose = try QuoteLocator.locate("The vote was close", in: article)
        #expect(article.text(in: loose) == "The  vote\nwas close")
    }
}

@Suite("Quote attribution")
struct AnnotationAttributionTests {
    @Test func takesTheSpeakerWordsAndEntityFromTheAnalysis() {
        let text = "“Prices will rise,” she said. Mayor Ana Ruiz spoke first."
        let article = AnnotationFixtures.article(text)
        let she = AnnotationFixtures.range(of: "she", in: text)
        let quote = Quote(
            segments: [TextRange(0, 19)], kind: .speech, speaker: Speaker(name: "Ana Ruiz", mention: she, entityID: 0))
        let analysis = Analysis(
            quotes: [quote],
            entities: [Entity(id: 0, kind: .person, canonicalName: "Ana Ruiz", mentions: [TextRange(36, 44)])])
        #expect(
            QuoteAttribution(passage: TextRange(1, 17), in: article, analysis: analysis)
                == QuoteAttribution(speaker: "she", entity: "Ana Ruiz"))
        #expect(QuoteAttribution(passage: TextRange(30, 35), in: article, analysis: analysis) == nil)
    }
}

@Suite("Reattaching")
struct AnnotationReattachTests {
    typealias F = AnnotationFixtures

    @Test func confirmingAFuzzyAnchorRefreshesTheSelectors() throws {
        let a = F.annotation(F.passage, in: F.base)
        let edited = F.article(F.base.replacingOccurrences(of: "ten percent", with: "eleven percent"))
        let anchor = a.reanchor(in: edited)
        #expect(anchor.status == .fuzzy)
        let confirmed = try a.reattached(to: try #require(anchor.range), in: edited, now: F.day.addingTimeInterval(60))
        #expect(confirmed.quote.exact == "the water prices would rise by eleven percent")
        #expect(confirmed.fingerprint == edited.fingerprint)
        #expect(confirmed.modified == F.day.addingTimeInterval(60))
        #expect(confirmed.created == a.created && confirmed.id == a.id)
        #expect(confirmed.reanchor(in: edited).status == .exact)
        #expect(throws: AnnotationError.emptySelection) { try a.reattached(to: TextRange(2, 2), in: edited) }
    }
}
