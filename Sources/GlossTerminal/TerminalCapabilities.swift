internal import CNcursesw
import Foundation

/// Facts about the terminal Gloss runs in, read once at start-up.
public enum TerminalCapabilities {
    /// Makes character handling UTF-8 even under a non-UTF-8 locale (this falls back to C.UTF-8).
    /// Returns true when the fallback was needed.
    @discardableResult
    public static func ensureUTF8Locale() -> Bool {
        setlocale(LC_ALL, "")
        if gloss_locale_is_utf8() != 0 { return false }
        setlocale(LC_CTYPE, "C.UTF-8")
        return true
    }
}
