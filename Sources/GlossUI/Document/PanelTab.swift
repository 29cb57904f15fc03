/// The side panel's tabs, in order.
public enum PanelTab: Int, Hashable, Sendable, CaseIterable {
    case people, places, figures, quotes

    public var title: String {
        switch self {
        case .people: "People"
        case .places: "Places"
        case .figures: "Figures"
        case .quotes: "Quotes"
        }
    }

    /// The label when the full titles do not fit.
    public var shortTitle: String {
        switch self {
        case .people: "Ppl"
        case .places: "Plc"
        case .figures: "Fig"
        case .quotes: "Quo"
        }
    }

    public var kind: HighlightKind {
        switch self {
        case .people: .person
        case .places: .place
        case .figures: .figure
        case .quotes: .quote
        }
    }
}
