/// What a library scan may follow and how much it may read.
public struct ScanOptions: Sendable, Hashable {
    /// Follow symbolic links to folders outside the library (`--follow-links`). Off, such a
    /// link is reported and skipped, so a link to `/` cannot make the scan walk the machine.
    public var followLinks: Bool
    /// Folders nested deeper than this below the library are skipped with a warning.
    public var maxDepth: Int
    /// At most this many article files are read; the scan stops there with a warning.
    public var maxFiles: Int
    /// At most this many folder entries of any kind are looked at, so a scan that follows
    /// links into a big tree still ends.
    public var maxEntries: Int

    public init(followLinks: Bool = false, maxDepth: Int = 32, maxFiles: Int = 100_000, maxEntries: Int = 1_000_000) {
        self.followLinks = followLinks
        self.maxDepth = maxDepth
        self.maxFiles = maxFiles
        self.maxEntries = maxEntries
    }
}
