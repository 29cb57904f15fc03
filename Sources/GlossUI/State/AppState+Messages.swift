import GlossCore

extension AppState {
    /// `W`: the messages page, scrolled like help.
    mutating func openMessages() {
        showingMessages = true
        help = 0
    }

    /// The lines of the help screen: the keys, or (after `W`) the messages page.
    public func helpLines() -> [HelpLine] {
        showingMessages ? messageLines() : HelpContent.lines(bindings: keyBindings)
    }

    /// The last message in full, then every notice about the library, wrapped to the screen.
    public func messageLines() -> [HelpLine] {
        let width = max(10, size.width - 4)
        var out = [HelpLine(keys: "", text: "Last message", isHeading: true)]
        for line in Self.wrap(lastMessage?.text ?? "None yet.", width: width) {
            out.append(HelpLine(keys: "", text: line, isHeading: false))
        }
        out.append(HelpLine(keys: "", text: "", isHeading: false))
        out.append(
            HelpLine(
                keys: "",
                text: notices.isEmpty
                    ? "The library loaded without problems" : "Not loaded or changed (\(notices.count))",
                isHeading: true))
        for notice in notices {
            for line in Self.wrap(notice, width: width) { out.append(HelpLine(keys: "", text: line, isHeading: false)) }
        }
        return out
    }

    /// Text in lines of at most `width` columns, broken at spaces (a longer word is cut).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var w = String(word)
            if !line.isEmpty, DisplayWidth.of(line) + 1 + DisplayWidth.of(w) > width {
                lines.append(line)
                line = ""
            }
            while DisplayWidth.of(w) > width {
                let head = DisplayWidth.truncated(w, to: width + 1).dropLast()
                lines.append(String(head))
                w.removeFirst(head.count)
            }
            line = line.isEmpty ? w : line + " " + w
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
