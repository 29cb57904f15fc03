/// What a piece of the screen is, as widgets speak of it; a `Theme` decides how it looks.
public enum Role: String, Hashable, Sendable, CaseIterable {
    case text, title, heading, blockQuoteBar, dim
    case quote, speaker, person, place, figure
    case match, currentMatch, focus
    case status, statusAccent, legendOff, message, error
    case header, selection, tabActive, tabInactive, panelBorder
    case rulerTrack, rulerThumb, notice, prompt
}
