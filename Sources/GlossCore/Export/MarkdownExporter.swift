import Foundation

/// Annotations as Markdown: per article its title and source, then each annotation in text
/// order as a block quote followed by its note, tags and speaker; orphans in their own section.
///
/// Passages and notes are plain text, so characters that Markdown (or a Markdown notes app)
/// would turn into formatting, links, tags or maths are escaped with a backslash; line breaks
/// in notes are kept.
public enum MarkdownExporter {
    public static func render(_ articles: [AnnotatedArticle], title: String = "Annotations") -> String {
        var out = "# \(escapeInline(title))\n"
        for article in articles {
            out += "\n## \(escapeInline(ExportText.oneLine(article.title)))\n\n"
            var facts: [String] = []
            if let source = article.metadata.source {
                facts.append("Source: \(escapeInline(ExportText.oneLine(source)))")
            }
            if let url = article.metadata.url {
                // Only a web address becomes a link; anything else (`javascript:…`) stays code.
                if let safe = HTMLExporter.safeURL(url) {
                    facts.append(
                        "Link: <\(safe.replacingOccurrences(of: ">", with: "%3E").replacingOccurrences(of: " ", with: "%20"))>"
                    )
                } else {
                    facts.append(
                        "Link (not a web address): `\(ExportText.oneLine(url).replacingOccurrences(of: "`", with: "'"))`"
                    )
                }
            }
            if let author = article.metadata.author {
                facts.append("Author: \(escapeInline(ExportText.oneLine(author)))")
            }
            if let date = article.metadata.date { facts.append("Date: \(escapeInline(ExportText.oneLine(date)))") }
            facts.append("Article: `\(ExportText.oneLine(article.id).replacingOccurrences(of: "`", with: "'"))`")
            if article.article == nil {
                facts.append("The article is no longer in the library; passages are as recorded.")
            }
            out += facts.map { "- " + $0 }.joined(separator: "\n") + "\n"
            let anchored = article.anchored
            let orphans = article.orphans
            if anchored.isEmpty && orphans.isEmpty { out += "\nNo annotations.\n" }
            for item in anchored {
                out += "\n" + block(item, passage: article.passage(of: item))
            }
            if !orphans.isEmpty {
                out +=
                    "\n### Orphaned annotations\n\nTheir passages are no longer in the article's text; shown as recorded.\n"
                for item in orphans {
                    out += "\n" + block(item, passage: item.annotation.quote.exact)
                }
            }
        }
        return out
    }

    static func block(_ item: AnchoredAnnotation, passage: String) -> String {
        let a = item.annotation
        var out = ""
        for line in ExportText.clean(passage).split(separator: "\n", omittingEmptySubsequences: false) {
            // Leading blanks would make an indented code block.
            let text = escapeInline(String(line.drop(while: { $0 == " " || $0 == "\t" })))
            out += text.isEmpty ? ">\n" : "> \(escapeLineStart(text))\n"
        }
        if a.kind == .quote, let who = a.attribution {
            var speaker = "— \(escapeInline(ExportText.oneLine(who.speaker)))"
            if let entity = who.entity, !who.speaker.contains(entity) {
                speaker += " (\(escapeInline(ExportText.oneLine(entity))))"
            }
            out += ">\n> \(speaker)\n"
        }
        let note = ExportText.clean(a.note).trimmingCharacters(in: .whitespacesAndNewlines)
        if !note.isEmpty {
            // Notes are plain text (the W3C body says `text/plain`): escaped like passages, so
            // a note that mentions <Clean Water> or $3 shows them rather than a tag or maths.
            let lines = note.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                escapeLineStart(escapeInline(String(line.drop(while: { $0 == " " || $0 == "\t" }))))
            }
            out += "\n" + lines.joined(separator: "\n") + "\n"
        }
        var facts: [String] = []
        if !a.tags.isEmpty { facts.append("Tags: " + a.sortedTags.map(tag).joined(separator: " ")) }
        facts.append(a.kind.rawValue)
        if let color = a.color { facts.append(escapeInline(ExportText.oneLine(color))) }
        switch item.status {
        case .exact: break
        case .moved: facts.append("moved")
        case .fuzzy:
            facts.append("text changed since; recorded as “\(escapeInline(ExportText.oneLine(a.quote.exact)))”")
        case .orphaned: break
        }
        facts.append("`\(a.id.uuidString.lowercased().prefix(8))`")
        out += "\n" + facts.joined(separator: " · ") + "\n"
        return out
    }

    /// A tag as a notes-app hashtag when its characters allow (`#follow-up`), else as code.
    static func tag(_ tag: String) -> String {
        let allowed = tag.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || "_-/".unicodeScalars.contains($0)
        }
        let hasLetter = tag.unicodeScalars.contains { !("0"..."9").contains($0) }
        if allowed && hasLetter { return "#" + tag }
        return "`" + tag.replacingOccurrences(of: "`", with: "'") + "`"
    }

    /// Backslash before every character that could start formatting, a link, a tag, a
    /// highlight, a comment or maths inside a line.
    static func escapeInline(_ text: String) -> String {
        var out = ""
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            if "\\`*_[]<>#$|".contains(c) {
                out.append("\\")
            } else if "~=%".contains(c), (i + 1 < chars.count && chars[i + 1] == c) || (i > 0 && chars[i - 1] == c) {
                // Doubled, these strike out, highlight or comment; single, they are just text (80%).
                out.append("\\")
            }
            out.append(c)
        }
        return out
    }

    /// Escapes what only means something at the start of a line: list markers, a numbered
    /// list's `1.`, a line of dashes (a rule, or a heading underline for the line above); a
    /// heading's `#`, `===` and table pipes are already escaped inline.
    static func escapeLineStart(_ line: String) -> String {
        if let first = line.first, "-+".contains(first), line.dropFirst().first == " " || line.count == 1 {
            return "\\" + line
        }
        if line.first == "-", line.allSatisfy({ $0 == "-" || $0 == " " || $0 == "\t" }) {
            return "\\" + line
        }
        var digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, line.count > digits.count {
            let after = line[line.index(line.startIndex, offsetBy: digits.count)]
            if after == "." || after == ")" {
                let rest = line.dropFirst(digits.count + 1)
                digits.append("\\")
                return String(digits) + String(after) + rest
            }
        }
        return line
    }
}
