import GRDB
import GRDBSQLite

/// One prepared INSERT run many times through SQLite's own binding calls. GRDB's arguments
/// (an array of enum values per row) cost several times what SQLite spends on the row, and a
/// cold index writes hundreds of thousands of span rows.
struct FastInsert {
    private let statement: SQLiteStatement
    private let connection: SQLiteConnection?
    private var column: Int32 = 0

    /// `SQLITE_TRANSIENT`: SQLite copies the bytes before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql).sqliteStatement
        connection = db.sqliteConnection
    }

    mutating func bind(_ value: Int) {
        column += 1
        sqlite3_bind_int64(statement, column, Int64(value))
    }

    mutating func bind(_ value: Int64) {
        column += 1
        sqlite3_bind_int64(statement, column, value)
    }

    mutating func bind(_ value: Int?) {
        guard let value else { return bindNull() }
        bind(value)
    }

    mutating func bind(_ value: Double?) {
        column += 1
        if let value { sqlite3_bind_double(statement, column, value) } else { sqlite3_bind_null(statement, column) }
    }

    mutating func bind(_ value: String?) {
        guard var value else { return bindNull() }
        column += 1
        let c = column
        let statement = self.statement
        value.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress {
                    _ = sqlite3_bind_text(statement, c, base, Int32(chars.count), Self.transient)
                } else {
                    _ = sqlite3_bind_text(statement, c, "", 0, Self.transient)
                }
            }
        }
    }

    mutating func bind(_ bytes: [UInt8]) {
        column += 1
        let c = column
        let statement = self.statement
        bytes.withUnsafeBytes { raw in
            _ = sqlite3_bind_blob(
                statement, c, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(raw.count), Self.transient)
        }
    }

    private mutating func bindNull() {
        column += 1
        sqlite3_bind_null(statement, column)
    }

    /// Runs the row bound so far and gets ready for the next.
    mutating func run() throws {
        column = 0
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
    }
}
