import Foundation
import GlossCore

/// `scaling [DIR]`: analysis time of pathological inputs at two sizes, n and 2n. A linear
/// analysis takes twice as long at 2n (ratio about 2); a quadratic stage shows as a ratio near 4.
/// Each time is the best of three runs.
enum ScalingBenchmark {
    static let usage = """
          scaling [DIR] [--only WORD] [--scale X]
                           analysis time of pathological inputs at sizes n and 2n, and the ratio (2 is linear);
                           DIR (default: Articles/) gives the article text, --only keeps inputs whose name has WORD,
                           --scale multiplies every n by X
        """

    /// One input: a name, and the text for a size.
    struct Input {
        var name: String
        var n: Int
        var text: (Int) -> String
    }

    static func run(_ arguments: [String]) -> Int32? {
        guard arguments.first == "scaling" else { return nil }
        var rest = Array(arguments.dropFirst())
        var only: String? = nil
        if let k = rest.firstIndex(of: "--only"), k + 1 < rest.count {
            only = rest[k + 1]
            rest.removeSubrange(k...(k + 1))
        }
        var scale = 1.0
        if let k = rest.firstIndex(of: "--scale"), k + 1 < rest.count, let x = Double(rest[k + 1]), x > 0 {
            scale = x
            rest.removeSubrange(k...(k + 1))
        }
        let dir = URL(fileURLWithPath: rest.first ?? "Articles")
        let articles: String
        do {
            articles = try Library.load(from: dir).articles.map(\.text).joined(separator: "\n\n")
        } catch {
            FileHandle.standardError.write(Data("gloss-bench: cannot load \(dir.path): \(error)\n".utf8))
            return 1
        }
        guard !articles.isEmpty else {
            FileHandle.standardError.write(Data("gloss-bench: no articles in \(dir.path)\n".utf8))
            return 1
        }
        let inputs = [
            Input(name: "articles (MB)", n: 2_500_000) { repeated(articles + "\n\n", to: $0) },
            Input(name: "one line (MB)", n: 2_500_000) {
                repeated(articles.replacingOccurrences(of: "\n", with: " ") + " ", to: $0)
            },
            Input(name: "“ then \" (marks each)", n: 50_000) {
                String(repeating: "\u{201C}", count: $0) + String(repeating: "\"", count: $0)
            },
            Input(name: "mixed marks", n: 100_000, text: mixedMarks),
            Input(name: "a quote reopened (paragraphs)", n: 50_000) { n in
                (0..<n).map { "\u{201C}We go on to \(name($0)) now\n\n" }.joined()
            },
            Input(name: "quotes said by (people)", n: 50_000) { n in
                (0..<n).map { "\u{201C}We go,\u{201D} said Mayor \(name($0)). He left. \u{201C}So,\u{201D} he said. " }
                    .joined()
            },
            Input(name: "distinct names", n: 70_000) { n in
                (0..<n).map { "Then \(name($0)) said it." }.joined(separator: " ")
            },
            Input(name: "titled people", n: 70_000) { n in
                "We met " + (0..<n).map { "president \(name($0))" }.joined(separator: ", ") + "."
            },
            Input(name: "capitalised words", n: 100_000) { n in (0..<n).map(name).joined(separator: " ") + ".\n" },
            Input(name: "capitalised X of Y of Z", n: 20_000) { n in
                "We met " + (0..<n).map { "Dr. Anna \(name($0))" }.joined(separator: " of ") + ".\n"
            },
            Input(name: "capitalised demonyms", n: 50_000) { n in
                "We met " + String(repeating: "Mexican ", count: n) + "people.\n"
            },
            Input(name: "cues in one sentence", n: 20_000) { n in
                "We met them " + String(repeating: "and as said \u{201C}a b c d e\u{201D} ", count: n) + "today.\n"
            },
            Input(name: "capitalised, with keywords", n: 100_000) { n in
                (0..<n).map {
                    ["The", "NASA", "President", "Bank", "University", "Of", "New", "York", name($0)][$0 % 9]
                }.joined(separator: " ") + ".\n"
            },
        ]
        var sink = 0
        _ = Analyzer.analyze(scalars: Array("Warm up: the name lists load once.".unicodeScalars), blocks: [])
        for input in inputs where only.map(input.name.contains) ?? true {
            var seconds: [Double] = []
            let n = max(1, Int(Double(input.n) * scale))
            for size in [n, n * 2] {
                let scalars = Array(input.text(size).unicodeScalars)
                // The best of three runs: the machine may be busy with something else.
                var best = Double.infinity
                for _ in 0..<3 {
                    let t = now()
                    let a = Analyzer.analyze(scalars: scalars, blocks: [])
                    best = min(best, now() - t)
                    sink &+= a.entities.count &+ a.quotes.count
                }
                seconds.append(best)
            }
            let sizes =
                n >= 1_000_000 ? String(format: "%.1f / %.1f", Double(n) / 1e6, Double(n * 2) / 1e6) : "\(n) / \(n * 2)"
            print(
                String(
                    format: "scaling: %@ %@: %.3f s, %.3f s, ratio %.2f", input.name, sizes, seconds[0], seconds[1],
                    seconds[1] / max(seconds[0], 1e-9)))
        }
        if sink == -1 { print(sink) }
        return 0
    }

    /// `text` repeated and cut to `count` scalars.
    static func repeated(_ text: String, to count: Int) -> String {
        let unit = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var n = 0  // counted here: `out.count` walks the whole string
        while n < count {
            let k = min(unit.count, count - n)
            out.append(contentsOf: unit[..<k])
            n += k
        }
        return String(out)
    }

    /// A made-up capitalised name for each number: `Kalomi`, `Tenvor`…
    static func name(_ n: Int) -> String {
        let syllables = [
            "ka", "lo", "mi", "ra", "ten", "vor", "shu", "bel", "dan", "gri", "pe", "zu", "nor", "fal", "wi", "tre",
            "ham", "os", "quin", "yel",
        ]
        var word = "", x = n
        for _ in 0..<4 {
            word += syllables[x % syllables.count]
            x /= syllables.count
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// Quotation marks of every kind, alone or glued to a letter, from a fixed-seed generator.
    static func mixedMarks(_ n: Int) -> String {
        let marks = ["\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{AB}", "\u{BB}", "\u{201E}"]
        let after = ["", " ", "a", "word "]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ k: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(k))
        }
        return (0..<n).map { _ in marks[next(marks.count)] + after[next(after.count)] }.joined()
    }
}
