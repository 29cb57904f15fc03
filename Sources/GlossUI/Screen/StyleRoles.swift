import GlossCore

/// What a style was made of, in the order it was laid together (`quote` then `focus` over
/// it): the theme's roles, the text selection and its caret, an annotation's colour. Snapshot
/// dumps print these names rather than palette numbers, so changing the theme leaves them as
/// they are. They say where a look came from and are not part of it: two styles that look
/// the same are equal.
public struct StyleRoles: Hashable, Sendable {
    /// Up to ten names, six bits each from the lowest, the first laid first; 0 ends them.
    /// A name is 1 + its index in `Self.all`.
    private var slots: UInt64 = 0

    public init() {}

    public init(_ role: Role) { self.init(code: Self.code[role.rawValue] ?? 0) }

    /// The selection being made in the text.
    public static let selecting = StyleRoles(code: code["selecting"] ?? 0)
    /// The caret inside it.
    public static let caret = StyleRoles(code: code["caret"] ?? 0)

    /// An annotation's mark in `color` (a name the palette lacks looks, and is named, as yellow).
    public static func mark(_ color: String?) -> StyleRoles {
        let name = color.map { Annotation.colors.contains($0) ? $0 : "yellow" } ?? "yellow"
        return StyleRoles(code: code["mark:" + name] ?? 0)
    }

    private init(code: UInt64) { slots = code }

    private static let width: UInt64 = 6
    private static let capacity = 10
    private static let all: [String] = Role.allCases.map(\.rawValue) + ["selecting", "caret"] + Annotation.colors.map { "mark:" + $0 }
    private static let code = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1, UInt64($0 + 1)) })

    private var codes: [UInt64] {
        var out: [UInt64] = []
        var rest = slots
        while rest != 0 {
            out.append(rest & 63)
            rest >>= Self.width
        }
        return out
    }

    /// These names, then `other`'s that are not among them, as when `other`'s style is laid
    /// over this one. Past ten names the first ones laid give way.
    public func union(_ other: StyleRoles) -> StyleRoles {
        guard other.slots != 0 else { return self }
        guard slots != 0 else { return other }
        var names = codes
        for c in other.codes where !names.contains(c) { names.append(c) }
        var out = StyleRoles()
        for (i, c) in names.suffix(Self.capacity).enumerated() { out.slots |= c << (UInt64(i) * Self.width) }
        return out
    }

    /// The names in the order they were laid; `text`, the ground every other role lies on,
    /// is left out.
    public var names: [String] {
        codes.compactMap { c in
            let name = Self.all[Int(c) - 1]
            return name == Role.text.rawValue ? nil : name
        }
    }
}
