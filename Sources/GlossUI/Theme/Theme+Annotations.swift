extension Theme {
    /// How an annotation of a given colour name looks: a background in colour, an underline
    /// (and bold for the warm colours) without, so marks stay visible with `NO_COLOR`.
    public func annotationStyle(_ color: String?) -> CellStyle {
        var style = annotationLook(color)
        style.roles = .mark(color)
        return style
    }

    private func annotationLook(_ color: String?) -> CellStyle {
        let name = color ?? "yellow"
        switch depth {
        case .monochrome:
            return CellStyle(attributes: ["red", "orange", "pink"].contains(name) ? [.underline, .bold] : .underline)
        case .color8:
            let bg: UInt8
            switch name {
            case "green": bg = 2
            case "blue": bg = 4
            case "pink", "purple": bg = 5
            case "red", "orange": bg = 1
            case "gray": bg = 7
            default: bg = 3
            }
            return CellStyle(foreground: .indexed(0), background: .indexed(bg))
        case .color256:
            let bg: UInt8
            switch name {
            case "green": bg = 22
            case "blue": bg = 18
            case "pink": bg = 89
            case "orange": bg = 130
            case "purple": bg = 54
            case "red": bg = 88
            case "gray": bg = 239
            default: bg = 58
            }
            return CellStyle(foreground: .indexed(231), background: .indexed(bg))
        }
    }

    /// The selection being made: reversed in every palette, so it shows over highlights.
    public var selectionStyle: CellStyle { CellStyle(attributes: [.reverse], roles: .selecting) }

    /// The caret inside the selection.
    public var caretStyle: CellStyle { CellStyle(attributes: [.reverse, .underline, .bold], roles: .caret) }

    /// The margin mark of a line that carries a note.
    public var noteMarkStyle: CellStyle { style(.notice) }
}
