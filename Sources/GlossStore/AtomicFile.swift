import Foundation

/// Writing a whole file atomically, for anything Gloss writes besides annotations (exports).
public enum AtomicFile {
    /// Writes `data` to `url` through a temporary file, `fsync` and `rename`: the old file or
    /// the new one, never half of either.
    public static func write(_ data: Data, to url: URL) throws(StoreError) {
        try Platform.writeAtomically(data, to: url)
    }
}
