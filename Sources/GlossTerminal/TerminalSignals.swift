internal import CNcursesw
internal import CTerminalSignals
import Foundation

/// Signal handling around the full-screen session: Ctrl-C, SIGTERM, SIGHUP and SIGQUIT set a
/// flag the run loop checks (a second one restores the terminal and exits at once); crash
/// signals restore the terminal, then either pass the crash to the previous handler (when
/// `SWIFT_BACKTRACE` is set, so a developer gets the backtrace) or print one line and die of
/// the signal (the runtime's backtracer would otherwise wait 30 s for a key).
///
/// The handlers and their state are C (`CTerminalSignals`, one copy in its own object file);
/// this file hands them ncurses' `endwin` as the way to restore the terminal.
public enum TerminalSignals {
    public static func install(passCrashesOn: Bool = ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"] != nil) {
        gloss_install_signal_handlers(passCrashesOn ? 1 : 0, endwin)
    }
    public static func restore() { gloss_restore_signal_handlers() }
    /// The signal that asked the program to stop, or nil.
    public static var caught: Int32? {
        let s = gloss_caught_signal()
        return s == 0 ? nil : Int32(s)
    }
}
