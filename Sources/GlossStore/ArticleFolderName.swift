import Foundation

/// Maps an article id to one safe folder name and back.
///
/// Ids hold `/` (`wikinews/GUM_news_clock`) and may hold anything else, but a folder name must
/// be one path component that no file system mangles: ASCII letters, digits, `-`, `_` and
/// (not first) `.` stay as they are, every other UTF-8 byte becomes `%XX`, so
/// `wikinews/GUM_news_clock` is `wikinews%2FGUM_news_clock`. Non-ASCII is encoded too, as some
/// file systems rewrite its normalisation. Names that would pass 200 bytes are cut and end with
/// a hash of the whole id, so they stay unique; the id itself is inside every annotation file.
public enum ArticleFolderName {
    static let limit = 200

    public static func encode(_ articleID: String) -> String {
        var out = ""
        for (i, byte) in articleID.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: ".") where i > 0:
                out.append(".")
            default:
                out += "%" + hex(byte)
            }
        }
        if out.isEmpty { out = "%" }  // the empty id still gets a folder of its own
        if out.utf8.count > limit {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in articleID.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            var cut = String(out.utf8.prefix(limit - 20))!
            while cut.hasSuffix("%") || cut.dropLast().hasSuffix("%") { cut.removeLast() }  // no broken escape
            let h = String(hash, radix: 16)
            out = cut + "~" + String(repeating: "0", count: 16 - h.count) + h
        }
        return out
    }

    /// The id a folder name stands for, nil for a shortened name or one Gloss did not make.
    public static func decode(_ name: String) -> String? {
        if name.contains("~") { return nil }
        var bytes: [UInt8] = []
        var it = Array(name.utf8).makeIterator()
        while let b = it.next() {
            if b == UInt8(ascii: "%") {
                guard let h = it.next(), let l = it.next(),
                    let v = UInt8(String(bytes: [h, l], encoding: .ascii)!, radix: 16)
                else {
                    return name == "%" ? "" : nil
                }
                bytes.append(v)
            } else {
                bytes.append(b)
            }
        }
        let id = String(decoding: bytes, as: UTF8.self)
        return encode(id) == name ? id : nil
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
