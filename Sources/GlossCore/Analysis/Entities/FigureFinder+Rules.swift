/// A figure being built around its number core, one rule at a time.
struct FigureDraft {
    /// The core's first token: digits or a number word.
    let core: Int
    /// The core is digits (`370`), not words (`hundreds`).
    let exact: Bool
    var start: Int
    var end: Int
    var value: Double?
    var unit: NumberWords.Unit?
    var currency: String?
    var qualifier: String?
    /// A hyphenated compound took the unit (`59-year-old`): no unit is read after it.
    var compound = false
}

/// The rules that build a figure around its core, in the order they run. Each reads the draft
/// and may widen it, set its value, unit, currency or qualifier, or find that it is no figure.
enum FigureRule: CaseIterable, Sendable {
    /// `$2`, `US$ 5,000`, `NZ $ 3 million`: a currency sign before.
    case currencyBefore
    /// `4 million`, `1.5 trillion`.
    case multiplier
    /// `three and a half`.
    case andAHalf
    /// `10-15`, `10–15`; `a 4–1 vote` is a score and no figure.
    case dashRange
    /// `20 to 30 percent`: one figure, low to high.
    case toRange
    /// `one in three`.
    case ratio
    /// `59-year-old`, `131-page`, `two-thirds`; `one-off` is an idiom and no figure.
    case compound
    /// `80 percent`, `80%`, `per cent`, `3 km`, `25°C`, `two weeks`, `19 year old`, `square miles`.
    case unitAfter
    /// A money unit is the currency; a percentage's value is a fraction (`80 percent` = 0.8).
    case normalize
    /// `over`, `about`, `more than`, `at least`, `up to`, `between 5% and 7%`.
    case qualifierBefore
}

/// What a rule found: go on, or the tokens up to `end` are no figure (and are used up).
enum FigureStep {
    case next
    case noFigure(end: Int)
}

extension FigureFinder {
    func apply(_ rule: FigureRule, to d: inout FigureDraft) -> FigureStep {
        switch rule {
        case .currencyBefore: currencyBefore(&d)
        case .multiplier: multiplier(&d)
        case .andAHalf: andAHalf(&d)
        case .dashRange: return dashRange(&d)
        case .toRange: toRange(&d)
        case .ratio: ratio(&d)
        case .compound: return compound(&d)
        case .unitAfter: unitAfter(&d)
        case .normalize: normalize(&d)
        case .qualifierBefore: qualifierBefore(&d)
        }
        return .next
    }

    private func currencyBefore(_ d: inout FigureDraft) {
        let i = d.core
        guard let code = currencyCode(i - 1), !used[i - 1] else { return }
        d.start = i - 1
        d.currency = code
        if v.isAllCaps(i - 2) || (v.isCapitalized(i - 2) && v.tokens[i - 2].length <= 2) {
            let prefix = v.string(i - 2, i - 1)
            if prefix.count <= 3, !v.has(i - 2, .common) || v.hashes[i - 2] == Hashes.us {
                d.start = i - 2
                if code == "USD" { d.currency = prefix == "US" ? "USD" : prefix + "D" }
            }
        }
    }

    private func multiplier(_ d: inout FigureDraft) {
        guard v.isNumber(d.core) else { return }
        while v.isWord(d.end), let s = numbers.entry(v.hashes[d.end]), s.kind == .scale {
            d.value = d.value.map { $0 * s.value }
            d.end += 1
        }
    }

    private func andAHalf(_ d: inout FigureDraft) {
        let end = d.end
        guard v.isWord(end, Hashes.and), v.isWord(end + 1, Hashes.a), v.isWord(end + 2, Hashes.half) else { return }
        d.value = d.value.map { $0 + 0.5 }
        d.end += 3
    }

    private func dashRange(_ d: inout FigureDraft) -> FigureStep {
        let i = d.core, end = d.end
        guard v.isDash(end), v.glued(end), v.glued(end + 1),
            v.isNumber(end + 1) || (v.isWord(end + 1) && numbers.entry(v.hashes[end + 1]) != nil && !v.isNumber(i)),
            let r = core(at: end + 1), v.isNumber(end + 1) == v.isNumber(i)
        else { return .next }
        // A range runs low to high; "a 4–1 vote", "won 3-2" are scores, not quantities.
        if v.isNumber(i), currencyCode(i - 1) == nil, let x = d.value, let y = r.value, y <= x, x < 1000,
            x == x.rounded(), y == y.rounded()
        {
            return .noFigure(end: r.end)
        }
        d.end = r.end
        if d.unit == nil { d.unit = r.unit }
        return .next
    }

    private func toRange(_ d: inout FigureDraft) {
        let i = d.core, end = d.end
        guard v.isWord(end, Hashes.to), v.isNumber(end + 1), v.isNumber(i), !year(i), !year(end + 1),
            let r = core(at: end + 1),
            d.unit == nil || r.unit == nil || r.unit?.name == d.unit?.name, let x = d.value, let y = r.value, x < y
        else { return }
        d.end = r.end
        if d.unit == nil { d.unit = r.unit }
    }

    private func ratio(_ d: inout FigureDraft) {
        let i = d.core, end = d.end
        guard v.isWord(end, Hashes.in), v.isNumber(end + 1) == v.isNumber(i), !year(end + 1), let r = core(at: end + 1),
            r.unit == nil,
            let x = d.value, let y = r.value, x < y
        else { return }
        d.end = r.end
        d.unit = nil
    }

    private func compound(_ d: inout FigureDraft) -> FigureStep {
        let i = d.core
        var end = d.end
        guard v.isDash(end), v.glued(end), v.glued(end + 1), v.isLowerWord(end + 1) else { return .next }
        d.compound = true
        let compoundUnit = numbers.unit(v.hashes[end + 1])
        let fraction = numbers.entry(v.hashes[end + 1]).flatMap {
            $0.kind == .fraction && !v.isNumber(i) ? $0.value : nil
        }
        // "one-off", "one-sided", "one-way": the word one in a compound with no unit is an
        // idiom, not a count ("one-year" and "two-page" are figures).
        if !v.isNumber(i), d.value == 1, compoundUnit == nil, fraction == nil, end == i + 1 {
            return .noFigure(end: end + 2)
        }
        end += 2
        if v.isDash(end), v.glued(end), v.glued(end + 1), v.isWord(end + 1, Hashes.old) { end += 2 }
        d.end = end
        if let f = fraction {
            d.value = d.value.map { $0 * f }  // "two-thirds", "three-quarters"
        } else if compoundUnit == nil {
            d.unit = NumberWords.Unit(name: v.string(end - 1, end), kind: .count)
        } else {
            d.unit = compoundUnit
        }
        return .next
    }

    private func unitAfter(_ d: inout FigureDraft) {
        guard !d.compound else { return }
        var j = d.end
        if v.isPunct(j, "%") {
            d.unit = NumberWords.Unit(name: "percent", kind: .percent)
            d.end = j + 1
        } else if v.isPunct(j, "°") {
            d.end = j + 1
            if v.isCapitalized(j + 1), v.glued(j + 1), v.tokens[j + 1].length == 1 {
                d.end = j + 2
                d.unit = NumberWords.Unit(name: "°" + v.string(j + 1, j + 2), kind: .measure)
            } else {
                d.unit = NumberWords.Unit(name: "degree", kind: .measure)
            }
        } else {
            // "twenty working days"
            if v.isWord(j), Hashes.unitAdjectives.contains(v.hashes[j]), v.isWord(j + 1),
                let u = numbers.unit(v.hashes[j + 1]), u.kind == .time
            {
                j += 1
            }
            if v.isWord(j, Hashes.per), v.isWord(j + 1, Hashes.cent) {
                d.unit = NumberWords.Unit(name: "percent", kind: .percent)
                d.end = j + 2
            } else if v.isWord(j, Hashes.percentage), v.isWord(j + 1), let u = numbers.unit(v.hashes[j + 1]),
                u.kind == .count
            {
                d.unit = NumberWords.Unit(name: "percentage point", kind: .percent)
                d.end = j + 2
            } else if v.isWord(j, Hashes.square) || v.isWord(j, Hashes.cubic), v.isWord(j + 1),
                let u = numbers.unit(v.hashes[j + 1]), u.kind == .measure
            {
                d.unit = NumberWords.Unit(
                    name: (v.isWord(j, Hashes.square) ? "square " : "cubic ") + u.name, kind: .measure)
                d.end = j + 2
            } else if v.isWord(j, Hashes.of), !d.exact, v.isWord(j + 1), let u = numbers.unit(v.hashes[j + 1]),
                u.kind == .money
            {
                d.unit = u
                d.end = j + 2
            } else if v.isWord(j), !v.tokens[j].flags.contains(.capitalized) || v.isAllCaps(j),
                let u = numbers.unit(v.hashes[j]),
                !(u.name == "in" || u.name == "m" && v.tokens[j].length == 1)
            {
                // A money word after a sign is the same currency: "$5 dollars" is rare; keep the sign.
                d.unit = u
                d.end = j + 1
                if u.kind == .time, v.isWord(d.end, Hashes.old) { d.end += 1 }  // "19 year old"
            }
        }
    }

    private func normalize(_ d: inout FigureDraft) {
        if let u = d.unit, u.kind == .money, d.currency == nil { d.currency = u.name }
        if let u = d.unit, u.kind == .percent, let x = d.value { d.value = x / 100 }
    }

    private func qualifierBefore(_ d: inout FigureDraft) {
        let start = d.start
        for len in stride(from: 3, through: 1, by: -1) where start - len >= 0 {
            var ok = true
            for k in (start - len)..<start where !v.isWord(k) || used[k] { ok = false }
            guard ok, let word = numbers.qualifier(v.phraseHash(start - len, start)) else { continue }
            if word == "between" {
                // The second bound repeats the sign, scale and unit of the first:
                // "between $200 million and $300 million", "between 5% and 7%".
                guard v.isWord(d.end, Hashes.and) else { continue }
                let second = isCurrency(d.end + 1) && currencyCode(d.end + 1) == d.currency ? d.end + 2 : d.end + 1
                guard let r = core(at: second) else { continue }
                var end = r.end
                while v.isWord(end), let s = numbers.entry(v.hashes[end]), s.kind == .scale { end += 1 }
                if v.isPunct(end, "%") {
                    end += 1
                } else if v.isWord(end, Hashes.per), v.isWord(end + 1, Hashes.cent) {
                    end += 2
                } else if v.isWord(end), let u = numbers.unit(v.hashes[end]), d.unit == nil {
                    // "between 5 and 7 percent", "between 10 and 15 dollars": the unit after the
                    // second bound is the first bound's too.
                    d.unit = u
                    end += 1
                    if u.kind == .percent, let x = d.value { d.value = x / 100 }
                    if u.kind == .money, d.currency == nil { d.currency = u.name }
                }
                d.end = end
            }
            d.qualifier = word
            d.start = start - len
            return
        }
    }
}
