import Foundation
import GRDB
import GlossCore

/// Why the index could not be used. Never fatal: a command goes on without the index.
public enum IndexError: Error, Sendable, CustomStringConvertible {
    /// The file is a database of something else; it is left alone.
    case notAnIndex(path: String)
    case unusable(path: String, reason: String)

    public var description: String {
        switch self {
        case .notAnIndex(let path): return "\(path) is not a Gloss index (left alone; --index chooses another file)"
        case .unusable(let path, let reason): return "\(path): \(reason)"
        }
    }
}

/// The library index: a cache in one SQLite file (WAL mode, so several processes can read while
/// one writes). Safe to delete at any time. A damaged file is moved aside (`NAME.damaged`) and
/// made anew; a file of other tables is never touched.
public final class LibraryIndex: Sendable {
    public let url: URL
    let pool: DatabasePool
    /// What opening found: `damaged` when a damaged file was moved aside.
    public let opening: Opening

    public enum Opening: Sendable, Equatable {
        case existing
        case damaged(movedTo: String)
    }

    /// Opens (creating folders and file as needed) the index at `url`.
    ///
    /// Opening, making the tables and moving a damaged file aside happen under an exclusive
    /// `flock` on `NAME.lock`, so of several processes starting on a new index one makes it
    /// while the others wait, and none moves aside a file another is still making or using
    /// (a process whose file was moved aside would open the new, empty one by path).
    public convenience init(url: URL) throws(IndexError) {
        let lock = Self.lockCreation(url)
        defer { Self.unlock(lock) }
        do {
            try self.init(url: url, pool: Self.openPool(url), opening: .existing)
        } catch let error as IndexError {
            throw error
        } catch let error as DatabaseError where Self.isDamage(error) {
            // Another process may be making the file this very moment: look again before
            // calling it damaged.
            usleep(200_000)
            if let pool = try? Self.openPool(url) {
                self.init(url: url, pool: pool, opening: .existing)
                return
            }
            let aside = Self.moveAside(url)
            do {
                try self.init(url: url, pool: Self.openPool(url), opening: .damaged(movedTo: aside))
            } catch {
                throw Self.unusable(url, error)
            }
        } catch {
            throw Self.unusable(url, error)
        }
    }

    private init(url: URL, pool: DatabasePool, opening: Opening) {
        self.url = url
        self.pool = pool
        self.opening = opening
    }

    /// Takes the index's creation lock (waiting for another process that holds it); -1 when
    /// the lock file cannot be made, in which case opening goes on without it.
    static func lockCreation(_ url: URL) -> Int32 {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let fd = open(url.path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return -1 }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR {
                Foundation.close(fd)
                return -1
            }
        }
        return fd
    }

    static func unlock(_ fd: Int32) {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        Foundation.close(fd)
    }

    static func unusable(_ url: URL, _ error: any Error) -> IndexError {
        if let error = error as? IndexError { return error }
        if let db = error as? DatabaseError {
            return .unusable(path: url.path, reason: db.message ?? "\(db.resultCode)")
        }
        return .unusable(path: url.path, reason: "\(error.localizedDescription)")
    }

    private static func openPool(_ url: URL) throws -> DatabasePool {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.maximumReaderCount = 4
        config.prepareDatabase { db in
            // A cache: NORMAL loses at most the last transactions on a power cut, never the
            // file. A larger page cache and fewer checkpoints halve what a cold index writes.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -32768")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192")
        }
        let pool = try DatabasePool(path: url.path, configuration: config)
        // IMMEDIATE: two processes making a new index take turns, the second sees the tables.
        var check = IndexSchema.Check.ready
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                check = try IndexSchema.prepare(db)
                return .commit
            }
        }
        if check == .foreign { throw IndexError.notAnIndex(path: url.path) }
        return pool
    }

    /// True for the errors of a damaged or foreign-format file, which a rebuild cures.
    public static func isDamage(_ error: any Error) -> Bool {
        guard let db = error as? DatabaseError else { return false }
        return db.resultCode == .SQLITE_CORRUPT || db.resultCode == .SQLITE_NOTADB
    }

    /// True for "no such table" from a connection whose idea of the schema is out of date.
    public static func isStaleSchema(_ error: any Error) -> Bool {
        guard let db = error as? DatabaseError else { return false }
        return db.resultCode == .SQLITE_ERROR && (db.message ?? "").hasPrefix("no such table")
    }

    /// Moves a damaged file (and its WAL and shared-memory files, which belong to it) aside.
    @discardableResult
    static func moveAside(_ url: URL) -> String {
        let aside = url.path + ".damaged"
        unlink(aside)
        if rename(url.path, aside) != 0 { unlink(url.path) }
        unlink(url.path + "-wal")
        unlink(url.path + "-shm")
        return aside
    }

    /// Closes this connection, moves the file aside and opens a new index in its place: what a
    /// command does when a query finds the file damaged after opening it.
    public func rebuilt() throws(IndexError) -> LibraryIndex {
        try? pool.close()
        let lock = Self.lockCreation(url)
        defer { Self.unlock(lock) }
        // Another process may have rebuilt it while this one waited for the lock.
        if let pool = try? Self.openPool(url),
            (try? pool.read({ db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") })) != nil
        {
            return LibraryIndex(url: url, pool: pool, opening: .existing)
        }
        let aside = Self.moveAside(url)
        do {
            return LibraryIndex(url: url, pool: try Self.openPool(url), opening: .damaged(movedTo: aside))
        } catch {
            throw Self.unusable(url, error)
        }
    }

    /// Moves what the write-ahead log holds into the file and empties the log, then closes.
    /// (The pool's last connection is a reader, which cannot remove the log itself; an emptied
    /// log leaves the file whole on its own, so damage to it shows when it is next opened.)
    public func close() {
        _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        try? pool.close()
    }

    /// The default place: `$XDG_CACHE_HOME/gloss/index.sqlite`, else `~/.cache/gloss/index.sqlite`.
    public static func defaultURL(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache", isDirectory: true)
        }
        return base.appendingPathComponent("gloss/index.sqlite")
    }

    /// `--index PATH`, else `$GLOSS_INDEX`, else the default place.
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> URL
    {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let env = environment["GLOSS_INDEX"], !env.isEmpty { return URL(fileURLWithPath: env) }
        return defaultURL(environment)
    }
}

// MARK: Rows

/// What the index holds of one file to decide whether it is still fresh.
struct StoredKey: Sendable {
    var rowID: Int64
    var articleID: String
    var size: Int64
    var mtime: Int64
    var hash: String
    var checked: Int64
}

/// What the index holds of each article, by path. The rows sit in arrays and the table maps
/// a path to its place: a table of whole rows was several megabytes of buckets to touch.
struct StoredArticles: Sendable {
    private var places: [String: Int] = [:]
    private var keys: [StoredKey] = []
    private var summaries: [ArticleSummary] = []

    mutating func reserveCapacity(_ count: Int) {
        places.reserveCapacity(count)
        keys.reserveCapacity(count)
        summaries.reserveCapacity(count)
    }

    /// Adds a row. Paths are unique in the table, but two canonically equivalent spellings are
    /// one key here: the later row replaces the earlier, as a dictionary of rows had it.
    mutating func add(path: String, _ key: StoredKey, _ summary: ArticleSummary) {
        if let i = places[path] {
            keys[i] = key
            summaries[i] = summary
            return
        }
        places[path] = keys.count
        keys.append(key)
        summaries.append(summary)
    }

    var isEmpty: Bool { keys.isEmpty }

    subscript(path: String) -> (StoredKey, ArticleSummary)? {
        places[path].map { (keys[$0], summaries[$0]) }
    }
}

/// One article to write: its key (the row id is made when it is written) and everything found in it.
struct IndexRecord: Sendable {
    var path: String
    var key: StoredKey
    var summary: ArticleSummary
    var analysed: AnalysedArticle
    var text: String
    /// Each figure's sentence and subjects, in the analysis's order.
    var figureContexts: [FigureContext]
}

extension LibraryIndex {
    private static let summaryColumns =
        "id, path, article_id, size, mtime, hash, checked, format, title, author, date, source, url, words, quotes, people, places, organizations, figures, dates, notes"

    /// A read on one of the pool's reader connections. A reader opened before another process
    /// made the tables still holds the old (empty) schema, and preparing a query on it would
    /// fail with "no such table"; reading the schema table first makes SQLite check the
    /// schema's version and load the new one.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read { db in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
                return try body(db)
            }
        } catch  where Self.isStaleSchema(error) {
            // Seen under load when several processes start on a new index at once: a reader
            // connection without the tables the writer made. The writer connection made (or
            // checked) them under the creation lock, so it reads them.
            return try pool.writeWithoutTransaction { db in try body(db) }
        }
    }

    /// Every stored file's key and summary, by path.
    func storedArticles() throws -> StoredArticles {
        try read { db in
            var out = StoredArticles()
            let row = try FastRead(db, sql: "SELECT \(Self.summaryColumns) FROM article")
            out.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0)
            while try row.next() {
                let key = StoredKey(
                    rowID: row.int64(0), articleID: row.text(2), size: row.int64(3), mtime: row.int64(4),
                    hash: row.text(5),
                    checked: row.int64(6))
                guard let format = ArticleFormat(rawValue: row.text(7)) else { continue }
                let summary = ArticleSummary(
                    id: key.articleID, title: row.text(8), format: format, words: row.int(13),
                    metadata: ArticleMetadata(
                        author: row.optionalText(9), date: row.optionalText(10), source: row.optionalText(11),
                        url: row.optionalText(12)),
                    quotes: row.int(14), people: row.int(15), places: row.int(16), organizations: row.int(17),
                    figures: row.int(18),
                    dates: row.int(19), notes: ArticleSummary.decodeNotes(row.text(20)))
                out.add(path: row.text(1), key, summary)
            }
            return out
        }
    }

    /// Writes a batch of articles in one transaction, replacing what was stored for their paths.
    /// Returns their row ids, in order.
    ///
    /// The full-text rows go in last, after every other row of the batch. Once a transaction has
    /// written to an FTS5 table, every later statement that opens a statement journal (a
    /// DELETE with its trigger, an INSERT checked against a foreign key) makes FTS5 write what it
    /// holds in memory as a new segment, so texts written article by article among the other rows
    /// made one segment per article, merged again and again; written together they make one
    /// segment per batch, at the commit. (That was two fifths of what a cold index wrote.)
    func write(_ records: [IndexRecord]) throws -> [Int64] {
        try pool.write { db in
            var ids: [Int64] = []
            ids.reserveCapacity(records.count)
            // Each name key once per batch: the same names come back article after article.
            var keys = Set<NameKey>()
            for r in records { ids.append(try Self.insert(r, keys: &keys, db)) }
            let text = try db.cachedStatement(sql: "INSERT INTO article_text (rowid, title, text) VALUES (?, ?, ?)")
            for (r, id) in zip(records, ids) { try text.execute(arguments: [id, r.summary.title, r.text]) }
            return ids
        }
    }

    /// Drops the catalog's lookup indexes before a cold build (see `IndexSchema.lookupIndexes`).
    func dropLookupIndexes() throws {
        try pool.write { db in try IndexSchema.dropLookupIndexes(db) }
    }

    /// Makes the lookup indexes that are missing, each from the rows in one pass.
    func makeLookupIndexes() throws {
        try pool.write { db in try IndexSchema.makeLookupIndexes(db) }
    }

    /// Marks files whose size or time changed but whose bytes did not as fresh again.
    func touch(_ keys: [(path: String, size: Int64, mtime: Int64, checked: Int64)]) throws {
        guard !keys.isEmpty else { return }
        try pool.write { db in
            let statement = try db.cachedStatement(
                sql: "UPDATE article SET size = ?, mtime = ?, checked = ? WHERE path = ?")
            for k in keys { try statement.execute(arguments: [k.size, k.mtime, k.checked, k.path]) }
        }
    }

    /// A row of `name_key`, to write each once per batch.
    private struct NameKey: Hashable {
        var kind: EntityKind
        var key: String
    }

    /// Every row of one article but its full text (which `write` adds after the batch's rows).
    /// `keys` are the name keys the batch already wrote.
    private static func insert(_ r: IndexRecord, keys: inout Set<NameKey>, _ db: Database) throws -> Int64 {
        try db.cachedStatement(sql: "DELETE FROM article WHERE path = ?").execute(arguments: [r.path])
        let s = r.summary
        try db.cachedStatement(
            sql: """
                INSERT INTO article (path, article_id, size, mtime, hash, checked, format, title, author, date, source, url,
                    words, quotes, people, places, organizations, figures, dates, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            r.path, s.id, r.key.size, r.key.mtime, r.key.hash, r.key.checked, s.format.rawValue, s.title,
            s.metadata.author,
            s.metadata.date, s.metadata.source, s.metadata.url, s.words, s.quotes, s.people, s.places,
            s.organizations, s.figures, s.dates, s.notesText,
        ])
        let id = db.lastInsertedRowID
        let a = r.analysed
        var entity = try FastInsert(
            db, sql: "INSERT INTO entity (article, number, kind, name, key, mentions) VALUES (?, ?, ?, ?, ?, ?)")
        var name = try FastInsert(
            db,
            sql:
                "INSERT INTO entity_name (article, entity, role, number, name, key, links) VALUES (?, ?, ?, ?, ?, ?, ?)"
        )
        var spans = SpanPacking.Writer()
        func addSpan(_ label: SpanPacking.Label, _ owner: Int, _ range: TextRange) {
            spans.add(label, owner: owner, range: range, text: a.text(in: range))
        }
        var nameKey = try FastInsert(db, sql: "INSERT OR IGNORE INTO name_key (kind, key) VALUES (?, ?)")
        func addKey(_ kind: EntityKind, _ key: String) throws {
            guard !key.isEmpty, keys.insert(NameKey(kind: kind, key: key)).inserted else { return }
            nameKey.bind(kind.rawValue)
            nameKey.bind(key)
            try nameKey.run()
        }
        func addName(_ entityNumber: Int, _ kind: EntityKind, _ role: String, _ number: Int, _ text: String) throws {
            let key = LibraryNames.key(text, kind: kind)
            name.bind(id)
            name.bind(entityNumber)
            name.bind(role)
            name.bind(number)
            name.bind(text)
            name.bind(key)
            if role == "alias" { try addKey(kind, key) }
            name.bind(role == "alias" && LibraryNames.links(text, kind: kind) ? 1 : 0)
            try name.run()
        }
        for (n, e) in a.analysis.entities.enumerated() {
            entity.bind(id)
            entity.bind(n)
            entity.bind(e.kind.rawValue)
            entity.bind(e.canonicalName)
            let key = LibraryNames.key(e.canonicalName, kind: e.kind)
            entity.bind(key)
            entity.bind(e.mentions.count)
            try entity.run()
            try addKey(e.kind, key)
            for (i, alias) in e.aliases.enumerated() { try addName(n, e.kind, "alias", i, alias) }
            for (i, title) in e.titles.enumerated() { try addName(n, e.kind, "title", i, title) }
            for m in e.mentions { addSpan(SpanPacking.Label(e.kind), n, m) }
        }
        var figure = try FastInsert(
            db,
            sql:
                "INSERT INTO figure (article, number, start, \"end\", value, unit, qualifier, sentence, subjects) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        for (n, f) in a.analysis.figures.enumerated() {
            figure.bind(id)
            figure.bind(n)
            figure.bind(f.range.start)
            figure.bind(f.range.end)
            figure.bind(f.value)
            figure.bind(f.unit)
            figure.bind(f.qualifier)
            let context = n < r.figureContexts.count ? r.figureContexts[n] : FigureContext(sentence: "", subjects: [])
            figure.bind(context.sentence)
            figure.bind(context.subjects.joined(separator: " "))
            try figure.run()
            addSpan(.figure, n, f.range)
        }
        for (n, d) in a.analysis.dates.enumerated() { addSpan(.date, n, d) }
        var quote = try FastInsert(
            db,
            sql: """
                INSERT INTO quote (article, number, kind, speaker, speaker_start, speaker_end, speaker_entity, speaker_key, start, "end", text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for (n, q) in a.analysis.quotes.enumerated() {
            quote.bind(id)
            quote.bind(n)
            quote.bind(q.kind.rawValue)
            quote.bind(q.speaker?.name)
            quote.bind(q.speaker?.mention.start)
            quote.bind(q.speaker?.mention.end)
            quote.bind(q.speaker?.entityID)
            quote.bind(
                q.speaker.flatMap {
                    $0.entityID == nil && !LibraryNames.isPronoun($0.name)
                        ? LibraryNames.key($0.name, kind: .person) : nil
                })
            quote.bind(q.segments.first?.start ?? 0)
            quote.bind(q.segments.last?.end ?? 0)
            quote.bind(q.segments.map { a.text(in: $0) }.joined(separator: " … "))
            try quote.run()
            for seg in q.segments { addSpan(.quote, n, seg) }
        }
        var span = try FastInsert(db, sql: "INSERT INTO span (article, data) VALUES (?, ?)")
        span.bind(id)
        span.bind(spans.bytes)
        try span.run()
        return id
    }

    /// The stored analysis of one article (by row id), nil when it is gone. Rows that do not
    /// make sense (a range ending before it starts, an unknown kind) are damage.
    public func analysedArticle(rowID: Int64) throws -> AnalysedArticle? {
        try read { db in try Self.analysedArticle(rowID, db) }
    }

    static func damaged(_ what: String) -> DatabaseError {
        DatabaseError(resultCode: .SQLITE_CORRUPT, message: "damaged index: \(what)")
    }

    private static func range(_ start: Int, _ end: Int) throws -> TextRange {
        guard start >= 0, start <= end else { throw damaged("range \(start)–\(end)") }
        return TextRange(start, end)
    }

    private static func analysedArticle(_ id: Int64, _ db: Database) throws -> AnalysedArticle? {
        guard
            let head = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT article_id, title FROM article WHERE id = ?"), arguments: [id])
        else {
            return nil
        }
        var entities: [Entity] = []
        for row in try Row.fetchAll(
            db.cachedStatement(sql: "SELECT number, kind, name FROM entity WHERE article = ? ORDER BY number"),
            arguments: [id])
        {
            guard let kind = EntityKind(rawValue: row[1]), row[0] as Int == entities.count else {
                throw damaged("entity")
            }
            entities.append(Entity(id: row[0], kind: kind, canonicalName: row[2], mentions: []))
        }
        for row in try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT entity, role, name FROM entity_name WHERE article = ? ORDER BY entity, role, number"),
            arguments: [id])
        {
            let n: Int = row[0]
            guard entities.indices.contains(n) else { throw damaged("entity name") }
            if row[1] as String == "alias" {
                entities[n].aliases.append(row[2])
            } else {
                entities[n].titles.append(row[2])
            }
        }
        var figures: [Figure] = []
        for row in try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT start, \"end\", value, unit, qualifier FROM figure WHERE article = ? ORDER BY number"),
            arguments: [id])
        {
            figures.append(Figure(range: try range(row[0], row[1]), value: row[2], unit: row[3], qualifier: row[4]))
        }
        var quotes: [Quote] = []
        for row in try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT kind, speaker, speaker_start, speaker_end, speaker_entity FROM quote WHERE article = ? ORDER BY number
                    """), arguments: [id])
        {
            guard let kind = QuoteKind(rawValue: row[0]) else { throw damaged("quote kind") }
            var speaker: Speaker?
            if let name: String = row[1] {
                speaker = Speaker(name: name, mention: try range(row[2] ?? 0, row[3] ?? 0), entityID: row[4])
            }
            quotes.append(Quote(segments: [], kind: kind, speaker: speaker))
        }
        var dates: [TextRange] = []
        var texts: [TextRange: String] = [:]
        let packed =
            try Data.fetchOne(db.cachedStatement(sql: "SELECT data FROM span WHERE article = ?"), arguments: [id])
            ?? Data()
        var reader = SpanPacking.Reader(Array(packed))
        while let (label, owner, r, text) = try reader.next() {
            guard r.start >= 0, r.start <= r.end else { throw damaged("range \(r.start)–\(r.end)") }
            texts[r] = text
            switch label {
            case .date: dates.append(r)
            case .quote:
                guard quotes.indices.contains(owner) else { throw damaged("quote span") }
                quotes[owner].segments.append(r)
            case .figure: break
            case .person, .place, .organization:
                guard entities.indices.contains(owner), SpanPacking.Label(entities[owner].kind) == label else {
                    throw damaged("mention")
                }
                entities[owner].mentions.append(r)
            }
        }
        if quotes.contains(where: { $0.segments.isEmpty }) { throw damaged("quote without segments") }
        return AnalysedArticle(
            id: head[0], title: head[1],
            analysis: Analysis(quotes: quotes, entities: entities, figures: figures, dates: dates), spanTexts: texts)
    }
}
