import Foundation

/// Finds where the annotations of a W3C JSON-LD document are without building the document,
/// so an import of a million annotations reads its file in pieces and parses one item at a
/// time.
///
/// Fed the bytes in order (in chunks of any size), it keeps only a stack of open containers
/// and notes the byte range of each item of the lists `AnnotationJSON.decodeCollection`
/// reads: the elements of a top-level array, of the `items` of the top-level object and of
/// the pages reached from it through `first` and `next`. `finish()` then decides from the
/// top-level `type` which of them are the annotations (or that the whole document is one).
/// Each item is checked by the real parser when it is decoded; the scanner checks only what
/// it needs to find the boundaries: brackets, strings, commas and colons.
public struct AnnotationCollectionScanner: Sendable {
    /// Byte ranges of the items, in the order they are imported.
    public struct Layout: Hashable, Sendable {
        public var items: [Range<Int>]
    }

    private enum Phase: UInt8 { case key, colon, value, afterValue }
    private enum Role: UInt8 { case root, page, other }
    /// Which list of items an array is.
    private enum List: UInt8 { case none, topLevel, pages, root }
    private enum Key: UInt8 { case items, first, next, type, other }

    private struct Frame {
        var isArray: Bool
        var role: Role
        var list: List
        var phase: Phase
        var key: Key = .other
        var elementStart = -1
    }

    private var stack: [Frame] = []
    private var offset = 0
    private var inString = false
    private var escaped = false
    private var stringIsKey = false
    private var keyBytes: [UInt8] = []
    private var lastNonSpace = -1
    private var started = false
    private var finished = false
    private var topIsArray = false
    private var rootRange = 0..<0
    private var pageItems: [Range<Int>] = []
    private var rootItems: [Range<Int>] = []
    private var capturingType = false
    private var typeBytes: [UInt8] = []

    /// The deepest nesting accepted, as in the parser.
    static let maxDepth = 512
    /// A `type` value longer than this is not one Gloss needs to read.
    static let typeLimit = 4096

    public init() {}

    /// Scans the next piece of the document.
    public mutating func feed(_ bytes: UnsafeRawBufferPointer) throws(AnnotationFormatError) {
        let buffer = bytes.bindMemory(to: UInt8.self)
        var i = 0
        let n = buffer.count
        // A byte order mark is tolerated, as text editors write one.
        if offset == 0 && n >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { i = 3 }
        while i < n {
            let b = buffer[i]
            let p = offset + i
            i += 1
            if inString {
                if capturingType && typeBytes.count < Self.typeLimit { typeBytes.append(b) }
                lastNonSpace = p
                if escaped {
                    escaped = false
                } else if b == UInt8(ascii: "\\") {
                    escaped = true
                } else if b == UInt8(ascii: "\"") {
                    inString = false
                    if stringIsKey {
                        stack[stack.count - 1].key = Self.key(keyBytes)
                        stringIsKey = false
                    }
                    continue
                }
                if stringIsKey && keyBytes.count < 8 { keyBytes.append(b) }
                continue
            }
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { continue }
            try structural(b, at: p)
            lastNonSpace = p
        }
        offset += n
    }

    /// Scans the next piece of the document.
    public mutating func feed(_ data: Data) throws(AnnotationFormatError) {
        var failure: AnnotationFormatError?
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            do throws(AnnotationFormatError) { try feed(raw) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    private mutating func structural(_ b: UInt8, at p: Int) throws(AnnotationFormatError) {
        guard !stack.isEmpty else {
            if finished { throw syntax("text after the value", p) }
            started = true
            rootRange = p..<p
            switch b {
            case UInt8(ascii: "["):
                topIsArray = true
                stack.append(Frame(isArray: true, role: .other, list: .topLevel, phase: .value))
            case UInt8(ascii: "{"):
                stack.append(Frame(isArray: false, role: .root, list: .none, phase: .key))
            default:
                throw .invalid(reason: "the top level is neither an object nor an array")
            }
            return
        }
        let top = stack.count - 1
        if capturingType && stack.count == 1 && (b == UInt8(ascii: ",") || b == UInt8(ascii: "}")) {
            capturingType = false
        }
        if capturingType && typeBytes.count < Self.typeLimit { typeBytes.append(b) }
        switch stack[top].phase {
        case .key:
            if b == UInt8(ascii: "\"") {
                inString = true
                stringIsKey = true
                keyBytes.removeAll(keepingCapacity: true)
                stack[top].phase = .colon
            } else if b == UInt8(ascii: "}") {
                try close(b, at: p)
            } else {
                throw syntax("a key was expected", p)
            }
        case .colon:
            guard b == UInt8(ascii: ":") else { throw syntax("a colon was expected", p) }
            stack[top].phase = .value
        case .value:
            if b == UInt8(ascii: "]") && stack[top].isArray && stack[top].elementStart < 0 {
                try close(b, at: p)
                return
            }
            try startValue(b, at: p)
        case .afterValue:
            switch b {
            case UInt8(ascii: ","):
                endElement()
                stack[top].phase = stack[top].isArray ? .value : .key
                stack[top].key = .other
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                endElement()
                try close(b, at: p)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                break  // the rest of a number or literal; the parser checks it
            default:
                throw syntax("a comma was expected", p)
            }
        }
    }

    private mutating func startValue(_ b: UInt8, at p: Int) throws(AnnotationFormatError) {
        let top = stack.count - 1
        let parent = stack[top]
        if parent.isArray && parent.list != .none { stack[top].elementStart = p }
        if parent.role == .root && parent.key == .type {
            capturingType = true
            typeBytes = [b]
        }
        stack[top].phase = .afterValue
        switch b {
        case UInt8(ascii: "{"):
            let role: Role =
                (parent.role == .root && parent.key == .first) || (parent.role == .page && parent.key == .next)
                ? .page : .other
            try push(Frame(isArray: false, role: role, list: .none, phase: .key), at: p)
        case UInt8(ascii: "["):
            var list = List.none
            if !parent.isArray && parent.key == .items {
                if parent.role == .root { list = .root } else if parent.role == .page { list = .pages }
            }
            try push(Frame(isArray: true, role: .other, list: list, phase: .value), at: p)
        case UInt8(ascii: "\""):
            inString = true
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
            break
        default:
            throw syntax("unexpected character", p)
        }
    }

    private mutating func push(_ frame: Frame, at p: Int) throws(AnnotationFormatError) {
        if stack.count >= Self.maxDepth { throw syntax("nested too deeply", p) }
        stack.append(frame)
    }

    /// At a comma or closing bracket of a list of items: the element before it is one.
    private mutating func endElement() {
        let top = stack.count - 1
        let frame = stack[top]
        guard frame.isArray, frame.elementStart >= 0 else { return }
        let range = frame.elementStart..<(lastNonSpace + 1)
        if frame.list == .root { rootItems.append(range) } else { pageItems.append(range) }
        stack[top].elementStart = -1
    }

    private mutating func close(_ b: UInt8, at p: Int) throws(AnnotationFormatError) {
        let frame = stack.removeLast()
        guard frame.isArray == (b == UInt8(ascii: "]")) else { throw syntax("mismatched bracket", p) }
        if stack.isEmpty {
            finished = true
            rootRange = rootRange.lowerBound..<(p + 1)
        }
    }

    /// The items, once every byte has been fed.
    public func finish() throws(AnnotationFormatError) -> Layout {
        guard started else { throw .notJSON(reason: offset == 0 ? "empty file" : "no value") }
        guard finished, !inString else { throw .notJSON(reason: "cut short at byte \(offset)") }
        if topIsArray { return Layout(items: pageItems) }
        let types = (try? JSONValue.parse(typeBytes)).map { AnnotationJSON.types($0) } ?? []
        if types.contains("AnnotationCollection") { return Layout(items: pageItems + rootItems) }
        if types.contains("AnnotationPage") { return Layout(items: rootItems) }
        return Layout(items: [rootRange])
    }

    private static func key(_ bytes: [UInt8]) -> Key {
        for (word, key) in keys where bytes.elementsEqual(word.utf8) { return key }
        return .other
    }

    private static let keys: [(String, Key)] = [("items", .items), ("first", .first), ("next", .next), ("type", .type)]

    private func syntax(_ problem: String, _ p: Int) -> AnnotationFormatError {
        .notJSON(reason: "\(problem) at byte \(p)")
    }
}
