/// Why the terminal could not be used; the executable turns these into messages and exit 1.
public enum TerminalError: Error, Hashable, Sendable {
    /// `TERM` is unset or empty.
    case noTerminalType
    /// The terminal database does not know `TERM`.
    case unknownTerminal(String)
    /// The terminal cannot move the cursor (`TERM=dumb`, a printing terminal).
    case cannotAddressCursor(String)
    /// Standard input or output is not a terminal.
    case notATerminal
}
