/// An open-addressing table from nonzero 64-bit hashes to integers: a `Set` or `Dictionary`
/// lookup without hashing the key again. `HashTable` holds the word lists' bit sets;
/// `HashMap<Int>` holds indices, which can grow with the article.
struct HashMap<Value: FixedWidthInteger & Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value](repeating: 0, count: size)
        mask = size - 1
    }

    /// A set of words, each stored as the hash `ScalarHash.hash` gives its spelling.
    init(words: [String]) {
        self.init(capacity: words.count)
        for w in words { insert(ScalarHash.hash(w)) }
    }

    /// The value for `key`, or 0 when absent.
    @inline(__always) func get(_ key: UInt64) -> Value {
        let key = key == 0 ? 1 : key  // 0 marks an empty slot
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool { get(key) != 0 }

    /// Sets the bits of `value` on `key` (values are bit sets), inserting the key if needed.
    mutating func insert(_ key: UInt64, _ value: Value = 1) {
        let key = key == 0 ? 1 : key
        if (count + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            if keys[i] == key {
                values[i] |= value
                return
            }
            if keys[i] == 0 {
                keys[i] = key
                values[i] = value
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    /// Sets `value` on `key` only if it is larger (for maxima such as phrase lengths).
    mutating func insertMax(_ key: UInt64, _ value: Value) {
        let key = key == 0 ? 1 : key
        if (count + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            if keys[i] == key {
                values[i] = max(values[i], value)
                return
            }
            if keys[i] == 0 {
                keys[i] = key
                values[i] = value
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        var bigger = HashMap(capacity: keys.count)
        for i in keys.indices where keys[i] != 0 { bigger.insert(keys[i], values[i]) }
        self = bigger
    }
}

/// The word lists' table: 16-bit class sets (and small counts such as phrase lengths).
typealias HashTable = HashMap<UInt16>
