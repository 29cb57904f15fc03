import Foundation
import GlossCore
import GlossIndex
import GlossUI

/// The human-readable summary of an analysis.
enum EntityTable {
    static func write(_ article: AnalysedArticle, to out: inout Output) {
        let analysis = article.analysis
        out.line("\(article.title)  [\(article.id)]")
        for kind in EntityKind.allCases {
            let list = analysis.entities.filter { $0.kind == kind }.sorted { $0.mentions.count > $1.mentions.count }
            guard !list.isEmpty else { continue }
            let heading: String
            switch kind {
            case .person: heading = "People"
            case .place: heading = "Places"
            case .organization: heading = "Organizations"
            }
            out.line()
            out.line("\(heading) (\(list.count))")
            for e in list {
                var line = "  \(e.canonicalName)  ×\(e.mentions.count)"
                if !e.aliases.isEmpty { line += "  also: " + e.aliases.joined(separator: ", ") }
                if !e.titles.isEmpty { line += "  (" + e.titles.joined(separator: ", ") + ")" }
                out.line(line)
            }
        }
        if !analysis.figures.isEmpty {
            out.line()
            out.line("Figures (\(analysis.figures.count))")
            for f in analysis.figures {
                var line = "  " + Table.pad(article.text(in: f.range), 28)
                line += "  = " + (f.value == nil ? (f.unit ?? "(too large to compute)") : FigureText.value(of: f))
                if let q = f.qualifier { line += "  (\(q))" }
                out.line(line)
            }
        }
        if !analysis.quotes.isEmpty {
            out.line()
            out.line("Quotes (\(analysis.quotes.count))")
            for q in analysis.quotes {
                let text = q.segments.map { article.text(in: $0) }.joined(separator: " ")
                let who = q.speaker?.name ?? (q.kind == .speech ? "unattributed" : q.kind.rawValue)
                out.line(
                    "  " + Table.pad(who, 24) + "  "
                        + Table.truncate(text.replacingOccurrences(of: "\n", with: " "), 90))
            }
        }
    }
}
