import Foundation
import GlossCore

/// What every fuzzer checks besides "no crash": a broken invariant stops the run with the
/// reason, and libFuzzer keeps the input that broke it.
public enum Invariant {
    public static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() {
            FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
            abort()
        }
    }

    /// A range lies inside a text of `count` scalars and does not run backwards.
    public static func inBounds(_ r: TextRange, _ count: Int, _ what: String) {
        require(
            r.start >= 0 && r.start <= r.end && r.end <= count, "\(what) \(r.start)..<\(r.end) outside 0..<\(count)")
    }

    /// Nothing in `text` could reach a terminal as a control or escape sequence.
    public static func terminalSafe(_ text: String, _ what: String, allowing: Set<Unicode.Scalar> = []) {
        for s in text.unicodeScalars where TerminalSafe.isUnsafe(s) && !allowing.contains(s) {
            require(false, "\(what) holds U+\(String(s.value, radix: 16, uppercase: true))")
        }
    }

    /// A parsed article: ordered blocks inside the text, a text without raw controls, a clean title.
    public static func article(_ a: Article) {
        var previous = 0
        for b in a.blocks {
            inBounds(b.range, a.scalars.count, "block")
            require(b.range.start >= previous, "blocks out of order at \(b.range.start)")
            previous = b.range.end
        }
        for s in a.scalars {
            require(!TextDecoder.isControl(s.value), "article text holds control U+\(String(s.value, radix: 16))")
        }
        terminalSafe(a.title, "title")
        for field in [a.metadata.author, a.metadata.date, a.metadata.source, a.metadata.url].compactMap({ $0 }) {
            terminalSafe(field, "metadata")
        }
    }

    /// An analysis of `a`: every span inside the text; quotes with ordered segments.
    public static func analysis(_ result: Analysis, of a: Article) {
        let n = a.scalars.count
        for q in result.quotes {
            require(!q.segments.isEmpty, "quote without segments")
            var previous = 0
            for s in q.segments {
                inBounds(s, n, "quote segment")
                require(s.start >= previous, "quote segments out of order")
                previous = s.end
            }
            if let speaker = q.speaker { inBounds(speaker.mention, n, "speaker mention") }
        }
        for e in result.entities {
            for m in e.mentions { inBounds(m, n, "mention of \(e.canonicalName)") }
        }
        for f in result.figures {
            inBounds(f.range, n, "figure")
            if let v = f.value { require(v.isFinite, "figure value \(v)") }
        }
        for d in result.dates { inBounds(d, n, "date") }
    }
}

/// Reading fuzz bytes as a few choices and a payload.
public struct FuzzBytes {
    public let bytes: [UInt8]
    public private(set) var position = 0

    public init(_ data: UnsafeRawPointer, _ count: Int) {
        bytes = Array(UnsafeRawBufferPointer(start: data, count: count))
    }

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var isAtEnd: Bool { position >= bytes.count }

    /// The next byte (0 at the end).
    public mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// What is left, split at its first NUL: the bytes before it, and the text after it
    /// (nil when there is no NUL).
    public mutating func splitAtNUL() -> (head: Data, tail: String?) {
        let bytes = rest()
        guard let nul = bytes.firstIndex(of: 0) else { return (bytes, nil) }
        return (Data(bytes[..<nul]), String(decoding: bytes[bytes.index(after: nul)...], as: UTF8.self))
    }

    /// What is left, as data.
    public mutating func rest() -> Data {
        defer { position = bytes.count }
        return Data(bytes[min(position, bytes.count)...])
    }
}

/// A small article to re-anchor annotations in, from the fuzz payload's text or a fixed one.
public enum FuzzArticle {
    public static let fixed = """
        Harbour report

        “We counted 412 boats,” said Mara Lindqvist, the harbour master, on Tuesday in Valletta.

        The budget rose by 20 to 30 percent, and the council will vote in March.

        """

    public static func make(_ text: String, id: String = "fuzz/article") -> Article {
        let doc = PlainTextFormat.parse(TextDecoder.sanitize(text))
        return Article(id: id, title: doc.title.isEmpty ? id : doc.title, text: doc.text, blocks: doc.blocks)
    }
}
