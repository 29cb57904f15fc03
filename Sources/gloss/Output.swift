import Foundation
import GlossCore

/// Buffered writing to stdout: one write for a whole listing. Everything written goes through
/// `TerminalSafe`: text lines with unsafe characters replaced, JSON with them escaped.
struct Output {
    private var buffer: [UInt8] = []

    /// A line of text (tabs and line feeds inside it stay; every other control is replaced).
    mutating func line(_ s: String = "") {
        append(TerminalSafe.text(s))
    }

    /// A value as pretty-printed JSON with sorted keys.
    mutating func json(_ value: some Encodable) throws {
        append(TerminalSafe.json(String(decoding: try Output.prettyEncoder.encode(value), as: UTF8.self)))
    }

    /// A value as one line of JSON (JSON Lines).
    mutating func jsonLine(_ value: some Encodable) throws {
        append(TerminalSafe.json(String(decoding: try Output.lineEncoder.encode(value), as: UTF8.self)))
    }

    /// JSON from a `JSONWriter` made with `terminalSafe` (its bytes are already escaped),
    /// followed by a line feed.
    mutating func json(_ writer: inout JSONWriter) {
        precondition(writer.terminalSafe)
        buffer.append(contentsOf: writer.take())
        buffer.append(0x0A)
        if buffer.count > 1 << 16 { flush() }
    }

    /// Part of a long JSON value: the bytes written so far, with no line feed.
    mutating func jsonPart(_ writer: inout JSONWriter) {
        precondition(writer.terminalSafe)
        buffer.append(contentsOf: writer.take())
        if buffer.count > 1 << 16 { flush() }
    }

    private mutating func append(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        buffer.append(0x0A)
        if buffer.count > 1 << 16 { flush() }
    }

    private static let prettyEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    private static let lineEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    mutating func flush() {
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Columns of the terminal on stdout, or nil when stdout is not a terminal.
    static func terminalWidth() -> Int? {
        guard Platform.isTerminal(.output) else { return nil }
        if let columns = Platform.terminalColumns(.output) { return columns }
        if let cols = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), cols > 0 { return cols }
        return 80
    }

    static var stdoutIsTerminal: Bool { Platform.isTerminal(.output) }
}
