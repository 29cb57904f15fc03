/// What a backend reports: a key, a mouse event, or a new terminal size.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
}
