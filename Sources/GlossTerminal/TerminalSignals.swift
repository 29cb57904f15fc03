internal import CNcursesw

/// Signal handling around the full-screen session: Ctrl-C, SIGTERM, SIGHUP and SIGQUIT set a
/// flag the run loop checks (a second one restores the terminal and exits at once); crash
/// signals restore the terminal before the previous handler reports the crash.
///
/// All calls into the shim's signal functions are in this file, so their C state exists once.
public enum TerminalSignals {
    public static func install() { gloss_install_signal_handlers() }
    public static func restore() { gloss_restore_signal_handlers() }
    /// The signal that asked the program to stop, or nil.
    public static var caught: Int32? {
        let s = gloss_caught_signal()
        return s == 0 ? nil : Int32(s)
    }
}
