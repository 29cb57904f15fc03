import Foundation
import GlossCore

/// Annotations and reading positions on disk.
///
/// ```
/// STORE/
///   .gitignore                      reading positions, locks and temporary files stay personal
///   annotations/
///     wikinews%2FGUM_news_clock/     one folder per article (see ArticleFolderName)
///       0b6f…-….json                one W3C annotation per file, named by its id
///       .lock                       flock for read-modify-write
///   positions/
///     wikinews%2FGUM_news_clock.json
/// ```
///
/// One file per annotation means two people annotating the same article on two clones of a
/// shared store add different files, which merge without conflicts; two processes adding
/// annotations at once never write the same file. Every write is atomic (see
/// `Platform.writeAtomically`), so a killed process leaves at most its annotation in flight
/// missing. Damaged files are reported and skipped, never rewritten or removed.
public struct AnnotationStore: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    public var annotationsFolder: URL { root.appendingPathComponent("annotations", isDirectory: true) }
    public var positionsFolder: URL { root.appendingPathComponent("positions", isDirectory: true) }
    /// Where each annotated article's file was last seen (personal, like positions).
    public var sourcesFolder: URL { root.appendingPathComponent("sources", isDirectory: true) }

    /// The folder of one article's annotations.
    public func folder(for articleID: String) -> URL {
        annotationsFolder.appendingPathComponent(ArticleFolderName.encode(articleID), isDirectory: true)
    }

    /// The file of one annotation.
    public func file(for annotation: Annotation) -> URL {
        file(id: annotation.id, articleID: annotation.articleID)
    }

    func file(id: UUID, articleID: String) -> URL {
        folder(for: articleID).appendingPathComponent(AnnotationStore.fileName(id), isDirectory: false)
    }

    static func fileName(_ id: UUID) -> String { UUIDText.lowercase(id) + ".json" }

    // MARK: Reading

    /// The annotations of one article. Files that cannot be read are reported in `damaged`.
    public func load(articleID: String) throws(StoreError) -> StoreLoad {
        var result = try loadFolder(folder(for: articleID))
        // On a case-insensitive file system two ids may share a folder; each keeps its own.
        result.annotations.removeAll { $0.articleID != articleID }
        return result
    }

    /// One article's annotations as the reader holds them (with an empty history), and the
    /// files that had to be skipped.
    public func annotations(of articleID: String) throws(StoreError) -> (ArticleAnnotations, [DamagedFile]) {
        let loaded = try load(articleID: articleID)
        return (ArticleAnnotations(articleID: articleID, annotations: loaded.annotations), loaded.damaged)
    }

    /// The modification time of an article's folder, to the nanosecond, and its link count:
    /// every save and removal renames or unlinks in the folder, so this changes with them.
    /// Nil when the folder does not exist.
    public func folderVersion(articleID: String) -> String? {
        Platform.changeStamp(ofPath: folder(for: articleID).path)
    }

    /// Every annotation in the store, with the damaged files.
    public func loadAll() throws(StoreError) -> StoreLoad {
        var result = StoreLoad()
        for name in try folderNames() {
            let part = try loadFolder(annotationsFolder.appendingPathComponent(name, isDirectory: true))
            result.annotations += part.annotations
            result.damaged += part.damaged
        }
        return result
    }

    /// The ids of the articles that have annotation folders (decoded from folder names, or read
    /// from the files when a name was shortened), sorted.
    public func articleIDs() throws(StoreError) -> [String] {
        var ids: Set<String> = []
        for name in try folderNames() {
            if let id = ArticleFolderName.decode(name) {
                ids.insert(id)
            } else {
                for a in try loadFolder(annotationsFolder.appendingPathComponent(name, isDirectory: true)).annotations {
                    ids.insert(a.articleID)
                }
            }
        }
        return ids.sorted()
    }

    private func folderNames() throws(StoreError) -> [String] {
        (try Platform.names(in: annotationsFolder) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Reads every `*.json` of a folder (hidden and temporary files are not annotations).
    func loadFolder(_ folder: URL, chunk: Int = 4096) throws(StoreError) -> StoreLoad {
        let expectedFolder = folder.lastPathComponent
        let expectedID = ArticleFolderName.decode(expectedFolder)
        let folderPath = folder.path
        return try Platform.withEntries(in: folderPath) { (descriptor, entries) throws(StoreError) -> StoreLoad in
            let files = entries.filter { !$0.name.hasPrefix(".") && $0.name.hasSuffix(".json") }.sorted {
                $0.name < $1.name
            }
            // Each file is read and decoded on its own, so the work spreads over the cores.
            // Files go in chunks so that only one chunk's results are held twice; the strings
            // every annotation of a folder repeats (article id, fingerprint, colour, tags) are
            // shared, which keeps a million annotations within a gigabyte.
            var result = StoreLoad()
            result.annotations.reserveCapacity(files.count)
            var shared = SharedValues()
            let slots = LoadSlots(count: min(chunk, files.count))
            var start = 0
            while start < files.count {
                let end = min(start + chunk, files.count)
                let first = start
                DispatchQueue.concurrentPerform(iterations: end - start) { i in
                    let file = files[first + i]
                    // The file's name in the open folder, not its whole path: one lookup.
                    let read = AnnotationStore.readAnnotation(
                        path: folderPath + "/" + file.name, name: file.name, folderName: expectedFolder,
                        articleID: expectedID,
                        in: (descriptor, file.regular))
                    slots.set(i, read)
                }
                for i in 0..<(end - start) {
                    switch slots.take(i) {
                    case .success(let a): result.annotations.append(shared.intern(a))
                    case .failure(let damaged): result.damaged.append(damaged)
                    case nil: break
                    }
                }
                start = end
            }
            return result
        } ?? StoreLoad()
    }

    static func readAnnotation(_ url: URL, folderName: String) -> Result<Annotation, DamagedFile> {
        readAnnotation(path: url.path, name: url.lastPathComponent, folderName: folderName)
    }

    static func readAnnotation(
        path: String, name: String, folderName: String, articleID: String? = nil,
        in folder: (descriptor: Int32, regular: Bool)? = nil
    ) -> Result<Annotation, DamagedFile> {
        switch existingAnnotation(path: path, name: name, folderName: folderName, articleID: articleID, in: folder) {
        case .success(let a?): return .success(a)
        case .success(nil):
            return .failure(DamagedFile(path: path, problem: .unreadable(reason: "removed while reading")))
        case .failure(let damaged): return .failure(damaged)
        }
    }

    /// The annotation in a file, nil when there is no such file.
    /// `folder`: the open folder the file is in and whether its listing said it is a regular
    /// file, to read it by name rather than by path.
    static func existingAnnotation(
        path: String, name: String, folderName: String, articleID: String? = nil,
        in folder: (descriptor: Int32, regular: Bool)? = nil
    ) -> Result<Annotation?, DamagedFile> {
        let data: Data
        do {
            let contents =
                if let folder {
                    try Platform.contents(name: name, in: folder.descriptor, path: path, knownRegular: folder.regular)
                } else {
                    try Platform.contents(ofPath: path)
                }
            guard let read = contents else { return .success(nil) }
            data = read
        } catch {
            let reason: String
            if case .readFailed(_, let why) = error { reason = why } else { reason = "\(error)" }
            return .failure(DamagedFile(path: path, problem: .unreadable(reason: reason)))
        }
        let annotation: Annotation
        do {
            annotation = try AnnotationJSON.decode(data, strict: true)
        } catch {
            return .failure(DamagedFile(path: path, problem: .format(error)))
        }
        if fileName(annotation.id) != name {
            return .failure(
                DamagedFile(
                    path: path,
                    problem: .misplaced(
                        reason: "holds annotation \(annotation.id.uuidString.lowercased()), not the one its name says"))
            )
        }
        if annotation.articleID != articleID
            && ArticleFolderName.encode(annotation.articleID).lowercased() != folderName.lowercased()
        {
            return .failure(
                DamagedFile(
                    path: path,
                    problem: .misplaced(reason: "belongs to article \(annotation.articleID), not this folder's")))
        }
        return .success(annotation)
    }

    /// The annotation whose id is, or starts with, `query` (at least 4 hex digits, as short ids
    /// are typed by hand).
    public func find(id query: String) throws(StoreError) -> Annotation {
        let q = query.lowercased().hasPrefix("urn:uuid:") ? String(query.lowercased().dropFirst(9)) : query.lowercased()
        var matches: [URL] = []
        for name in try folderNames() {
            let folder = annotationsFolder.appendingPathComponent(name, isDirectory: true)
            for file in try Platform.names(in: folder) ?? []
            where !file.hasPrefix(".") && file.hasSuffix(".json") && file.hasPrefix(q) {
                matches.append(folder.appendingPathComponent(file, isDirectory: false))
            }
        }
        if q.count < 4 || matches.isEmpty { throw .annotationNotFound(id: query) }
        if matches.count > 1 {
            let exact = matches.filter { $0.lastPathComponent == q + ".json" }
            if exact.count != 1 {
                throw .ambiguousID(
                    prefix: query,
                    candidates: matches.map { String($0.deletingPathExtension().lastPathComponent) }.sorted())
            }
            matches = exact
        }
        switch AnnotationStore.readAnnotation(
            matches[0], folderName: matches[0].deletingLastPathComponent().lastPathComponent)
        {
        case .success(let a): return a
        case .failure(let damaged): throw .damagedFileInTheWay(path: damaged.path, problem: damaged.problem.description)
        }
    }

    // MARK: Writing

    /// Saves an annotation (new or changed) atomically. Refuses to replace a damaged file.
    public func save(_ annotation: Annotation) throws(StoreError) {
        let url = file(for: annotation)
        try prepare(folder(for: annotation.articleID))
        if FileManager.default.fileExists(atPath: url.path),
            case .failure(let damaged) = AnnotationStore.readAnnotation(
                url, folderName: url.deletingLastPathComponent().lastPathComponent)
        {
            throw .damagedFileInTheWay(path: damaged.path, problem: damaged.problem.description)
        }
        try Platform.writeAtomically(AnnotationJSON.encode(annotation), to: url)
    }

    /// Removes an annotation's file. Refuses to remove a damaged file.
    public func delete(_ annotation: Annotation) throws(StoreError) {
        let url = file(for: annotation)
        if case .failure(let damaged) = AnnotationStore.readAnnotation(
            url, folderName: url.deletingLastPathComponent().lastPathComponent),
            FileManager.default.fileExists(atPath: url.path)
        {
            throw .damagedFileInTheWay(path: damaged.path, problem: damaged.problem.description)
        }
        try Platform.remove(url)
    }

    /// Carries out one step of the reader's history: save the `after`, or remove the `before`.
    ///
    /// An edit is merged under the article folder's lock: when another process saved the
    /// annotation since `before` was read, only the fields this change edits are applied to
    /// that newer version, so neither process loses the other's work. Returns what was saved.
    @discardableResult
    public func apply(_ change: AnnotationChange) throws(StoreError) -> Annotation? {
        guard let after = change.after else {
            if let before = change.before { try delete(before) }
            return nil
        }
        guard let before = change.before else {
            try save(after)
            return after
        }
        let folder = folder(for: after.articleID)
        try prepare(folder)
        let url = file(for: after)
        return try Platform.withLock(folder.appendingPathComponent(".lock", isDirectory: false)) {
            () throws(StoreError) -> Annotation? in
            var next = after
            if FileManager.default.fileExists(atPath: url.path),
                case .success(let current) = AnnotationStore.readAnnotation(
                    url, folderName: url.deletingLastPathComponent().lastPathComponent),
                current != before
            {
                next = current.merging(edit: after, from: before)
            }
            try save(next)
            return next
        }
    }

    /// Read-modify-write of one annotation under the article folder's lock, so two processes
    /// editing the same article do not undo each other's changes to other fields. `transform`
    /// returns the new annotation, or nil to delete it. Returns what was written (nil: deleted).
    @discardableResult
    public func update(
        id query: String, _ transform: (Annotation) throws(StoreError) -> Annotation?
    ) throws(StoreError) -> (before: Annotation, after: Annotation?) {
        let located = try find(id: query)
        let folder = folder(for: located.articleID)
        return try Platform.withLock(folder.appendingPathComponent(".lock", isDirectory: false)) {
            () throws(StoreError) -> (before: Annotation, after: Annotation?) in
            // Read again under the lock: another process may have changed it since.
            let current = try find(id: located.id.uuidString)
            let next = try transform(current)
            if let next {
                if next != current { try save(next) }
            } else {
                try delete(current)
            }
            return (current, next)
        }
    }

    /// Creates the folder, and the store's `.gitignore` the first time.
    func prepare(_ folder: URL) throws(StoreError) {
        try Platform.makeFolder(folder)
        let ignore = root.appendingPathComponent(".gitignore", isDirectory: false)
        if !FileManager.default.fileExists(atPath: ignore.path) {
            try Platform.writeAtomically(Data(AnnotationStore.gitignore.utf8), to: ignore)
        }
    }

    static let gitignore = """
        # A Gloss store can be shared as a git repository: annotations merge file by file.
        # Reading positions, locks and unfinished writes are personal and stay out.
        positions/
        sources/
        .lock
        .*.tmp

        """

    // MARK: Article files

    public func sourceFile(for articleID: String) -> URL {
        sourcesFolder.appendingPathComponent(ArticleFolderName.encode(articleID) + ".json", isDirectory: false)
    }

    /// Remembers the file an annotated article was read from, so commands run from another
    /// folder, or without the library, still find its text. Written only when it changed.
    public func rememberFile(of article: Article) throws(StoreError) {
        guard let path = article.file, rememberedFile(articleID: article.id) != path else { return }
        try prepare(sourcesFolder)
        // Two strings cannot fail to serialise.
        var data =
            (try? JSONSerialization.data(
                withJSONObject: ["article": article.id, "file": path],
                options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        data.append(0x0A)
        try Platform.writeAtomically(data, to: sourceFile(for: article.id))
    }

    /// The file an article was last read from, when the store remembers one.
    public func rememberedFile(articleID: String) -> String? {
        guard let data = try? Platform.contents(ofPath: sourceFile(for: articleID).path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            object["article"] as? String == articleID, let file = object["file"] as? String
        else { return nil }
        return file
    }

    // MARK: Reading positions

    public func positionFile(for articleID: String) -> URL {
        positionsFolder.appendingPathComponent(ArticleFolderName.encode(articleID) + ".json", isDirectory: false)
    }

    /// The saved reading position, nil when there is none or the file is unreadable.
    public func readingPosition(articleID: String) -> ReadingPosition? {
        guard let data = try? Platform.contents(ofPath: positionFile(for: articleID).path),
            let position = try? AnnotationStore.positionDecoder.decode(ReadingPosition.self, from: data),
            position.article == articleID, position.formatVersion == 1
        else { return nil }
        return position
    }

    /// Every saved reading position by article id, for a reader that opens on the library
    /// list. Unreadable files are left out, as a lost position only costs a scroll.
    public func readingPositions() -> [String: ReadingPosition] {
        var out: [String: ReadingPosition] = [:]
        let names = ((try? Platform.names(in: positionsFolder)) ?? nil) ?? []
        for name in names where !name.hasPrefix(".") && name.hasSuffix(".json") {
            guard let data = try? Platform.contents(ofPath: positionsFolder.path + "/" + name),
                let position = try? AnnotationStore.positionDecoder.decode(ReadingPosition.self, from: data),
                position.formatVersion == 1, positionFile(for: position.article).lastPathComponent == name
            else { continue }
            out[position.article] = position
        }
        return out
    }

    /// Saves a reading position atomically.
    public func setReadingPosition(_ position: ReadingPosition) throws(StoreError) {
        try prepare(positionsFolder)
        let data: Data
        do {
            data = try AnnotationStore.positionEncoder.encode(position) + Data("\n".utf8)
        } catch {
            throw .writeFailed(path: positionFile(for: position.article).path, reason: "\(error)")
        }
        try Platform.writeAtomically(data, to: positionFile(for: position.article))
    }

    static var positionEncoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .millisecondsSince1970
        return e
    }

    static var positionDecoder: JSONDecoder {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .millisecondsSince1970
        return d
    }
}
