import Foundation

/// UUIDs to and from their text form, lower case as annotation ids and file names are.
/// Foundation's own conversions go through formatted C I/O, which showed up as a tenth of the
/// time to load a large store.
public enum UUIDText {
    private static let digits = Array("0123456789abcdef".utf8)

    /// Whether `a` sorts before `b` as their text forms do (upper or lower case alike), without
    /// building the text: a sort of 100,000 annotations would build millions of strings.
    public static func precedes(_ a: UUID, _ b: UUID) -> Bool {
        let x = a.uuid, y = b.uuid
        let high = (
            UInt64(x.0) << 56 | UInt64(x.1) << 48 | UInt64(x.2) << 40 | UInt64(x.3) << 32
                | UInt64(x.4) << 24 | UInt64(x.5) << 16 | UInt64(x.6) << 8 | UInt64(x.7),
            UInt64(y.0) << 56 | UInt64(y.1) << 48 | UInt64(y.2) << 40 | UInt64(y.3) << 32
                | UInt64(y.4) << 24 | UInt64(y.5) << 16 | UInt64(y.6) << 8 | UInt64(y.7)
        )
        if high.0 != high.1 { return high.0 < high.1 }
        let low = (
            UInt64(x.8) << 56 | UInt64(x.9) << 48 | UInt64(x.10) << 40 | UInt64(x.11) << 32
                | UInt64(x.12) << 24 | UInt64(x.13) << 16 | UInt64(x.14) << 8 | UInt64(x.15),
            UInt64(y.8) << 56 | UInt64(y.9) << 48 | UInt64(y.10) << 40 | UInt64(y.11) << 32
                | UInt64(y.12) << 24 | UInt64(y.13) << 16 | UInt64(y.14) << 8 | UInt64(y.15)
        )
        return low.0 < low.1
    }

    /// `3f0c1a52-8d2e-4c3b-9a51-0e6f2b7c9d14`.
    public static func lowercase(_ id: UUID) -> String {
        let u = id.uuid
        let bytes = [u.0, u.1, u.2, u.3, u.4, u.5, u.6, u.7, u.8, u.9, u.10, u.11, u.12, u.13, u.14, u.15]
        var out = [UInt8]()
        out.reserveCapacity(36)
        for (i, b) in bytes.enumerated() {
            if i == 4 || i == 6 || i == 8 || i == 10 { out.append(UInt8(ascii: "-")) }
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses the 36-character form, any case; nil for anything else.
    public static func parse<S: StringProtocol>(_ text: S) -> UUID? {
        let u = Array(text.utf8)
        guard u.count == 36 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 16)
        var n = 0
        var i = 0
        while i < 36 {
            if i == 8 || i == 13 || i == 18 || i == 23 {
                guard u[i] == UInt8(ascii: "-") else { return nil }
                i += 1
                continue
            }
            guard let hi = nibble(u[i]), let lo = nibble(u[i + 1]) else { return nil }
            bytes[n] = hi << 4 | lo
            n += 1
            i += 2
        }
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - 48
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - 87
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - 55
        default: return nil
        }
    }
}
