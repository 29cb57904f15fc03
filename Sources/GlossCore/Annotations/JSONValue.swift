import Foundation

/// A parsed JSON value. The annotation files are read with this small parser rather than
/// Foundation's, which builds bridged objects and is several times slower on the thousands
/// of small files an article's annotations can come to.
public enum JSONValue: Hashable, Sendable {
    case object(JSONObject)
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// A number that is a whole number.
    public var integer: Int? {
        if case .number(let d) = self, d == d.rounded(), abs(d) < 9e15 { return Int(d) }
        return nil
    }

    public var object: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// An array's items; any other value as a list of one (JSON-LD lets one stand for a list).
    public var list: [JSONValue] {
        if case .array(let a) = self { return a }
        return [self]
    }

    /// Parses RFC 8259 JSON text.
    public static func parse(_ data: Data) throws(JSONSyntaxError) -> JSONValue {
        try data.withUnsafeBytes { raw in run(raw.bindMemory(to: UInt8.self)) }.get()
    }

    /// Parses RFC 8259 JSON text.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        try bytes.withUnsafeBufferPointer(run).get()
    }

    private static func run(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, JSONSyntaxError> {
        var parser = JSONParser(buffer)
        return Result { () throws(JSONSyntaxError) -> JSONValue in try parser.document() }
    }
}
