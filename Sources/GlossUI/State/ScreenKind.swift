/// The two screens: the list of articles and the article being read.
public enum ScreenKind: Hashable, Sendable {
    case library, reader
}
