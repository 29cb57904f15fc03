import Foundation
import GRDB
import GlossCore

/// One article of the library as the catalog knows it: its row in the index and what a listing
/// shows of it.
public struct CatalogArticle: Sendable, Hashable {
    public var rowID: Int64
    public var id: String
    public var title: String
    public var date: String?

    public init(rowID: Int64, id: String, title: String, date: String?) {
        self.rowID = rowID
        self.id = id
        self.title = title
        self.date = date
    }
}

/// The library-wide views over a fresh index: full-text search, the people and places index,
/// the quote book and the figure ledger. Scoped to the articles of one library (the index may
/// hold others, and rows of files since removed), which `articles` names.
public struct LibraryCatalog: Sendable {
    public let index: LibraryIndex
    public let articles: [Int64: CatalogArticle]
    private let byID: [String: Int64]

    public init(index: LibraryIndex, articles: [CatalogArticle]) {
        self.index = index
        var rows: [Int64: CatalogArticle] = [:]
        var ids: [String: Int64] = [:]
        rows.reserveCapacity(articles.count)
        ids.reserveCapacity(articles.count)
        for a in articles {
            rows[a.rowID] = a
            ids[a.id] = a.rowID
        }
        self.articles = rows
        self.byID = ids
    }

    public func rowID(of articleID: String) -> Int64? { byID[articleID] }

    // MARK: Search

    /// The articles matching `query`, best first (title matches weigh more than text), from
    /// `offset`, at most `limit`, each with the first match's line. With smart case the index
    /// (which ignores case) proposes and the text decides.
    public func search(_ query: SearchQuery, limit: Int = 20, offset: Int = 0, among scope: Set<String>? = nil) throws
        -> SearchResults
    {
        try index.read { db in
            let cursor = try Row.fetchCursor(
                db,
                sql:
                    "SELECT rowid, bm25(article_text, 4.0, 1.0) FROM article_text WHERE article_text MATCH ? ORDER BY 2",
                arguments: [query.fullTextExpression])
            var hits: [SearchHit] = []
            var total = 0
            var verified = 0
            var exact = true
            while let row = try cursor.next() {
                let rowID: Int64 = row[0]
                guard let article = articles[rowID] else { continue }
                if let scope, !scope.contains(article.id) { continue }
                total += 1
                let wanted = verified >= offset && hits.count < limit
                if !query.caseSensitive {
                    if wanted, let hit = try hit(query, article, score: -(row[1] as Double), db) { hits.append(hit) }
                    verified += 1
                    continue
                }
                // Smart case: the text says whether this candidate is a match at all.
                if verified < offset + limit {
                    if let hit = try hit(query, article, score: -(row[1] as Double), db) {
                        if verified >= offset { hits.append(hit) }
                        verified += 1
                    } else {
                        total -= 1
                    }
                } else {
                    exact = false
                }
            }
            return SearchResults(query: query.text, hits: hits, total: total, totalIsExact: exact)
        }
    }

    /// The first match of `query` in the article's title or text; nil when smart case rules it out.
    private func hit(_ query: SearchQuery, _ article: CatalogArticle, score: Double, _ db: Database) throws
        -> SearchHit?
    {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT title, text FROM article_text WHERE rowid = ?"),
                arguments: [article.rowID])
        else { return nil }
        let title: String = row[0], text: String = row[1]
        let scalars = Array(text.unicodeScalars)
        let titleScalars = Array(title.unicodeScalars)
        // Every term must appear in the title or the text, as the index requires.
        let inText = query.matchesByTerm(in: scalars), inTitle = query.matchesByTerm(in: titleScalars)
        guard zip(inText, inTitle).allSatisfy({ !$0.isEmpty || !$1.isEmpty }) else { return nil }
        if let first = inText.flatMap({ $0 }).min(by: { $0.start < $1.start }) {
            return SearchHit(
                articleID: article.id, title: article.title, date: article.date, source: .text, range: first,
                context: SearchContext(scalars, around: first), score: score)
        }
        let first = inTitle.flatMap { $0 }.min { $0.start < $1.start } ?? TextRange(0, 0)
        return SearchHit(
            articleID: article.id, title: article.title, date: article.date, source: .title, range: TextRange(0, 0),
            context: SearchContext(titleScalars, around: first), score: score)
    }

    // MARK: People and places

    /// Every entity of `kind` in the library, one occurrence per article entity.
    public func occurrences(_ kind: EntityKind) throws -> [LibraryNames.Occurrence] {
        try index.read { db in
            var list: [LibraryNames.Occurrence] = []
            var at: [Int64: [Int: Int]] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT article, number, name, mentions FROM entity WHERE kind = ?", arguments: [kind.rawValue]
            )
            while let row = try rows.next() {
                let rowID: Int64 = row[0]
                guard let article = articles[rowID] else { continue }
                at[rowID, default: [:]][row[1]] = list.count
                list.append(
                    LibraryNames.Occurrence(
                        articleID: article.id, entity: row[1], kind: kind, name: row[2], aliases: [], mentions: row[3]))
            }
            // Every alias in key order, kept when its entity is one of those (no lookup of the
            // entity per alias: that was most of the time).
            let aliases = try Row.fetchCursor(
                db,
                sql:
                    "SELECT article, entity, name FROM entity_name WHERE role = 'alias' ORDER BY article, entity, number"
            )
            while let row = try aliases.next() {
                let rowID: Int64 = row[0]
                if let i = at[rowID]?[row[1]] { list[i].aliases.append(row[2]) }
            }
            return list
        }
    }

    /// The people (or places) of the library, merged across articles, most articles first;
    /// for people, with the number of quotes attributed to each.
    public func listing(_ kind: EntityKind) throws -> [EntityListing] {
        let groups = LibraryNames.group(try occurrences(kind))
        var quotes: [String: Int] = [:]
        if kind == .person {
            let owner = Self.owners(groups)
            for (rowID, entity, count) in try attributedCounts() {
                guard let article = articles[rowID], let name = owner[article.id + "\u{1}\(entity)"] else { continue }
                quotes[name, default: 0] += count
            }
        }
        return groups.map { g in
            EntityListing(
                kind: g.kind, name: g.name, aliases: g.aliases, mentions: g.mentions, articles: g.articleIDs.count,
                quotes: quotes[g.name] ?? 0, articleIDs: g.articleIDs)
        }
    }

    private func attributedCounts() throws -> [(Int64, Int, Int)] {
        try index.read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT article, speaker_entity, count(*) FROM quote WHERE speaker_entity IS NOT NULL GROUP BY article, speaker_entity"
            ).map { ($0[0], $0[1], $0[2]) }
        }
    }

    /// The groups a typed name means (`LibraryNames.resolve`), found through the index's name
    /// keys rather than by reading every entity: the entities with that name, then every entity
    /// that shares a linking name with those, until no new one turns up. Each step is one query
    /// over a set of keys or entities (passed as JSON), whatever their number.
    public func resolve(_ name: String, kind: EntityKind) throws -> [LibraryNames.Group] {
        let key = LibraryNames.key(name, kind: kind)
        guard !key.isEmpty else { return [] }
        return try index.read { db in
            var found = Set<Pair>()
            let exact = try pairs(db, keys: [key], kind: kind, linkingOnly: false)
            // Names holding the typed one as words in a row: what it is short for (`LibraryNames.group`
            // keeps them only when they are one person), or what it means when nothing has that name.
            let containing =
                exact.isEmpty || key.contains(" ")
                ? try pairs(db, keys: try Self.keysContaining(key, kind: kind, db), kind: kind, linkingOnly: false)
                : []
            var frontier = exact.union(containing)
            var keys = Set<String>()
            var rounds = 0
            while !frontier.isEmpty, rounds < 8 {
                rounds += 1
                found.formUnion(frontier)
                var newKeys = Set<String>()
                for k in try linkingKeys(db, frontier) where !keys.contains(k) {
                    newKeys.insert(k)
                    // Shorter names inside this one may be the same person's (the grouping
                    // keeps them when they are nobody else's).
                    let words = k.split(separator: " ")
                    guard words.count >= 3 else { continue }
                    for length in 2..<words.count {
                        for start in 0...(words.count - length) {
                            let inner = words[start..<(start + length)].joined(separator: " ")
                            if !keys.contains(inner) { newKeys.insert(inner) }
                        }
                    }
                }
                keys.formUnion(newKeys)
                guard !newKeys.isEmpty else { break }
                frontier = try pairs(db, keys: newKeys, kind: kind, linkingOnly: true).subtracting(found)
            }
            let groups = LibraryNames.group(try occurrences(of: found, kind: kind, db))
            // When the name itself was found, only the groups it is a name of.
            let exactArticles = Set(exact.compactMap { p in articles[p.article].map { $0.id + "\u{1}\(p.entity)" } })
            let named = groups.filter { g in
                g.occurrences.contains { exactArticles.contains($0.articleID + "\u{1}\($0.entity)") }
            }
            return named.isEmpty ? groups : named
        }
    }

    private struct Pair: Hashable {
        var article: Int64
        var entity: Int
    }

    /// A JSON array of strings, for `json_each`.
    private static func json(_ strings: some Collection<String>) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: Array(strings))) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// A JSON array of `[article, entity]` pairs, for `json_each`.
    private static func json(_ pairs: Set<Pair>) -> String {
        "[" + pairs.map { "[\($0.article),\($0.entity)]" }.joined(separator: ",") + "]"
    }

    /// The pairs given as JSON, as a table `p(article, entity)` to join from.
    private static let pairTable = """
        p(article, entity) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?1))
        """

    /// The name keys of `kind` that hold `key` as whole words in a row: the word index proposes,
    /// the words decide.
    private static func keysContaining(_ key: String, kind: EntityKind, _ db: Database) throws -> [String] {
        let phrase = "\"" + key.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let candidates: [String]
        do {
            candidates = try String.fetchAll(
                db.cachedStatement(
                    sql:
                        "SELECT k.key FROM name_word w JOIN name_key k ON k.id = w.rowid WHERE name_word MATCH ?1 AND k.kind = ?2"
                ),
                arguments: [phrase, kind.rawValue])
        } catch {
            // A key the word index cannot read as a phrase: every key of the kind is looked at.
            candidates = try String.fetchAll(
                db.cachedStatement(sql: "SELECT key FROM name_key WHERE kind = ?"), arguments: [kind.rawValue])
        }
        let padded = " " + key + " "
        return candidates.filter { (" " + $0 + " ").contains(padded) }
    }

    /// The entities of `kind`, in this library, named by one of `keys` or having an alias with
    /// one of them (one that links entities across articles, with `linkingOnly`).
    private func pairs(_ db: Database, keys: some Collection<String>, kind: EntityKind, linkingOnly: Bool) throws
        -> Set<Pair>
    {
        guard !keys.isEmpty else { return [] }
        var out = Set<Pair>()
        let sql = """
            WITH k(key) AS (SELECT value FROM json_each(?2))
            SELECT e.article, e.number FROM k CROSS JOIN entity e ON e.kind = ?1 AND e.key = k.key
            UNION SELECT n.article, n.entity FROM k CROSS JOIN entity_name n ON n.key = k.key
            CROSS JOIN entity e ON e.article = n.article AND e.number = n.entity
            WHERE n.role = 'alias' AND e.kind = ?1\(linkingOnly ? " AND n.links = 1" : "")
            """
        for row in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [kind.rawValue, Self.json(keys)]) {
            let rowID: Int64 = row[0]
            if articles[rowID] != nil { out.insert(Pair(article: rowID, entity: row[1])) }
        }
        return out
    }

    /// The keys that link these entities to others: their names and linking aliases.
    private func linkingKeys(_ db: Database, _ pairs: Set<Pair>) throws -> Set<String> {
        guard !pairs.isEmpty else { return [] }
        let sql = """
            WITH \(Self.pairTable)
            SELECT e.key FROM p CROSS JOIN entity e ON e.article = p.article AND e.number = p.entity
            UNION SELECT n.key FROM p CROSS JOIN entity_name n ON n.article = p.article AND n.entity = p.entity
            WHERE n.role = 'alias' AND n.links = 1
            """
        return Set(try String.fetchAll(db.cachedStatement(sql: sql), arguments: [Self.json(pairs)]))
    }

    /// The occurrences of these entities, with their names, aliases and mentions.
    private func occurrences(of pairs: Set<Pair>, kind: EntityKind, _ db: Database) throws -> [LibraryNames.Occurrence]
    {
        guard !pairs.isEmpty else { return [] }
        let json = Self.json(pairs)
        var aliases: [Pair: [String]] = [:]
        let aliasRows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    WITH \(Self.pairTable)
                    SELECT n.article, n.entity, n.name FROM p CROSS JOIN entity_name n ON n.article = p.article AND n.entity = p.entity
                    WHERE n.role = 'alias' ORDER BY n.article, n.entity, n.number
                    """), arguments: [json])
        while let row = try aliasRows.next() {
            aliases[Pair(article: row[0], entity: row[1]), default: []].append(row[2])
        }
        var list: [LibraryNames.Occurrence] = []
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    WITH \(Self.pairTable)
                    SELECT e.article, e.number, e.name, e.mentions FROM p CROSS JOIN entity e ON e.article = p.article AND e.number = p.entity
                    ORDER BY e.article, e.number
                    """), arguments: [json])
        while let row = try rows.next() {
            let pair = Pair(article: row[0], entity: row[1])
            guard let article = articles[pair.article] else { continue }
            list.append(
                LibraryNames.Occurrence(
                    articleID: article.id, entity: pair.entity, kind: kind, name: row[2], aliases: aliases[pair] ?? [],
                    mentions: row[3]))
        }
        return list
    }

    /// The ids of the articles that name every person and place given and quote every speaker
    /// given (each resolved as `resolve` does); nil when the filter names none of these.
    public func articleIDs(people: [String], places: [String], speakers: [String]) throws -> Set<String>? {
        var result: Set<String>?
        func narrow(_ ids: Set<String>) { result = result.map { $0.intersection(ids) } ?? ids }
        for name in people { narrow(Set(try resolve(name, kind: .person).flatMap(\.articleIDs))) }
        for name in places { narrow(Set(try resolve(name, kind: .place).flatMap(\.articleIDs))) }
        for name in speakers { narrow(Set(try quotes(speaker: name).map(\.articleID))) }
        return result
    }

    // MARK: Quotes

    /// The library's quotes, by article id then position: those of one speaker (resolved as
    /// `resolve` does; a speaker the analysis only described, `a spokeswoman`, by that phrase),
    /// of one article, of one kind.
    public func quotes(speaker: String? = nil, articleID: String? = nil, kind: QuoteKind? = nil) throws -> [QuoteRecord]
    {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let articleID {
            guard let row = byID[articleID] else { return [] }
            conditions.append("q.article = ?")
            arguments.append(row)
        }
        if let kind {
            conditions.append("q.kind = ?")
            arguments.append(kind.rawValue)
        }
        let columns = "SELECT q.article, q.number, q.kind, q.speaker, q.speaker_entity, q.start, q.\"end\", q.text"
        let filter = conditions.map { " AND " + $0 }.joined()
        // The library-wide name of each entity quoted (`articleID␁number`).
        let names: [String: String]
        let sql: String
        if let speaker {
            // Only the articles of the speaker's entities, and quotes whose speaker is a phrase
            // with the same key.
            let groups = try resolve(speaker, kind: .person)
            names = Self.owners(groups)
            let rows = Set(groups.flatMap { $0.occurrences.compactMap { byID[$0.articleID] } })
            sql = """
                WITH a(article) AS (SELECT value FROM json_each(?))
                \(columns) FROM a CROSS JOIN quote q ON q.article = a.article WHERE q.speaker_entity IS NOT NULL\(filter)
                UNION ALL \(columns) FROM quote q WHERE q.speaker_key = ?\(filter)
                """
            arguments =
                ["[" + rows.map(String.init).joined(separator: ",") + "]"] + arguments + [
                    LibraryNames.key(speaker, kind: .person)
                ] + arguments
        } else {
            names = Self.owners(LibraryNames.group(try occurrences(.person)))
            sql =
                columns + " FROM quote q"
                + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
        }
        return try index.read { db in
            var records: [QuoteRecord] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                let rowID: Int64 = row[0]
                guard let article = articles[rowID], let kind = QuoteKind(rawValue: row[2]) else { continue }
                let entity: Int? = row[4]
                let phrase: String? = row[3]
                let name = entity.flatMap { names[article.id + "\u{1}\($0)"] }
                // Asked for a speaker: an entity of another person in the same article is not theirs.
                if speaker != nil, entity != nil, name == nil { continue }
                records.append(
                    QuoteRecord(
                        articleID: article.id, title: article.title, date: article.date, number: row[1], kind: kind,
                        speaker: name ?? phrase.flatMap { LibraryNames.isPronoun($0) ? nil : $0 },
                        range: TextRange(row[5], row[6]),
                        text: row[7]))
            }
            // By article id (row ids follow the order articles happened to be indexed in), then position.
            return records.sorted { ($0.articleID, $0.number) < ($1.articleID, $1.number) }
        }
    }

    /// For each entity of the groups (`articleID␁number`), its library-wide name.
    private static func owners(_ groups: [LibraryNames.Group]) -> [String: String] {
        var owners: [String: String] = [:]
        for g in groups {
            for o in g.occurrences { owners[o.articleID + "\u{1}\(o.entity)"] = g.name }
        }
        return owners
    }

    /// The texts of one article's spans with `label`, by owner number, in the order stored.
    private static func spanTexts(_ rowID: Int64, _ label: SpanPacking.Label, _ db: Database) throws -> [Int: [(
        TextRange, String
    )]] {
        let packed =
            try Data.fetchOne(db.cachedStatement(sql: "SELECT data FROM span WHERE article = ?"), arguments: [rowID])
            ?? Data()
        var reader = SpanPacking.Reader(Array(packed))
        var found: [Int: [(TextRange, String)]] = [:]
        while let (l, owner, range, text) = try reader.next() {
            if l == label { found[owner, default: []].append((range, text)) }
        }
        return found
    }

    // MARK: Figures

    /// The library's figures, by article id then position: of one unit (as the analysis names it:
    /// `percent`, `USD`, `people`), of one article.
    public func figures(unit: String? = nil, articleID: String? = nil) throws -> [FigureRecord] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let unit {
            conditions.append("lower(unit) = lower(?)")
            arguments.append(unit)
        }
        if let articleID {
            guard let row = byID[articleID] else { return [] }
            conditions.append("article = ?")
            arguments.append(row)
        }
        let sql =
            "SELECT article, number, start, \"end\", value, unit, qualifier, sentence, subjects FROM figure"
            + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
            + " ORDER BY article, number"
        return try index.read { db in
            var out: [FigureRecord] = []
            var texts: [Int64: [TextRange: String]] = [:]
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                let rowID: Int64 = row[0]
                guard let article = articles[rowID] else { continue }
                if texts[rowID] == nil {
                    var map: [TextRange: String] = [:]
                    for (_, spans) in try Self.spanTexts(rowID, .figure, db) {
                        for (range, text) in spans { map[range] = text }
                    }
                    texts[rowID] = map
                }
                let range = TextRange(row[2], row[3])
                let subjects: String = row[8]
                out.append(
                    FigureRecord(
                        articleID: article.id, title: article.title, date: article.date, number: row[1], range: range,
                        text: texts[rowID]?[range] ?? "", value: row[4], unit: row[5], qualifier: row[6],
                        sentence: row[7],
                        subjects: subjects.split(separator: " ").map(String.init)))
            }
            // By article id (row ids follow the order articles happened to be indexed in), then position.
            return out.sorted { ($0.articleID, $0.number) < ($1.articleID, $1.number) }
        }
    }

    // MARK: Facets

    /// The people, places and speakers of every article, by their library-wide names.
    public func facetTable() throws -> FacetTable {
        var table = FacetTable()
        var owners: [String: String] = [:]
        for kind in [EntityKind.person, .place] {
            let groups = LibraryNames.group(try occurrences(kind))
            for g in groups {
                for o in g.occurrences {
                    table.add(articleID: o.articleID, kind: kind == .person ? .person : .place, name: g.name)
                }
            }
            if kind == .person { owners = Self.owners(groups) }
        }
        for (rowID, entity, _) in try attributedCounts() {
            guard let article = articles[rowID], let name = owners[article.id + "\u{1}\(entity)"] else { continue }
            table.add(articleID: article.id, kind: .speaker, name: name)
        }
        return table
    }
}
