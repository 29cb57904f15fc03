import Foundation
import GlossCore

/// A one-line progress bar on stderr (`importing 412,000/1,000,000 annotations · 40 s left`),
/// redrawn in place at most ten times a second. Drawn only when stderr is a terminal: a log
/// file or a pipe gets nothing but the final summary.
struct ProgressLine {
    let verb: String
    let noun: String
    let total: Int
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var shown = false

    init(verb: String, noun: String, total: Int, enabled: Bool = Platform.isTerminal(.error)) {
        self.verb = verb
        self.noun = noun
        self.total = total
        self.enabled = enabled
    }

    /// Shows `done` of `total`, unless the line was drawn less than 0.1 s ago.
    mutating func update(_ done: Int, now: Date = Date()) {
        guard enabled, now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        shown = true
        FileHandle.standardError.write(
            Data(
                ("\r"
                    + Self.text(verb: verb, noun: noun, done: done, total: total, elapsed: now.timeIntervalSince(start))
                    + "\u{1B}[K").utf8))
    }

    /// Removes the line, so that a message or the summary starts on a clean line.
    mutating func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
        lastDraw = .distantPast
    }

    /// The line's text: counts with thousands separators, and the time left at the rate so far.
    static func text(verb: String, noun: String, done: Int, total: Int, elapsed: TimeInterval) -> String {
        var line = "\(verb) \(grouped(done))/\(grouped(total)) \(noun)"
        if done > 0 && done < total && elapsed >= 0.5 {
            let left = elapsed / Double(done) * Double(total - done)
            line +=
                " · " + (left < 90 ? "\(Int(left.rounded(.up))) s left" : "\(Int((left / 60).rounded(.up))) min left")
        }
        return line
    }

    static func grouped(_ n: Int) -> String { NumberText.grouped(n) }
}
