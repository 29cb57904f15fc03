import GRDB
import GRDBSQLite

/// The rows of one SELECT read through SQLite's own column calls: GRDB's `Row` subscripts cost
/// several times what SQLite spends on a row, and every command reads one row per article.
struct FastRead {
    /// Kept so the statement is not finalized while its rows are read.
    private let owner: Statement
    private let statement: SQLiteStatement
    private let connection: SQLiteConnection?

    init(_ db: Database, sql: String) throws {
        owner = try db.makeStatement(sql: sql)
        statement = owner.sqliteStatement
        connection = db.sqliteConnection
    }

    /// Steps to the next row; false after the last.
    func next() throws -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
    }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(statement, column)) }

    func text(_ column: Int32) -> String { optionalText(column) ?? "" }

    /// The text of a column, nil when it is NULL.
    func optionalText(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(statement, column) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}
