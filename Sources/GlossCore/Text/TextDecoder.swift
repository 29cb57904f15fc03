import Foundation

/// Turns the bytes of a file into article text, or says why they are not text.
///
/// Offsets stay equal to the decoded file's code points: every replacement is one scalar
/// for one scalar. A carriage return before a line feed becomes a space, a lone carriage
/// return becomes a line feed, and any other control character (C0 other than tab and line
/// feed, DEL, C1) becomes U+FFFD, so no escape sequence can ever reach a terminal. Only a
/// leading byte-order mark is dropped, as every UTF-8 reader does.
public enum TextDecoder {
    /// What decoding had to do to the bytes; each note becomes a warning where it matters.
    public enum Note: Hashable, Sendable {
        case byteOrderMark
        case windows1252
        case crlfLineEnds
        case crLineEnds
        case controlCharacters(count: Int)
    }

    /// Why bytes are not article text.
    public enum Failure: Error, Hashable, Sendable {
        case empty
        case binary(reason: String)
    }

    public static func decode(_ data: Data) throws(Failure) -> (text: String, notes: [Note]) {
        if data.isEmpty { throw .empty }
        var bytes = [UInt8](data)
        var notes: [Note] = []
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            notes.append(.byteOrderMark)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw .binary(reason: "UTF-16 text is not supported; convert it to UTF-8")
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw .binary(reason: "NUL byte at offset \(nul)")
        }
        var controls = 0
        for b in bytes.prefix(8192) where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C {
            controls += 1
        }
        if controls > 32 && controls * 10 > min(bytes.count, 8192) / 10 {
            throw .binary(reason: "\(controls) control bytes in the first 8 KiB")
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty }

        if !needsReplacement(bytes), let s = String(validating: bytes, as: UTF8.self) {
            return (s, notes)  // the common case: clean UTF-8, nothing to replace
        }
        var scalars: [Unicode.Scalar]
        if let s = String(validating: bytes, as: UTF8.self) {
            scalars = Array(s.unicodeScalars)
        } else {
            scalars = bytes.map(windows1252Scalar)
            notes.append(.windows1252)
        }
        var sawCRLF = false, sawCR = false, replaced = 0
        for i in scalars.indices {
            let v = scalars[i].value
            if v == 0x0D {
                if i + 1 < scalars.count, scalars[i + 1] == "\n" {
                    scalars[i] = " "
                    sawCRLF = true
                } else {
                    scalars[i] = "\n"
                    sawCR = true
                }
            } else if isControl(v) {
                scalars[i] = "\u{FFFD}"
                replaced += 1
            }
        }
        if sawCRLF { notes.append(.crlfLineEnds) }
        if sawCR { notes.append(.crLineEnds) }
        if replaced > 0 { notes.append(.controlCharacters(count: replaced)) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return (String(view), notes)
    }

    /// True when UTF-8 bytes hold a carriage return or a control character (C1 controls are
    /// encoded as 0xC2 0x80–0x9F); invalid UTF-8 is caught by validation afterwards.
    private static func needsReplacement(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            var previous: UInt8 = 0
            for b in buf {
                if b < 0x20 && b != 0x09 && b != 0x0A { return true }
                if b == 0x7F || (previous == 0xC2 && b >= 0x80 && b < 0xA0) { return true }
                previous = b
            }
            return false
        }
    }

    /// Replaces control characters in text that did not come from a file (a note, a title),
    /// with the same rules as `decode`.
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0.value) || $0.value == 0x0D }) else { return text }
        var view = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value == 0x0D {
                view.append("\n")
            } else if isControl(s.value) {
                view.append("\u{FFFD}")
            } else {
                view.append(s)
            }
        }
        return String(view)
    }

    /// True for scalars that must never reach a terminal: C0 except tab and line feed, DEL, C1.
    @inline(__always)
    public static func isControl(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (v >= 0x7F && v < 0xA0)
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,
        0x017E, 0x0178,
    ]

    private static func windows1252Scalar(_ b: UInt8) -> Unicode.Scalar {
        if b >= 0x80 && b < 0xA0 { return Unicode.Scalar(cp1252High[Int(b) - 0x80])! }
        return Unicode.Scalar(b)
    }
}
