import GRDB
import GlossCore

/// The tables of the index. Every row hangs off `article` and goes with it (foreign keys with
/// ON DELETE CASCADE, a trigger for the full-text row), so replacing an article is one delete
/// and its inserts.
///
/// - `meta(key, value)`: `schema` and `analysis` versions; either differing rebuilds the index.
/// - `article`: one row per file: `path` (absolute, the key), `article_id`, `size`, `mtime`
///   (ns), `hash` (of the bytes), `checked` (when size and mtime were last seen to go with the
///   hash), metadata, `words`, the counts `gloss list` shows, and `notes` (decoding fallbacks).
/// - `entity(article, number, kind, name, key, mentions)`: people, places and organizations;
///   `number` is the entity's id in the analysis, `key` the name folded (`LibraryNames.key`).
///   Indexed by (kind, key), so a name finds its articles whatever its case and accents.
/// - `entity_name(article, entity, role, number, name, key, links)`: aliases (`role` 'alias')
///   and titles ('title') of an entity; `links` when the alias links entities across articles
///   (`LibraryNames.links`). Indexed by key, so an alias finds its articles.
/// - `name_key(id, kind, key)`: every name key (`entity.key` and alias keys, under the
///   entity's kind) once, with `name_word`, an FTS5 index of their words: a name finds the
///   longer names that hold it (`lopez obrador` in `andres manuel lopez obrador`) without
///   reading every entity. Keys are only added (a key whose articles went finds nothing).
/// - `quote(article, number, kind, speaker, speaker_start, speaker_end, speaker_entity,
///   speaker_key, start, end, text)`: `speaker_key` is the folded speaker phrase of a quote
///   whose speaker is no entity (`a spokeswoman`), indexed; `text` the quoted words (segments
///   joined by ` … `), so the quote book reads no spans.
/// - `figure(article, number, start, end, value, unit, qualifier, sentence, subjects)`:
///   `sentence` and `subjects` (space-separated) from `FigureContext`. Indexed by (unit, value).
/// - `span(article, data)`: every range with its text, packed in one blob per article
///   (`SpanPacking`): mentions (labelled with the entity kind, owned by the entity), `figure`,
///   `date`, `quote` (one per segment). Offsets are Unicode scalars into the article text. One
///   row per article rather than per span: span rows were most of what a cold index wrote.
/// - `article_text(title, text)`: FTS5, `rowid` = `article.id`.
enum IndexSchema {
    /// Bumped when the tables change.
    static let version = 5
    /// `PRAGMA application_id`: marks the file as a Gloss index, so a database that is not one
    /// is never rebuilt over ("GLSS").
    static let applicationID: Int32 = 0x474C_5353

    static let tables = [
        "name_word", "name_key", "article_text", "span", "figure", "quote", "entity_name", "entity", "article", "meta",
    ]

    /// The indexes the catalog looks rows up by (not the primary keys or the unique paths and
    /// name keys, which writing needs). A cold build of many articles drops them first and makes
    /// them again at the end (`LibraryIndexer.update`): kept up to date row by row, their pages
    /// were dirtied anew in every batch, and that was over a quarter of what the writer did.
    /// Every opening makes any that are missing (a build that stopped halfway), so queries are
    /// only ever slower without them, never different.
    static let lookupIndexes = [
        "CREATE INDEX IF NOT EXISTS entity_by_key ON entity(kind, key)",
        "CREATE INDEX IF NOT EXISTS entity_name_by_key ON entity_name(key)",
        "CREATE INDEX IF NOT EXISTS quote_by_speaker_key ON quote(speaker_key) WHERE speaker_key IS NOT NULL",
        "CREATE INDEX IF NOT EXISTS figure_by_unit ON figure(unit, value) WHERE unit IS NOT NULL",
    ]
    static let lookupIndexNames = ["entity_by_key", "entity_name_by_key", "quote_by_speaker_key", "figure_by_unit"]

    static func makeLookupIndexes(_ db: Database) throws {
        for sql in lookupIndexes { try db.execute(sql: sql) }
    }

    static func dropLookupIndexes(_ db: Database) throws {
        for name in lookupIndexNames { try db.execute(sql: "DROP INDEX IF EXISTS \(name)") }
    }

    static let create = """
        CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE article (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            article_id TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime INTEGER NOT NULL,
            hash TEXT NOT NULL,
            checked INTEGER NOT NULL,
            format TEXT NOT NULL,
            title TEXT NOT NULL,
            author TEXT, date TEXT, source TEXT, url TEXT,
            words INTEGER NOT NULL,
            quotes INTEGER NOT NULL,
            people INTEGER NOT NULL,
            places INTEGER NOT NULL,
            organizations INTEGER NOT NULL,
            figures INTEGER NOT NULL,
            dates INTEGER NOT NULL,
            notes TEXT NOT NULL
        );
        CREATE TABLE entity (
            article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            key TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (article, number)
        ) WITHOUT ROWID;
        CREATE TABLE entity_name (
            article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            entity INTEGER NOT NULL,
            role TEXT NOT NULL,
            number INTEGER NOT NULL,
            name TEXT NOT NULL,
            key TEXT NOT NULL,
            links INTEGER NOT NULL,
            PRIMARY KEY (article, entity, role, number)
        ) WITHOUT ROWID;
        CREATE TABLE quote (
            article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            kind TEXT NOT NULL,
            speaker TEXT,
            speaker_start INTEGER,
            speaker_end INTEGER,
            speaker_entity INTEGER,
            speaker_key TEXT,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article, number)
        ) WITHOUT ROWID;
        CREATE TABLE name_key (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, key TEXT NOT NULL, UNIQUE (kind, key));
        CREATE VIRTUAL TABLE name_word USING fts5(key, content = 'name_key', content_rowid = 'id', tokenize = 'unicode61');
        CREATE TRIGGER name_key_added AFTER INSERT ON name_key BEGIN
            INSERT INTO name_word (rowid, key) VALUES (new.id, new.key);
        END;
        CREATE TABLE figure (
            article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            value REAL,
            unit TEXT,
            qualifier TEXT,
            sentence TEXT NOT NULL,
            subjects TEXT NOT NULL,
            PRIMARY KEY (article, number)
        ) WITHOUT ROWID;
        CREATE TABLE span (
            article INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
            data BLOB NOT NULL
        );
        CREATE VIRTUAL TABLE article_text USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
        CREATE TRIGGER article_gone AFTER DELETE ON article BEGIN
            DELETE FROM article_text WHERE rowid = old.id;
        END;
        """

    enum Check {
        case ready
        /// The file holds tables of something else: left alone.
        case foreign
    }

    /// Makes the tables when the file is new, rebuilds them when the schema or the analysis
    /// version differs. One write transaction, so two processes opening at once agree.
    static func prepare(_ db: Database) throws -> Check {
        let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
        if tableCount > 0 && application != applicationID { return .foreign }
        // Straight from sqlite_master, not GRDB's schema cache, which can predate another
        // process's tables (and would make this one drop and remake them under it).
        let hasMeta =
            try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'") ?? 0
        if tableCount > 0, hasMeta > 0 {
            let rows = try Row.fetchAll(db, sql: "SELECT key, value FROM meta")
            var values: [String: String] = [:]
            for row in rows { values[row["key"]] = row["value"] }
            if values["schema"] == String(version) && values["analysis"] == String(AnalysisVersion.current) {
                try makeLookupIndexes(db)
                return .ready
            }
        }
        for table in tables { try db.execute(sql: "DROP TABLE IF EXISTS \(table)") }
        for trigger in ["article_gone", "name_key_added"] { try db.execute(sql: "DROP TRIGGER IF EXISTS \(trigger)") }
        try db.execute(sql: create)
        try makeLookupIndexes(db)
        try db.execute(
            sql: "INSERT INTO meta (key, value) VALUES ('schema', ?), ('analysis', ?)",
            arguments: [String(version), String(AnalysisVersion.current)])
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        return .ready
    }
}
