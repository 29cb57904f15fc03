/// A string's Unicode scalars as an array, decoded straight from its UTF-8.
/// `Array(text.unicodeScalars)` walks the text twice through the scalar view (once to count,
/// once to copy), which was a tenth of loading an article; this counts the lead bytes and
/// decodes in one pass each over the bytes.
public enum ScalarArray {
    public static func of(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { utf8 -> [Unicode.Scalar] in
            let end = utf8.count
            var count = 0
            // Every byte that is not a continuation byte (10xxxxxx) starts a scalar.
            for b in utf8 where b & 0xC0 != 0x80 { count += 1 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
                var i = 0, n = 0
                while i < end, n < count {
                    let b0 = UInt32(utf8[i])
                    let v: UInt32
                    if b0 < 0x80 {
                        v = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v =
                            (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                            | UInt32(utf8[i + 3] & 0x3F)
                        i += 4
                    }
                    // A String's UTF-8 is valid, so `v` is a scalar.
                    (buffer.baseAddress! + n).initialize(to: Unicode.Scalar(v) ?? "\u{FFFD}")
                    n += 1
                }
                initialized = n
            }
        }
    }
}
