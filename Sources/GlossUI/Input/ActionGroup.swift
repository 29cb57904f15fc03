/// Headings of the help screen, in the order it shows them.
public enum ActionGroup: String, Hashable, Sendable, CaseIterable {
    case general = "General"
    case library = "Library"
    case moving = "Moving"
    case finding = "Finding"
    case highlights = "Highlights"
    case selecting = "Selecting"
    case annotating = "Annotating"
    case panel = "Side panel"
    case catalog = "Across the library: the quote book, the figure ledger, people, places"
    case prompt = "Prompts"
}
