import Foundation
import GlossCore

/// An article's spans in one blob: for each, a label byte, then the owner (entity, figure,
/// date or quote number), start and end as variable-length integers, then the text's length
/// and UTF-8 bytes. Spans keep the order they were added in (mentions of one entity and
/// segments of one quote in text order).
enum SpanPacking {
    enum Label: UInt8 {
        case person, place, organization, figure, date, quote

        init(_ kind: EntityKind) {
            switch kind {
            case .person: self = .person
            case .place: self = .place
            case .organization: self = .organization
            }
        }
    }

    struct Writer {
        private(set) var bytes: [UInt8] = []

        mutating func add(_ label: Label, owner: Int, range: TextRange, text: String) {
            bytes.append(label.rawValue)
            varint(owner)
            varint(range.start)
            varint(range.end)
            var text = text
            text.withUTF8 { utf8 in
                varint(utf8.count)
                bytes.append(contentsOf: utf8)
            }
        }

        private mutating func varint(_ n: Int) {
            var v = UInt64(max(0, n))
            while v >= 0x80 {
                bytes.append(UInt8(v & 0x7F) | 0x80)
                v >>= 7
            }
            bytes.append(UInt8(v))
        }
    }

    struct Reader {
        private let bytes: [UInt8]
        private var at = 0

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// The next span, nil at the end; bytes that do not decode are damage.
        mutating func next() throws -> (Label, Int, TextRange, String)? {
            guard at < bytes.count else { return nil }
            guard let label = Label(rawValue: bytes[at]) else { throw LibraryIndex.damaged("span label") }
            at += 1
            let owner = try varint(), start = try varint(), end = try varint(), length = try varint()
            guard start <= end, length <= bytes.count - at else { throw LibraryIndex.damaged("span") }
            let text = String(decoding: bytes[at..<(at + length)], as: UTF8.self)
            at += length
            return (label, owner, TextRange(start, end), text)
        }

        private mutating func varint() throws -> Int {
            var v: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard at < bytes.count, shift < 63 else { throw LibraryIndex.damaged("span number") }
                let byte = bytes[at]
                at += 1
                v |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { break }
                shift += 7
            }
            guard v <= UInt64(Int.max) else { throw LibraryIndex.damaged("span number") }
            return Int(v)
        }
    }
}
