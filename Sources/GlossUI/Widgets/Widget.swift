/// Something that draws itself into a rectangle of a cell buffer. Widgets are values built
/// from the state; drawing has no other input, so a screen is a pure function of state.
public protocol Widget {
    func render(into buffer: inout CellBuffer, area: Rect)
}
