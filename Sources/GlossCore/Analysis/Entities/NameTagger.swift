import Foundation

/// A statistical second opinion on every name the rules found: person, place or other.
///
/// The rules (`NameFinder`, `EntityLinker`) find the names and their boundaries; where they
/// cannot tell a person from an organisation, a product, a work or a place, an averaged
/// perceptron decides, once per name per article (one sense per article: all mentions of a
/// name are one example). Its features are hashed into `buckets` slots, so the weights hold no
/// words, only numbers:
///
/// - the rules' own verdict (person, place, organisation, none) and the number of mentions;
/// - word shape (capitals, length, digits, initials) and the last letters of the name's words;
/// - the lexicon classes of the name's first and last word (given name, surname, common word,
///   title, organisation or facility keyword, demonym) and the gazetteer class of the name;
/// - the two tokens before and after each mention: a lower-case word by its folded hash,
///   a capitalised word by its shape and classes, punctuation by its character.
///
/// Weights are trained offline by `scripts/tagger/train.py` (see `docs/analysis-entities.md`)
/// and generated into `Data/NameTagger+Weights.swift`. Scoring costs a few dozen table reads
/// per mention.
enum NameTagger {
    enum Label: Int { case person = 0, place = 1, other = 2 }
    static let classCount = 3
    static let bucketBits = 15
    static let buckets = 1 << bucketBits
    /// Mentions of one name that give features (the first ones): a name said a thousand times
    /// costs no more than one said eight times.
    static let mentionsRead = 8

    /// `4 × buckets` weights, the labels of one slot side by side, or empty when none are generated.
    static let weights: [Int32] = interleaved(decode(NameTaggerWeights.base64, count: classCount * buckets))

    static var isTrained: Bool { !weights.isEmpty }

    /// The rules' verdict as a feature value.
    enum Rule: UInt64 { case person = 0, place, organization, none }

    // Feature templates.
    private enum T: UInt64 {
        case rule = 1, words, shapeFirst, shapeLast, suffix3, suffix2, suffixFirst, classFirst, classLast
        case placeWhole, placeFirst, placeLast, prev1, prev2, next1, next2, initial, titled, aliased
        case mentions, ruleNext, rulePrev, ruleWords, bias, possessive
    }

    @inline(__always) private static func bucket(_ t: T, _ value: UInt64) -> Int32 {
        let h = ScalarHash.combine(ScalarHash.combine(ScalarHash.offset, t.rawValue &* 0x9E37_79B9), value)
        return Int32(truncatingIfNeeded: (h >> 23) & UInt64(buckets - 1))
    }

    /// The features of one name: `mentions` are token ranges of its mentions in text order.
    static func features(
        _ v: TokenView, finder: NameFinder, mentions: [NameCandidate], rule: Rule, into out: inout [Int32]
    ) {
        out.removeAll(keepingCapacity: true)
        out.append(bucket(.bias, 0))
        out.append(bucket(.rule, rule.rawValue))
        out.append(bucket(.mentions, UInt64(min(mentions.count, 4))))
        for c in mentions.prefix(mentionsRead) {
            let a = c.a, b = c.b, l = b - 1
            var words: UInt64 = 0
            for k in a..<b where v.isWord(k) {
                words += 1
                if words == 4 { break }
            }
            out.append(bucket(.words, words))
            out.append(bucket(.ruleWords, rule.rawValue << 8 | words))
            out.append(bucket(.shapeFirst, shape(v, a)))
            out.append(bucket(.shapeLast, shape(v, l)))
            let t = v.tokens[l]
            if t.end - t.start >= 4 {
                out.append(bucket(.suffix3, ScalarHash.hash(v.c, t.end - 3, t.end)))
                out.append(bucket(.suffix2, ScalarHash.hash(v.c, t.end - 2, t.end)))
            }
            if b - a > 1, v.tokens[a].end - v.tokens[a].start >= 4 {
                out.append(bucket(.suffixFirst, ScalarHash.hash(v.c, v.tokens[a].end - 3, v.tokens[a].end)))
            }
            classBits(v.classes[a].rawValue, .classFirst, &out)
            if b - a > 1 { classBits(v.classes[l].rawValue, .classLast, &out) }
            classBits(UInt16(v.placeClass(v.phraseHash(a, b)).rawValue), .placeWhole, &out)
            classBits(
                UInt16(v.placeClass(ScalarHash.combine(ScalarHash.offset, v.hashes[a])).rawValue), .placeFirst, &out)
            if b - a > 1 {
                classBits(
                    UInt16(v.placeClass(ScalarHash.combine(ScalarHash.offset, v.hashes[l])).rawValue), .placeLast, &out)
            }
            let p1 = context(v, a - 1), p2 = context(v, a - 2), n1 = context(v, b), n2 = context(v, b + 1)
            out.append(bucket(.prev1, p1))
            out.append(bucket(.prev2, p2 ^ (p1 &* 31)))
            out.append(bucket(.next1, n1))
            out.append(bucket(.next2, n2 ^ (n1 &* 31)))
            out.append(bucket(.ruleNext, n1 ^ (rule.rawValue &* 0x1000_0001)))
            out.append(bucket(.rulePrev, p1 ^ (rule.rawValue &* 0x1000_0001)))
            if c.initial { out.append(bucket(.initial, 1)) }
            if c.title != nil { out.append(bucket(.titled, 1)) }
            if c.alias != nil { out.append(bucket(.aliased, 1)) }
            if v.isPunct(b, "'") || v.isPunct(b, "\u{2019}") { out.append(bucket(.possessive, 1)) }
        }
        // Each feature counts once per name. The list is short (a few dozen): sorted in place
        // by insertion, which gives the same order as `sort()` in a fraction of its time.
        if out.count <= 64 {
            for k in 1..<max(1, out.count) {
                let x = out[k]
                var j = k
                while j > 0, out[j - 1] > x {
                    out[j] = out[j - 1]
                    j -= 1
                }
                out[j] = x
            }
        } else {
            out.sort()
        }
        var w = 0
        for k in out.indices where k == 0 || out[k] != out[k - 1] {
            out[w] = out[k]
            w += 1
        }
        out.removeLast(out.count - w)
    }

    private static func classBits(_ raw: UInt16, _ t: T, _ out: inout [Int32]) {
        var r = raw
        while r != 0 {
            let bit = UInt64(r.trailingZeroBitCount)
            out.append(bucket(t, bit))
            r &= r - 1
        }
    }

    /// Capitals, length and digits of token `i` as a small number.
    static func shape(_ v: TokenView, _ i: Int) -> UInt64 {
        guard i >= 0 && i < v.count else { return 0 }
        let t = v.tokens[i]
        let n = t.end - t.start
        let len: UInt64 = n == 1 ? 0 : n == 2 ? 1 : n <= 4 ? 2 : n <= 7 ? 3 : 4
        var code: UInt64
        if t.kind == .number {
            code = 1
        } else if t.kind == .punctuation {
            code = 2
        } else if t.flags.contains(.allCaps) {
            code = 3
        } else if t.flags.contains(.capitalized) {
            // Capitals after the first (`McDonald`, `iPhone`-like inner capitals).
            var inner = false
            var k = t.start + 1
            while k < t.end {
                if Tokenizer.isUpper(v.c[k]) {
                    inner = true
                    break
                }
                k += 1
            }
            code = inner ? 4 : 5
        } else {
            code = 6
        }
        var s = code << 4 | len
        if t.flags.contains(.abbreviation) { s |= 0x100 }
        if i + 1 < v.count, v.isDash(i + 1), v.glued(i + 1) { s |= 0x200 }
        return s
    }

    /// What stands at token `i` next to a name.
    static func context(_ v: TokenView, _ i: Int) -> UInt64 {
        guard i >= 0 && i < v.count else { return 1 }
        let t = v.tokens[i]
        switch t.kind {
        case .number: return 2
        case .punctuation: return 3 << 32 | UInt64(v.c[t.start].value)
        default:
            if t.flags.contains(.capitalized) { return 4 << 40 | UInt64(v.classes[i].rawValue) << 16 | shape(v, i) }
            return v.hashes[i]
        }
    }

    /// Scores of `features` for each label.
    static func scores(_ features: [Int32]) -> (person: Int32, place: Int32, other: Int32) {
        var s: (Int32, Int32, Int32) = (0, 0, 0)
        weights.withUnsafeBufferPointer { w in
            for f in features {
                let k = 4 * Int(f)  // the three labels' weights of a slot side by side: one cache line
                s.0 &+= w[k]
                s.1 &+= w[k + 1]
                s.2 &+= w[k + 2]
            }
        }
        return s
    }

    /// The verdict on a name whose rules' verdict is `rule`. The tagger must beat the rules'
    /// label by `NameTaggerWeights.overrideMargin` to change it, and beat `other` by
    /// `NameTaggerWeights.adoptMargins` (person, place) to take a name the rules dropped; a whole gazetteer
    /// country or region (`protected`) stays a place.
    static func label(_ features: [Int32], rule: Rule, protected: Bool) -> Label? {
        if protected { return nil }
        let s = scores(features)
        let best: Label = s.person >= s.place && s.person >= s.other ? .person : s.place >= s.other ? .place : .other
        let score = [s.person, s.place, s.other]
        switch rule {
        case .none:
            return best != .other && score[best.rawValue] - s.other > NameTaggerWeights.adoptMargins[best.rawValue]
                ? best : nil
        case .person, .place, .organization:
            let held = rule == .person ? 0 : rule == .place ? 1 : 2
            return best.rawValue != held && score[best.rawValue] - score[held] > NameTaggerWeights.overrideMargin
                ? best : nil
        }
    }

    /// What the rules are sure of: a whole gazetteer country or region, a city of several words, a
    /// dateline, a titled name or one with an acronym after it, and a lone word the lexicon knows
    /// as something else.
    static func isProtected(_ v: TokenView, _ finder: NameFinder, _ mentions: ArraySlice<NameCandidate>) -> Bool {
        mentions.contains { isProtected(v, finder, $0) }
    }

    static func isProtected(_ v: TokenView, _ finder: NameFinder, _ c: NameCandidate) -> Bool {
        if finder.datelineEnd(c.a) == c.b { return true }  // a dateline: OSLO —
        if c.title != nil || c.alias != nil { return true }  // Mayor X, X (XYZ): the text says so
        // A word the lexicon knows as a common word, a direction or a title was dropped for that.
        if c.b - c.a == 1,
            !v.classes[c.a].intersection([.common, .function, .direction, .title, .demonym, .month, .weekday]).isEmpty
        {
            return true
        }
        // A known personal name as the subject of a verb of saying: `Morgan replied`.
        if v.has(c.b - 1, .surname) || v.has(c.b - 1, .given), v.isLowerWord(c.b), v.has(c.b, .speech) { return true }
        let h = c.b - c.a == 1 ? ScalarHash.combine(ScalarHash.offset, v.hashes[c.a]) : v.phraseHash(c.a, c.b)
        let place = v.placeClass(h)
        // A city of several words (`Santa Rosa`, `Port Louis`) is that city: few people are named so.
        if c.b - c.a > 1, !place.intersection([.majorCity, .town]).isEmpty { return true }
        return !place.intersection([.country, .region]).isEmpty
    }

    /// The generated weights (label-major) laid out slot-major, four to a slot.
    static func interleaved(_ labelMajor: [Int32]) -> [Int32] {
        guard !labelMajor.isEmpty else { return [] }
        var out = [Int32](repeating: 0, count: 4 * buckets)
        for c in 0..<classCount { for k in 0..<buckets { out[4 * k + c] = labelMajor[c * buckets + k] } }
        return out
    }

    /// Little-endian 16-bit weights from base64, widened; empty when the text is empty or short.
    static func decode(_ text: String, count: Int) -> [Int32] {
        guard !text.isEmpty, let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters),
            data.count == count * 2
        else { return [] }
        var out = [Int32](repeating: 0, count: count)
        data.withUnsafeBytes { raw in
            let b = raw.bindMemory(to: UInt8.self)
            for k in 0..<count { out[k] = Int32(Int16(bitPattern: UInt16(b[2 * k]) | UInt16(b[2 * k + 1]) << 8)) }
        }
        return out
    }
}

/// One name of an article as the tagger sees it: for training (`scripts/tagger/`) and tests.
public struct NameTaggerExample: Sendable, Hashable {
    /// Mentions in scalar offsets.
    public var mentions: [TextRange]
    /// The rules' verdict: "person", "place", "organization" or "none".
    public var rule: String
    /// Hashed feature indices, sorted, each once.
    public var features: [Int]
    /// A whole gazetteer country or region, which the tagger leaves to the rules.
    public var protected: Bool
}

extension Analyzer {
    /// The names of a plain text as the tagger sees them, with the rules' verdicts (the tagger
    /// itself not applied): what `scripts/tagger/train.py` learns from.
    public static func nameTaggerExamples(_ scalars: [Unicode.Scalar]) -> [NameTaggerExample] {
        let text = TokenizedText(scalars)
        var examples: [NameTaggerExample] = []
        _ = EntityRecognizer.recognize(in: text, quotes: [], tagger: false) { v, finder, mentions, rule, features in
            examples.append(
                NameTaggerExample(
                    mentions: mentions.map { v.range($0.a, $0.b) }, rule: "\(rule)", features: features.map(Int.init),
                    protected: NameTagger.isProtected(v, finder, mentions.prefix(NameTagger.mentionsRead))))
        }
        return examples
    }

    /// Whether the tagger's weights are generated into the package.
    public static var nameTaggerIsTrained: Bool { NameTagger.isTrained }
}
