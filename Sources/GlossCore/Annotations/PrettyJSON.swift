/// Writes JSON exactly as Foundation's `JSONSerialization` does with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (two-space indent, `"key" : value`, the same
/// escapes), for the values annotations are made of: strings, integers, arrays and
/// dictionaries with string keys.
///
/// Foundation's writer bridges every dictionary and casts every value, about 0.5 ms per
/// annotation file: most of the time of importing 100,000 annotations. Files written either
/// way are byte for byte the same, so stores and exports do not change.
enum PrettyJSON {
    static func data(_ value: Any) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(value, indent: 0, into: &out)
        return out
    }

    private static func write(_ value: Any, indent: Int, into out: inout [UInt8]) {
        switch value {
        case let s as String:
            string(s, into: &out)
        case let n as Int:
            out.append(contentsOf: String(n).utf8)
        case let dictionary as [String: Any]:
            out.append(UInt8(ascii: "{"))
            out.append(0x0A)
            var first = true
            for key in dictionary.keys.sorted() {
                if !first {
                    out.append(UInt8(ascii: ","))
                    out.append(0x0A)
                }
                first = false
                spaces(indent + 2, into: &out)
                string(key, into: &out)
                out.append(contentsOf: " : ".utf8)
                write(dictionary[key]!, indent: indent + 2, into: &out)
            }
            close(UInt8(ascii: "}"), indent: indent, into: &out)
        case let array as [Any]:
            out.append(UInt8(ascii: "["))
            out.append(0x0A)
            for (i, element) in array.enumerated() {
                if i > 0 {
                    out.append(UInt8(ascii: ","))
                    out.append(0x0A)
                }
                spaces(indent + 2, into: &out)
                write(element, indent: indent + 2, into: &out)
            }
            close(UInt8(ascii: "]"), indent: indent, into: &out)
        default:
            out.append(contentsOf: "null".utf8)
        }
    }

    /// An empty container is written as an open bracket, a blank line and the closing one.
    private static func close(_ bracket: UInt8, indent: Int, into out: inout [UInt8]) {
        out.append(0x0A)
        spaces(indent, into: &out)
        out.append(bracket)
    }

    private static func spaces(_ n: Int, into out: inout [UInt8]) {
        for _ in 0..<n { out.append(0x20) }
    }

    private static func string(_ s: String, into out: inout [UInt8]) {
        JSONWriter.appendString(s, to: &out, terminalSafe: false)
    }
}
