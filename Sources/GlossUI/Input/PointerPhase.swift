/// What the mouse's first button did, as the run loop makes it out.
public enum PointerPhase: Hashable, Sendable {
    case press, drag, release, doubleClick
}
