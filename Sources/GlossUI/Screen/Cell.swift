/// One terminal cell: a grapheme cluster and its style.
///
/// A wide character (CJK, most emoji) fills its own cell and marks the next one as its
/// continuation, which draws nothing; the two are always written and erased together.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: CellStyle
    /// True for the right half of a wide character.
    public var isContinuation: Bool

    public init(_ character: Character = " ", style: CellStyle = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
