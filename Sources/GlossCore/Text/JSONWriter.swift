/// A streaming JSON writer for flat records: arrays of objects of strings and numbers, written
/// straight into bytes with no intermediate values. Pretty output is byte for byte what
/// Foundation's `JSONEncoder` writes with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes` (two-space indent, `"key" : value`, an empty container as its
/// brackets around a blank line); compact output is what it writes with `.sortedKeys` and
/// `.withoutEscapingSlashes`. Keys are written in the order given: the caller gives them sorted.
///
/// `terminalSafe` also escapes what `TerminalSafe.json` escapes (C1 controls, DEL, the
/// bidirectional controls, U+2028 and U+2029), so the result needs no second pass.
///
/// `JSONEncoder` bridges every value through its own tree and spent a quarter of
/// `gloss entities` over a large library; this writer appends bytes.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    public let pretty: Bool
    public let terminalSafe: Bool
    /// One flag per open container: true until its first member is written.
    private var empty: [Bool] = []

    public init(pretty: Bool, terminalSafe: Bool = true, capacity: Int = 4096) {
        self.pretty = pretty
        self.terminalSafe = terminalSafe
        bytes.reserveCapacity(capacity)
    }

    /// Appends the bytes written so far to `out` and starts an empty buffer (for streaming a
    /// long array out in pieces; the open containers stay open). The buffer keeps its storage:
    /// handing the array itself over would share it, and emptying a shared buffer allocates a
    /// new one of the full capacity for every record.
    public mutating func drain(into out: inout [UInt8]) {
        out.append(contentsOf: bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    // MARK: Containers

    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }
    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Before an element of an array: the separator and indentation.
    public mutating func element() { separate() }

    /// A key of an object, with its separator; the value follows.
    public mutating func key(_ key: String) {
        separate()
        Self.appendString(key, to: &bytes, terminalSafe: terminalSafe)
        if pretty {
            bytes.append(0x20)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(0x20)
        } else {
            bytes.append(UInt8(ascii: ":"))
        }
    }

    /// Writes again, byte for byte, members written earlier (taken from `bytes`) in another
    /// object at the same depth, where they also followed the object's first member: a long
    /// value repeated from record to record is made once.
    public mutating func repeatMembers(_ written: [UInt8]) {
        precondition(empty.last == false, "repeated members follow the object's first member")
        bytes.append(contentsOf: written)
    }

    // MARK: Values

    public mutating func string(_ s: String) { Self.appendString(s, to: &bytes, terminalSafe: terminalSafe) }
    public mutating func int(_ n: Int) { Self.appendInt(n, to: &bytes) }
    public mutating func double(_ v: Double) { Self.appendDouble(v, to: &bytes) }
    public mutating func bool(_ v: Bool) { bytes.append(contentsOf: (v ? "true" : "false").utf8) }

    public mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    public mutating func field(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    /// An array of strings.
    public mutating func field(_ name: String, _ values: [String]) {
        key(name)
        beginArray()
        for v in values {
            element()
            string(v)
        }
        endArray()
    }

    /// Optional fields are left out when nil, as `JSONEncoder` does for synthesised `Encodable`.
    public mutating func field(_ name: String, _ value: String?) {
        if let value { field(name, value) }
    }

    public mutating func field(_ name: String, _ value: Int?) {
        if let value { field(name, value) }
    }

    public mutating func field(_ name: String, _ value: Double?) {
        guard let value else { return }
        key(name)
        double(value)
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        if pretty { bytes.append(0x0A) }
        empty.append(true)
    }

    private mutating func close(_ bracket: UInt8) {
        empty.removeLast()
        if pretty {
            bytes.append(0x0A)
            indent(empty.count)
        }
        bytes.append(bracket)
    }

    private mutating func separate() {
        guard !empty.isEmpty else { return }
        if empty[empty.count - 1] {
            empty[empty.count - 1] = false
        } else {
            bytes.append(UInt8(ascii: ","))
            if pretty { bytes.append(0x0A) }
        }
        if pretty { indent(empty.count) }
    }

    private mutating func indent(_ level: Int) {
        for _ in 0..<(2 * level) { bytes.append(0x20) }
    }

    // MARK: Scalars

    private static let hex = Array("0123456789abcdef".utf8)

    /// A JSON string with `JSONSerialization`'s escapes (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`,
    /// `\t`, other C0 controls as `\u00xx`, slashes as they are); with `terminalSafe`, also DEL,
    /// C1 controls, bidirectional controls and U+2028/9 as `\uxxxx`.
    public static func appendString(_ s: String, to out: inout [UInt8], terminalSafe: Bool) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            let n = utf8.count
            var i = 0
            while i < n {
                // A run of bytes that need no escape goes in at once.
                let start = i
                while i < n, Self.isPlain(utf8[i]) { i += 1 }
                if i > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i])) }
                guard i < n else { break }
                let byte = utf8[i]
                switch byte {
                case UInt8(ascii: "\""):
                    out.append(0x5C)
                    out.append(byte)
                case UInt8(ascii: "\\"):
                    out.append(0x5C)
                    out.append(byte)
                case 0x08:
                    out.append(0x5C)
                    out.append(UInt8(ascii: "b"))
                case 0x0C:
                    out.append(0x5C)
                    out.append(UInt8(ascii: "f"))
                case 0x0A:
                    out.append(0x5C)
                    out.append(UInt8(ascii: "n"))
                case 0x0D:
                    out.append(0x5C)
                    out.append(UInt8(ascii: "r"))
                case 0x09:
                    out.append(0x5C)
                    out.append(UInt8(ascii: "t"))
                case 0x00..<0x20: escape(UInt32(byte), into: &out)
                case 0x7F where terminalSafe: escape(0x7F, into: &out)
                case 0xC2 where terminalSafe && i + 1 < n && utf8[i + 1] >= 0x80 && utf8[i + 1] < 0xA0:
                    // U+0080–U+009F, the C1 controls.
                    escape(UInt32(utf8[i + 1]), into: &out)
                    i += 1
                case 0xE2 where terminalSafe && i + 2 < n && isUnsafeE2(utf8[i + 1], utf8[i + 2]):
                    let scalar = 0x2000 | (UInt32(utf8[i + 1] & 0x0F) << 6) | UInt32(utf8[i + 2] & 0x3F)
                    escape(scalar, into: &out)
                    i += 2
                default: out.append(byte)
                }
                i += 1
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// A byte copied as it is whatever the options: not a quote, backslash or control, and
    /// not the first byte of a sequence that `terminalSafe` may escape (C2, E2) or DEL.
    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != 0x7F && byte != 0xC2
            && byte != 0xE2
    }

    /// U+200E, U+200F, U+2028–U+202E and U+2066–U+2069 (encoded E2 80 xx and E2 81 xx).
    @inline(__always)
    private static func isUnsafeE2(_ second: UInt8, _ third: UInt8) -> Bool {
        if second == 0x80 { return third == 0x8E || third == 0x8F || (third >= 0xA8 && third <= 0xAE) }
        if second == 0x81 { return third >= 0xA6 && third <= 0xA9 }
        return false
    }

    private static func escape(_ scalar: UInt32, into out: inout [UInt8]) {
        out.append(0x5C)
        out.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((scalar >> UInt32(shift)) & 0xF)]) }
    }

    /// "00" to "99": the digits of a number are found two at a time.
    private static let digitPairs: [UInt8] = {
        var pairs: [UInt8] = []
        for k in 0..<100 {
            pairs.append(UInt8(48 + k / 10))
            pairs.append(UInt8(48 + k % 10))
        }
        return pairs
    }()

    public static func appendInt(_ n: Int, to out: inout [UInt8]) {
        if n >= 0 && n < 10 {
            out.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: n))
            return
        }
        if n < 0 { out.append(UInt8(ascii: "-")) }
        // The digits from the right into a small buffer, then appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var at = 20
            digitPairs.withUnsafeBufferPointer { pairs in
                var m = n.magnitude
                while m >= 100 {
                    let pair = Int(truncatingIfNeeded: m % 100) &* 2
                    m /= 100
                    at -= 2
                    digits[at] = pairs[pair]
                    digits[at + 1] = pairs[pair + 1]
                }
                if m >= 10 {
                    let pair = Int(truncatingIfNeeded: m) &* 2
                    at -= 2
                    digits[at] = pairs[pair]
                    digits[at + 1] = pairs[pair + 1]
                } else {
                    at -= 1
                    digits[at] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: m)
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[at..<20]))
        }
    }

    /// A number as `JSONEncoder` writes it: the shortest text that reads back as the same
    /// `Double`, without a trailing `.0`.
    public static func appendDouble(_ v: Double, to out: inout [UInt8]) {
        guard v.isFinite else {
            // JSONEncoder refuses these; no analysis value is one (`Figure` drops them).
            out.append(contentsOf: "null".utf8)
            return
        }
        if v == v.rounded(), abs(v) < 1e15 {
            if v == 0 && v.sign == .minus {
                out.append(contentsOf: "-0".utf8)
            } else {
                appendInt(Int(v), to: &out)
            }
            return
        }
        var text = v.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        out.append(contentsOf: text.utf8)
    }
}
