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

    /// Text written as it is (made safe as exports are), with no line feed added.
    mutating func text(_ s: String) {
        buffer.append(contentsOf: TerminalSafe.text(s).utf8)
        if buffer.count > 1 << 16 { flush() }
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
        writer.drain(into: &buffer)
        buffer.append(0x0A)
        if buffer.count > 1 << 16 { flush() }
    }

    /// Part of a long JSON value: the bytes written so far, with no line feed.
    mutating func jsonPart(_ writer: inout JSONWriter) {
        precondition(writer.terminalSafe)
        writer.drain(into: &buffer)
        if buffer.count > 1 << 16 { flush() }
    }

    private mutating func append(_ s: String) {
        rawLine(Array(s.utf8))
    }

    /// Bytes already made safe, and a line feed.
    fileprivate mutating func rawLine(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
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

extension Output {
    /// True when output may carry highlighting: stdout is a terminal and `NO_COLOR` is unset.
    static let highlights: Bool = stdoutIsTerminal && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty

    /// A line whose `marked` part is shown in bold reverse on a terminal (each part made safe
    /// first, so only these codes reach the terminal).
    mutating func line(_ before: String, marked: String, _ after: String) {
        if Output.highlights {
            markedLine(
                TerminalSafe.text(before) + "\u{1}" + TerminalSafe.text(marked) + "\u{2}" + TerminalSafe.text(after))
        } else {
            line(before + marked + after)
        }
    }

    /// A line already made safe, with `\u{1}`…`\u{2}` turned into bold reverse on and off.
    private mutating func markedLine(_ safe: String) {
        var bytes: [UInt8] = []
        for b in safe.utf8 {
            switch b {
            case 1: bytes += Array("\u{1B}[1;7m".utf8)
            case 2: bytes += Array("\u{1B}[0m".utf8)
            default: bytes.append(b)
            }
        }
        rawLine(bytes)
    }
}
