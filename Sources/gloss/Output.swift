import Foundation

/// Buffered writing to stdout: one write for a whole listing.
struct Output {
    private var buffer = ""

    mutating func line(_ s: String = "") {
        buffer += s
        buffer += "\n"
        if buffer.utf8.count > 1 << 16 { flush() }
    }

    mutating func flush() {
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer = ""
    }

    /// Columns of the terminal on stdout, or nil when stdout is not a terminal.
    static func terminalWidth() -> Int? {
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let cols = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), cols > 0 { return cols }
        return 80
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
}
