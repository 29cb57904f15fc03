import Foundation

/// The annotations of one article as the reader holds them, with undo and redo.
///
/// A value type: every operation returns the `AnnotationChange` to persist, and the caller
/// (the reader's run loop) hands it to the store. Undo and redo return the change to persist
/// too, so the disk follows the history step by step.
public struct ArticleAnnotations: Hashable, Sendable {
    public let articleID: String
    /// By id.
    public private(set) var byID: [Annotation.ID: Annotation]
    public private(set) var undoStack: [AnnotationChange] = []
    public private(set) var redoStack: [AnnotationChange] = []
    /// How many steps undo keeps.
    public var historyLimit = 500

    public init(articleID: String, annotations: [Annotation] = []) {
        self.articleID = articleID
        self.byID = Dictionary(
            annotations.filter { $0.articleID == articleID }.map { ($0.id, $0) },
            uniquingKeysWith: { a, b in
                a.modified >= b.modified ? a : b
            })
    }

    public var count: Int { byID.count }
    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    public subscript(id: Annotation.ID) -> Annotation? { byID[id] }

    /// Annotations by recorded position, then creation time: text order before re-anchoring.
    public var annotations: [Annotation] {
        byID.values.sorted { x, y in
            if (x.position.start, x.position.end, x.created) != (y.position.start, y.position.end, y.created) {
                return (x.position.start, x.position.end, x.created) < (y.position.start, y.position.end, y.created)
            }
            return UUIDText.precedes(x.id, y.id)
        }
    }

    /// Every annotation with its anchor in `article`'s current text: anchored ones in text
    /// order, orphans after them.
    public func anchored(in article: Article) -> [AnchoredAnnotation] {
        ArticleAnnotations.anchor(Array(byID.values), in: article)
    }

    /// Anchors annotations in an article and sorts them for reading.
    ///
    /// Each annotation is anchored on its own (an exact one costs a comparison of its passage),
    /// so large sets spread over the cores.
    public static func anchor(_ annotations: [Annotation], in article: Article?) -> [AnchoredAnnotation] {
        var items: [AnchoredAnnotation]
        if let text = article?.scalars, annotations.count >= 2_048 {
            let chunk = 1_024
            let chunks = (annotations.count + chunk - 1) / chunk
            let slots = AnchorSlots(count: chunks)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let part = annotations[(c * chunk)..<min(annotations.count, (c + 1) * chunk)]
                slots.set(c, part.map { AnchoredAnnotation(annotation: $0, anchor: $0.reanchor(in: text)) })
            }
            items = slots.joined()
        } else {
            items = annotations.map { a in
                AnchoredAnnotation(annotation: a, anchor: article.map { a.reanchor(in: $0) } ?? .orphaned)
            }
        }
        items.sort { x, y in
            switch (x.anchor.range, y.anchor.range) {
            case (let rx?, let ry?): if rx != ry { return rx < ry }
            case (nil, _?): return false
            case (_?, nil): return true
            case (nil, nil): break
            }
            if x.annotation.created != y.annotation.created { return x.annotation.created < y.annotation.created }
            return UUIDText.precedes(x.annotation.id, y.annotation.id)
        }
        return items
    }

    /// Annotations whose passage overlaps `range` in `article`.
    public func annotations(overlapping range: TextRange, in article: Article) -> [AnchoredAnnotation] {
        anchored(in: article).filter { $0.anchor.range?.overlaps(range) ?? false }
    }

    /// Creates an annotation on `range` of `article`, with the id and time `stamps` hands out.
    @discardableResult
    public mutating func create(
        range: TextRange, in article: Article, kind: AnnotationKind = .highlight, note: String = "",
        tags: Set<String> = [],
        color: String? = nil, attribution: QuoteAttribution? = nil, stamps: inout AnnotationStamps
    ) throws(AnnotationError) -> AnnotationChange {
        try Annotation.check(range, in: article)
        let stamp = stamps.next()
        return try create(
            range: range, in: article, kind: kind, note: note, tags: tags, color: color, attribution: attribution,
            id: stamp.id, now: stamp.now)
    }

    /// Creates an annotation on `range` of `article`.
    @discardableResult
    public mutating func create(
        range: TextRange, in article: Article, kind: AnnotationKind = .highlight, note: String = "",
        tags: Set<String> = [],
        color: String? = nil, attribution: QuoteAttribution? = nil, id: UUID = UUID(), now: Date = Date()
    ) throws(AnnotationError) -> AnnotationChange {
        let annotation = try Annotation(
            id: id, article: article, range: range, note: note, tags: tags, color: color, kind: kind,
            attribution: attribution, now: now)
        return record(AnnotationChange(before: nil, after: annotation))
    }

    /// Adds an annotation made elsewhere (an import), as an undoable create or edit.
    @discardableResult
    public mutating func insert(_ annotation: Annotation) -> AnnotationChange {
        record(AnnotationChange(before: byID[annotation.id], after: annotation))
    }

    /// Edits one annotation. Returns nil when the edit changes nothing (no history step).
    @discardableResult
    public mutating func edit(_ id: Annotation.ID, _ edit: AnnotationEdit, now: Date = Date()) throws(AnnotationError)
        -> AnnotationChange?
    {
        guard let before = byID[id] else { throw .unknownAnnotation(id: id.uuidString.lowercased()) }
        let after = try edit.applied(to: before, now: now)
        if after == before { return nil }
        return record(AnnotationChange(before: before, after: after))
    }

    /// Deletes one annotation.
    @discardableResult
    public mutating func delete(_ id: Annotation.ID) throws(AnnotationError) -> AnnotationChange {
        guard let before = byID[id] else { throw .unknownAnnotation(id: id.uuidString.lowercased()) }
        return record(AnnotationChange(before: before, after: nil))
    }

    /// Takes back the last change; returns what to persist, nil when there is nothing to undo.
    public mutating func undo() -> AnnotationChange? {
        guard let last = undoStack.popLast() else { return nil }
        let change = last.inverted
        apply(change)
        redoStack.append(last)
        return change
    }

    /// Does again the last undone change; returns what to persist.
    public mutating func redo() -> AnnotationChange? {
        guard let next = redoStack.popLast() else { return nil }
        apply(next)
        undoStack.append(next)
        return next
    }

    /// Takes in a change made by someone else (another process, a reload) without touching
    /// the history.
    public mutating func merge(_ annotation: Annotation) {
        guard annotation.articleID == articleID else { return }
        byID[annotation.id] = annotation
    }

    /// Takes what the store holds now (another process may have added, changed or removed
    /// annotations), keeping this session's history. Returns how many annotations differ.
    @discardableResult
    public mutating func reload(_ stored: [Annotation]) -> Int {
        let fresh = ArticleAnnotations(articleID: articleID, annotations: stored).byID
        var differ = 0
        for (id, a) in fresh where byID[id] != a { differ += 1 }
        for id in byID.keys where fresh[id] == nil { differ += 1 }
        if differ > 0 { byID = fresh }
        return differ
    }

    /// Forgets an annotation removed by someone else, without touching the history.
    public mutating func forget(_ id: Annotation.ID) {
        byID[id] = nil
    }

    private mutating func record(_ change: AnnotationChange) -> AnnotationChange {
        apply(change)
        undoStack.append(change)
        if undoStack.count > historyLimit { undoStack.removeFirst(undoStack.count - historyLimit) }
        redoStack.removeAll()
        return change
    }

    private mutating func apply(_ change: AnnotationChange) {
        if let after = change.after {
            byID[after.id] = after
        } else if let before = change.before {
            byID[before.id] = nil
        }
    }
}

/// Anchored chunks filled from several threads; each index is written by one iteration.
private final class AnchorSlots: @unchecked Sendable {
    private var parts: [[AnchoredAnnotation]]
    private let lock = NSLock()

    init(count: Int) {
        parts = Array(repeating: [], count: count)
    }

    func set(_ index: Int, _ part: [AnchoredAnnotation]) {
        lock.lock()
        parts[index] = part
        lock.unlock()
    }

    func joined() -> [AnchoredAnnotation] {
        lock.lock()
        defer { lock.unlock() }
        return Array(parts.joined())
    }
}
