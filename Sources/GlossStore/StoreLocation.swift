import Foundation

/// Where Gloss keeps user data, following the XDG base directory convention.
public enum StoreLocation {
    /// `--store DIR`, else `$GLOSS_STORE`, else `$XDG_DATA_HOME/gloss`, else `~/.local/share/gloss`.
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> URL
    {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit, isDirectory: true) }
        if let env = environment["GLOSS_STORE"], !env.isEmpty { return URL(fileURLWithPath: env, isDirectory: true) }
        return dataHome(environment).appendingPathComponent("gloss", isDirectory: true)
    }

    /// Where the reader's export dialog writes by default: `$GLOSS_EXPORT_DIR`, else
    /// `$XDG_DATA_HOME/gloss/exports` (never the current folder, which may be a repository).
    public static func exports(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let env = environment["GLOSS_EXPORT_DIR"], !env.isEmpty {
            return URL(fileURLWithPath: env, isDirectory: true)
        }
        return dataHome(environment).appendingPathComponent("gloss/exports", isDirectory: true)
    }

    /// `$XDG_DATA_HOME` when it is an absolute path (as the specification requires), else `~/.local/share`.
    public static func dataHome(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true)
        }
        return home(environment).appendingPathComponent(".local/share", isDirectory: true)
    }

    /// The reader's key configuration: `$GLOSS_KEYS`, else `$XDG_CONFIG_HOME/gloss/keys`, else
    /// `~/.config/gloss/keys`.
    public static func keys(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let env = environment["GLOSS_KEYS"], !env.isEmpty { return URL(fileURLWithPath: env) }
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("gloss/keys")
        }
        return home(environment).appendingPathComponent(".config/gloss/keys")
    }

    /// `$HOME`, else the account's home folder.
    static func home(_ environment: [String: String]) -> URL {
        URL(
            fileURLWithPath: environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory(),
            isDirectory: true)
    }
}
