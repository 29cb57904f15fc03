import GlossCore

extension ReaderDocument {
    struct Built {
        var spans: [HighlightSpan]
        var targets: [HighlightKind: [NavigationTarget]]
        var panel: [PanelTab: [PanelItem]]
    }

    static func build(article: Article, analysis: Analysis) -> Built {
        var spans: [HighlightSpan] = []
        var targets: [HighlightKind: [NavigationTarget]] = [:]
        let clampEnd = article.scalars.count
        func valid(_ r: TextRange) -> Bool { r.start >= 0 && r.end <= clampEnd && !r.isEmpty }

        // Quotes and speakers.
        let quotes = analysis.quotes.filter { !$0.segments.isEmpty && $0.segments.allSatisfy(valid) }
            .sorted { $0.range < $1.range }
        var quoteTargets: [NavigationTarget] = []
        var speakerTargets: [NavigationTarget] = []
        for (n, quote) in quotes.enumerated() {
            for segment in quote.segments { spans.append(HighlightSpan(range: segment, kind: .quote)) }
            var detail = "Quote \(n + 1)/\(quotes.count)"
            if let speaker = quote.speaker {
                detail += " · speaker: \(speaker.name)"
                if valid(speaker.mention) {
                    spans.append(HighlightSpan(range: speaker.mention, kind: .speaker))
                    speakerTargets.append(
                        NavigationTarget(range: speaker.mention, kind: .speaker, detail: "Speaker: \(speaker.name)"))
                }
            } else if quote.kind != .speech {
                detail += " · \(quote.kind.rawValue) quote"
            } else {
                detail += " · speaker unknown"
            }
            quoteTargets.append(NavigationTarget(range: quote.range, kind: .quote, detail: detail))
        }
        targets[.quote] = quoteTargets
        targets[.speaker] = speakerTargets.sorted { $0.range < $1.range }

        // People and places: every mention.
        for (kind, entityKind) in [(HighlightKind.person, EntityKind.person), (.place, .place)] {
            var list: [NavigationTarget] = []
            for entity in analysis.entities where entity.kind == entityKind {
                let mentions = entity.mentions.filter(valid)
                for (m, mention) in mentions.enumerated() {
                    spans.append(HighlightSpan(range: mention, kind: kind))
                    var detail = "\(kind == .person ? "Person" : "Place"): \(entity.canonicalName)"
                    if !entity.titles.isEmpty { detail += " (\(entity.titles.joined(separator: ", ")))" }
                    detail += " · mention \(m + 1)/\(mentions.count)"
                    list.append(NavigationTarget(range: mention, kind: kind, detail: detail))
                }
            }
            targets[kind] = list.sorted { $0.range < $1.range }
        }

        // Figures.
        let figures = analysis.figures.filter { valid($0.range) }.sorted { $0.range < $1.range }
        targets[.figure] = figures.enumerated().map { n, figure in
            spans.append(HighlightSpan(range: figure.range, kind: .figure))
            var detail = "Figure \(n + 1)/\(figures.count): \(article.text(in: figure.range).collapsedWhitespace)"
            let value = describe(figure)
            if !value.isEmpty { detail += " · value \(value)" }
            return NavigationTarget(range: figure.range, kind: .figure, detail: detail)
        }

        // Speakers last, so a speaker who is also a person mention shows as a speaker.
        spans.sort {
            $0.range.start != $1.range.start ? $0.range.start < $1.range.start : $0.kind.drawOrder < $1.kind.drawOrder
        }
        return Built(
            spans: spans, targets: targets,
            panel: panelItems(article: article, analysis: analysis, quotes: quotes, figures: figures, valid: valid))
    }

    private static func panelItems(
        article: Article, analysis: Analysis, quotes: [Quote], figures: [Figure], valid: (TextRange) -> Bool
    ) -> [PanelTab: [PanelItem]] {
        var panel: [PanelTab: [PanelItem]] = [:]
        for (tab, entityKind) in [(PanelTab.people, EntityKind.person), (.places, .place)] {
            panel[tab] = analysis.entities.filter { $0.kind == entityKind }
                .map { entity in
                    let mentions = entity.mentions.filter(valid).sorted()
                    var subtitle = entity.aliases.filter { $0 != entity.canonicalName }.joined(separator: ", ")
                    if !entity.titles.isEmpty {
                        subtitle = ([entity.titles.joined(separator: ", ")] + (subtitle.isEmpty ? [] : [subtitle]))
                            .joined(separator: " · ")
                    }
                    return PanelItem(
                        title: entity.canonicalName, subtitle: subtitle.isEmpty ? nil : subtitle,
                        badge: String(mentions.count), mentions: mentions)
                }
                .sorted {
                    $0.mentions.count != $1.mentions.count
                        ? $0.mentions.count > $1.mentions.count
                        : ($0.mentions.first ?? TextRange(0, 0)) < ($1.mentions.first ?? TextRange(0, 0))
                }
        }
        panel[.figures] = figures.map { figure in
            PanelItem(
                title: article.text(in: figure.range).collapsedWhitespace,
                subtitle: context(of: figure.range, in: article),
                badge: describe(figure), mentions: [figure.range])
        }
        // Quotes grouped by speaker, groups in order of first quote.
        var order: [String] = []
        var groups: [String: [Quote]] = [:]
        for quote in quotes {
            let name =
                quote.speaker?.name ?? (quote.kind == .speech ? "(speaker unknown)" : "(\(quote.kind.rawValue) quotes)")
            if groups[name] == nil { order.append(name) }
            groups[name, default: []].append(quote)
        }
        var quoteItems: [PanelItem] = []
        for name in order {
            let group = groups[name]!
            quoteItems.append(
                PanelItem(title: name, badge: String(group.count), mentions: group.map(\.range), isHeading: true))
            for quote in group {
                quoteItems.append(
                    PanelItem(
                        title: article.text(in: quote.range).collapsedWhitespace, mentions: [quote.range],
                        isNested: true))
            }
        }
        panel[.quotes] = quoteItems
        return panel
    }

    /// `370 people`, `over 80 %`; the unit alone when the figure has no value.
    static func describe(_ figure: Figure) -> String {
        guard figure.value != nil else { return figure.unit ?? "" }
        var text = FigureText.value(of: figure)
        if let qualifier = figure.qualifier, !qualifier.isEmpty { text = qualifier + " " + text }
        return text
    }

    /// A few words either side of a range: `…arresting over 370 immigrants from…`.
    static func context(of range: TextRange, in article: Article, radius: Int = 28) -> String {
        let s = article.scalars
        var lo = max(0, range.start - radius), hi = min(s.count, range.end + radius)
        while lo > 0 && lo < range.start && !WordBreak.isSpace(s[lo - 1]) { lo += 1 }
        while hi < s.count && hi > range.end && !WordBreak.isSpace(s[hi]) { hi -= 1 }
        let text = article.text(in: TextRange(lo, hi)).collapsedWhitespace
        return (lo > 0 ? "…" : "") + text + (hi < s.count ? "…" : "")
    }
}

extension String {
    /// White space runs as single spaces, trimmed: one line of display text.
    var collapsedWhitespace: String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in unicodeScalars {
            if WordBreak.isSpace(s) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(s)
            }
        }
        return String(out)
    }
}
