/// The side panel's tabs, in order.
public enum PanelTab: Int, Hashable, Sendable, CaseIterable {
    case people, places, figures, quotes, notes

    public var title: String {
        switch self {
        case .people: "People"
        case .places: "Places"
        case .figures: "Figures"
        case .quotes: "Quotes"
        case .notes: "Notes"
        }
    }

    /// The label when the full titles do not fit.
    public var shortTitle: String {
        switch self {
        case .people: "Ppl"
        case .places: "Plc"
        case .figures: "Fig"
        case .quotes: "Quo"
        case .notes: "Not"
        }
    }

    /// The highlight kind the tab lists; nil for the Notes tab, which lists annotations.
    public var kind: HighlightKind? {
        switch self {
        case .people: .person
        case .places: .place
        case .figures: .figure
        case .quotes: .quote
        case .notes: nil
        }
    }
}
