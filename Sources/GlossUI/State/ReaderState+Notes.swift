import GlossCore

extension ReaderState {
    /// The Notes tab: every annotation in text order (orphans last), the passage first, then
    /// the note and tags; the status on the right when it is not `exact`.
    public var notesItems: [PanelItem] {
        anchored.map { item in
            let a = item.annotation
            let passage = AppState.excerpt(item.anchor.range.map { document.article.text(in: $0) } ?? a.quote.exact, 80)
            var second: [String] = []
            if !a.note.isEmpty { second.append(AppState.excerpt(a.note, 80)) }
            if let who = a.attribution { second.append("— \(who.entity ?? who.speaker)") }
            if !a.tags.isEmpty { second.append(a.sortedTags.map { "#" + $0 }.joined(separator: " ")) }
            return PanelItem(
                title: passage, subtitle: second.isEmpty ? nil : second.joined(separator: " "),
                badge: item.status == .exact ? "" : item.status.rawValue, mentions: item.anchor.range.map { [$0] } ?? []
            )
        }
    }
}
