/// Where the reader's parts go on a screen of a given size: the text column (centred, at
/// most `measure` wide), the overview ruler to its right, the side panel, the status row.
/// The state and the renderer both use it, so page sizes and drawing agree.
public struct ReaderGeometry: Hashable, Sendable {
    public var body: Rect
    public var statusRow: Int
    /// The panel's rectangle when it is open.
    public var panel: Rect?
    /// True when the panel is too wide to sit beside the text and covers it.
    public var panelCoversText: Bool
    /// The area left of the ruler where text is centred.
    public var textArea: Rect
    public var rulerColumn: Int
    /// The wrap width actually used: the preferred measure, narrowed to fit.
    public var measure: Int
    /// Column where text lines start.
    public var textX: Int

    public init(size: Size, measure preferred: Int, panelOpen: Bool) {
        let height = max(1, size.height)
        body = Rect(x: 0, y: 0, width: size.width, height: height - 1)
        statusRow = height - 1
        var textWidth = size.width
        panel = nil
        panelCoversText = false
        if panelOpen {
            if size.width >= 60 {
                let w = max(30, min(52, size.width * 2 / 5))
                panel = Rect(x: size.width - w, y: 0, width: w, height: body.height)
                textWidth = size.width - w
            } else {
                panel = body
                panelCoversText = true
            }
        }
        rulerColumn = max(0, textWidth - 1)
        textArea = Rect(x: 0, y: 0, width: max(0, textWidth - 1), height: body.height)
        // One column of margin either side when there is room.
        let room = textArea.width >= 24 ? textArea.width - 2 : textArea.width
        measure = max(8, min(preferred, room))
        textX = max(0, (textArea.width - measure) / 2)
    }

    public var viewHeight: Int { max(1, body.height) }
}
