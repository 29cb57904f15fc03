import GlossCore

/// What a style was made of, in the order it was laid together (`quote` then `focus` over
/// it): the theme's roles, the text selection and its caret, an annotation's colour. Snapshot
/// dumps print these names rather than palette numbers, so changing the theme leaves them as
/// they are. They say where a look came from and are not part of it: two styles that look
/// the same are equal.
public struct StyleRoles: Hashable, Sendable {
    /// The top bit: the style came from the theme (`text` sets only this). Below it up to five
    /// names, six bits each from the lowest, the first laid first; 0 ends them. A name is 1 +
    /// its index in `Self.all`. Four bytes, as every cell carries them.
    private var bits: UInt32 = 0

    public init() {}

    public init(_ role: Role) { self.init(bits: Self.themed | (Self.roleCode[role] ?? 0)) }

    /// The selection being made in the text.
    public static let selecting = StyleRoles(bits: themed | (code["selecting"] ?? 0))
    /// The caret inside it.
    public static let caret = StyleRoles(bits: themed | (code["caret"] ?? 0))

    /// An annotation's mark in `color` (a name the palette lacks looks, and is named, as yellow).
    public static func mark(_ color: String?) -> StyleRoles {
        let name = color.map { Annotation.colors.contains($0) ? $0 : "yellow" } ?? "yellow"
        return StyleRoles(bits: themed | (code["mark:" + name] ?? 0))
    }

    private init(bits: UInt32) { self.bits = bits }

    private static let themed: UInt32 = 1 << 31
    private static let width: UInt32 = 6
    private static let capacity: UInt32 = 5
    private static let all: [String] =
        Role.allCases.map(\.rawValue) + ["selecting", "caret"] + Annotation.colors.map { "mark:" + $0 }
    private static let code = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1, UInt32($0 + 1)) })
    /// `text` is the ground every other role lies on: it is not named.
    private static let roleCode = Dictionary(
        uniqueKeysWithValues: Role.allCases.enumerated().map { ($1, $1 == .text ? 0 : UInt32($0 + 1)) })

    /// Whether the theme (or the selection, caret or annotation styles) made the style.
    public var fromTheme: Bool { bits & Self.themed != 0 }

    /// These names, then `other`'s that are not among them, as when `other`'s style is laid
    /// over this one. Past five names the first ones laid give way. (Bits only: it runs for
    /// every glyph a highlight covers.)
    public func union(_ other: StyleRoles) -> StyleRoles {
        guard other.bits != bits else { return self }
        var out = (bits | other.bits) & Self.themed
        var slots = bits & ~Self.themed
        var count: UInt32 = 0
        while slots >> (count * Self.width) != 0 { count += 1 }
        var rest = other.bits & ~Self.themed
        while rest != 0 {
            let c = rest & 63
            rest >>= Self.width
            var scan = slots
            var present = false
            while scan != 0 && !present {
                present = scan & 63 == c
                scan >>= Self.width
            }
            if present { continue }
            if count == Self.capacity {
                slots >>= Self.width
                count -= 1
            }
            slots |= c << (count * Self.width)
            count += 1
        }
        out |= slots
        return StyleRoles(bits: out)
    }

    /// The names in the order they were laid.
    public var names: [String] {
        var out: [String] = []
        var rest = bits & ~Self.themed
        while rest != 0 {
            out.append(Self.all[Int(rest & 63) - 1])
            rest >>= Self.width
        }
        return out
    }
}
