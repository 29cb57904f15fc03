import Foundation
import GlossCore
import Testing

/// The streaming writer against Foundation's encoder (plus `TerminalSafe.json`, which the
/// command line applied to its output): the same bytes for the same records.
@Suite struct JSONWriterTests {
    struct Record: Encodable {
        var id: String
        var note: String?
        var n: Int
        var value: Double?
        var tags: [Inner]
    }

    struct Inner: Encodable {
        var name: String
    }

    static let strings = [
        "", "plain", "a/b \"quoted\" back\\slash", "tab\tnew\nline\r\u{8}\u{C}", "\u{0}\u{1}\u{1B}[31m\u{1F}",
        "del\u{7F} c1\u{85}\u{9B} end", "bidi\u{202E}x\u{2066}y\u{2069}\u{200E}\u{200F}", "seps\u{2028}\u{2029}",
        "near misses \u{2027}\u{202F}\u{2065}\u{206A}\u{A0}\u{9F}", "Zürich – “x” 😀 \u{FFFD}", "é\u{301} 中文",
    ]
    static let values: [Double?] = [
        nil, 0, -0.0, 1, -7, 0.8, 2.5, 1e15, 1e16, 2e9, 1234567.125, 9007199254740992, 1.8e19, 1e-7, 0.1 + 0.2, 5e300,
        -3.25e-10,
    ]

    func records() -> [Record] {
        var out: [Record] = []
        for (i, s) in Self.strings.enumerated() {
            out.append(
                Record(
                    id: s, note: i % 2 == 0 ? nil : s, n: i * 1_000_003 - 5, value: Self.values[i % Self.values.count],
                    tags: []))
        }
        for (i, v) in Self.values.enumerated() {
            out.append(
                Record(
                    id: "v\(i)", note: nil, n: Int.min + i, value: v, tags: (0..<(i % 3)).map { Inner(name: "t\($0)") })
            )
        }
        return out
    }

    func write(_ records: [Record], pretty: Bool) -> String {
        var w = JSONWriter(pretty: pretty)
        w.beginArray()
        for r in records {
            w.element()
            w.beginObject()
            w.field("id", r.id)
            w.field("n", r.n)
            w.field("note", r.note)
            w.key("tags")
            w.beginArray()
            for t in r.tags {
                w.element()
                w.beginObject()
                w.field("name", t.name)
                w.endObject()
            }
            w.endArray()
            w.field("value", r.value)
            w.endObject()
        }
        w.endArray()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    @Test(arguments: [true, false])
    func sameBytesAsJSONEncoder(pretty: Bool) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        for records in [records(), []] {
            let expected = TerminalSafe.json(String(decoding: try encoder.encode(records), as: UTF8.self))
            #expect(write(records, pretty: pretty) == expected)
        }
    }

    @Test func withoutTerminalSafetyOnlyJSONEscapes() {
        var out: [UInt8] = []
        JSONWriter.appendString("a\u{85}\u{202E}\u{7F}\n", to: &out, terminalSafe: false)
        #expect(String(decoding: out, as: UTF8.self) == "\"a\u{85}\u{202E}\u{7F}\\n\"")
    }
}

extension JSONWriterTests {
    /// Strings of plain runs around every escape, against the encoder and `TerminalSafe.json`.
    @Test func runsBetweenEscapesAreCopiedWhole() throws {
        let pieces = [
            "plain words ", "\"", "\\", "\n", "\u{1}", "\u{7F}", "\u{85}", "£", "\u{202E}", "\u{2013}", "é", "\u{2066}",
            "\t", "/",
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var state: UInt64 = 3
        for _ in 0..<300 {
            var s = ""
            for _ in 0..<8 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                s += pieces[Int(state >> 33) % pieces.count]
            }
            var out: [UInt8] = []
            JSONWriter.appendString(s, to: &out, terminalSafe: true)
            let expected = TerminalSafe.json(String(decoding: try encoder.encode(s), as: UTF8.self))
            #expect(String(decoding: out, as: UTF8.self) == expected, "\(Array(s.unicodeScalars))")
        }
    }
}

extension JSONWriterTests {
    /// Integers two digits at a time: every length, both signs, the extremes.
    @Test func integersAsTheirDescription() {
        var numbers = [0, 9, 10, 99, 100, 101, 999, 1000, Int.max, Int.min, Int.min + 1]
        var p = 1
        for _ in 0..<18 {
            p *= 10
            numbers += [p - 1, p, p + 1, -(p - 1), -p, p / 3 * 2]
        }
        for n in numbers {
            var out: [UInt8] = []
            JSONWriter.appendInt(n, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(n))
        }
    }

    /// Objects `{"k", "list"}` whose lists are `lengths`: written in full, or (`reusing`) each
    /// list as long as the first copied from the bytes of the first, and drained after each object.
    func objects(_ lengths: [Int], pretty: Bool, reusing: Bool) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        var out: [UInt8] = []
        var first: [UInt8]?
        w.beginArray()
        for (k, n) in lengths.enumerated() {
            w.element()
            w.beginObject()
            w.field("k", k)
            if reusing, n == lengths[0], let first {
                w.repeatMembers(first)
            } else {
                let from = w.bytes.count
                w.field("list", (0..<n).map(String.init))
                if first == nil { first = Array(w.bytes[from...]) }
            }
            w.endObject()
            if reusing {
                w.drain(into: &out)
                #expect(w.bytes.isEmpty)
            }
        }
        w.endArray()
        w.drain(into: &out)
        return out
    }

    /// Draining hands over everything written so far; repeated members are the bytes of the
    /// first, in both layouts.
    @Test(arguments: [true, false])
    func drainedAndRepeatedMembersAreWhatWasWritten(pretty: Bool) {
        let lengths = [3, 3, 12, 0, 3]
        #expect(objects(lengths, pretty: pretty, reusing: true) == objects(lengths, pretty: pretty, reusing: false))
    }
}
