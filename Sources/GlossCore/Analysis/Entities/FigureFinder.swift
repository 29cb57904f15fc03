/// Finds figures (quantities with qualifier and unit) and dates, marking the tokens it uses so
/// that the name finder leaves them alone.
///
/// A figure is built around a core: digits (`11,800`, `3½`, `5m`) or number words
/// (`two thirds`, `a few thousand`, `tens of thousands`). Around the core it takes a currency
/// sign before, a qualifier before that, then a multiplier, a hyphenated compound
/// (`59-year-old`, `131-page`), a range end, and a unit after. Years, days of the month,
/// clock times, ordinals and numbers inside names are not figures.
final class FigureFinder {
    let v: TokenView
    let numbers: NumberWords
    /// Tokens already part of a figure or date.
    var used: [Bool]
    var figures: [Figure] = []
    var dates: [TextRange] = []
    /// The rules a figure is built by, in order (all of them; tests may leave some out).
    var rules: [FigureRule] = FigureRule.allCases

    init(_ v: TokenView) {
        self.v = v
        numbers = v.numbers
        used = [Bool](repeating: false, count: v.count)
    }

    func run() {
        var i = 0
        let a = Hashes.a, an = Hashes.an, several = Hashes.several
        while i < v.count {
            if used[i] {
                i += 1
                continue
            }
            // Most tokens can start neither a date nor a figure: skip them after one look.
            let t = v.tokens[i]
            if t.kind == .punctuation {
                i += 1
                continue
            }
            if t.kind == .word {
                let cls = v.classes[i]
                let h = v.hashes[i]
                let dateWord = (cls.contains(.month) || cls.contains(.weekday)) && t.flags.contains(.capitalized)
                if !dateWord && h != a && h != an && h != several && numbers.entry(h) == nil {
                    i += 1
                    continue
                }
            }
            if let next = date(at: i) {
                i = next
                continue
            }
            if let next = figure(at: i) {
                i = next
                continue
            }
            i += 1
        }
    }

    // MARK: dates

    /// A date starting at `i`: `March 3, 2019`, `12 April`, `June 2018`, `Monday`, `1958`.
    private func date(at i: Int) -> Int? {
        let cls = v.wordClass(i)
        if v.isCapitalized(i) && cls.contains(.weekday) {
            mark(date: i, i + 1)
            return i + 1
        }
        if v.isCapitalized(i) && cls.contains(.month) {
            // "May" alone is too often the verb; a month needs a day or year, or a preposition.
            var j = i + 1
            if let d = day(j) { j = d }
            if v.isPunct(j, ","), year(j + 1) {
                j += 2
            } else if year(j) || yearAfterMonth(j) {
                j += 1
            } else if j == i + 1, v.isWord(j, Hashes.of), yearAfterMonth(j + 1) {
                j += 2  // "December of 384"
            }
            j = yearRangeEnd(j)
            let prep =
                v.has(i - 1, .placePreposition) || v.isWord(i - 1) && Hashes.beforeMonth.contains(v.hashes[i - 1])
            if j > i + 1 || prep || v.hashes[i] != Hashes.may {
                mark(date: i, j)
                return j
            }
            return nil
        }
        if let d = day(i), v.has(d, .month) && v.isCapitalized(d) {
            var j = d + 1
            if year(j) || yearAfterMonth(j) { j += 1 } else if v.isPunct(j, ","), year(j + 1) { j += 2 }
            j = yearRangeEnd(j)
            mark(date: i, j)
            return j
        }
        if let e = historicalYear(i) {
            let j = yearRangeEnd(e)
            mark(date: i, j)
            return j
        }
        if year(i) && !isInsideName(i) {
            var j = i + 1
            if v.isDash(j), v.glued(j), v.glued(j + 1), v.isNumber(j + 1) { j += 2 }  // 2018-19
            j = yearRangeEnd(j)
            mark(date: i, j)
            return j
        }
        // "class of '71": two digits after an apostrophe are a year.
        if v.isNumber(i), v.tokens[i].length == 2, digitsOnly(i), v.glued(i),
            v.isPunct(i - 1, "'") || v.isPunct(i - 1, "\u{2019}"), !v.glued(i - 1)
        {
            mark(date: i, i + 1)
            return i + 1
        }
        return nil
    }

    /// Token `i` is digits only (no separator, no letters).
    private func digitsOnly(_ i: Int) -> Bool {
        guard v.isNumber(i) else { return false }
        for k in v.tokens[i].start..<v.tokens[i].end where !Tokenizer.isDigit(v.c[k]) { return false }
        return true
    }

    /// A year of three digits after a month (`30 September 420`), with punctuation, a line's end
    /// or nothing after it.
    private func yearAfterMonth(_ i: Int) -> Bool {
        guard digitsOnly(i), v.tokens[i].length == 3, v.c[v.tokens[i].start] != "0" else { return false }
        return i + 1 >= v.count || v.tokens[i + 1].kind == .punctuation || v.tokens[i + 1].flags.contains(.lineBefore)
    }

    /// After a date ending in a year at `j - 1`, the end of a year range (`1920 – 21`, `c. 314 –
    /// 368`): a dash and a number of two to four digits that no content word follows (`2010 - 15
    /// people` is a count).
    private func yearRangeEnd(_ j: Int) -> Int {
        guard j > 0, digitsOnly(j - 1), v.tokens[j - 1].length >= 3, v.isDash(j), digitsOnly(j + 1),
            (2...4).contains(v.tokens[j + 1].length), !v.has(j + 2, .month)
        else { return j }
        if v.isLowerWord(j + 2), !v.has(j + 2, .function), !v.tokens[j + 2].flags.contains(.lineBefore) { return j }
        return j + 2
    }

    /// Token `i` is a day of the month (1–31, or 1st–31st): the index after it.
    private func day(_ i: Int) -> Int? {
        guard v.isNumber(i) else { return nil }
        let t = v.tokens[i]
        var n = 0, k = t.start
        // At most two digits are read: a longer number is no day, and cannot overflow.
        while k < t.end, k - t.start < 2, Tokenizer.isDigit(v.c[k]) {
            n = n * 10 + Int(v.c[k].value - 48)
            k += 1
        }
        if k < t.end, Tokenizer.isDigit(v.c[k]) { return nil }
        if n < 1 || n > 31 { return nil }
        if k < t.end {
            let h = ScalarHash.hash(v.c, k, t.end)
            if h != Hashes.st && h != Hashes.nd && h != Hashes.rd && h != Hashes.th { return nil }
        }
        return i + 1
    }

    /// A year of three digits, as history writing has them: after `c.` or `circa`, or after `in`,
    /// `since`, `until` with punctuation or a capitalised word of the same line after it (`In 373,
    /// he left`, `In 373 Marcus left`); and a year of up to four digits before an era (`347 AD`,
    /// `3000 BC`). The index after it.
    private func historicalYear(_ i: Int) -> Int? {
        guard digitsOnly(i), v.c[v.tokens[i].start] != "0" else { return nil }
        // "3000 BC", "44 BC", "842 AD"
        if v.tokens[i].length <= 4, v.isWord(i + 1), Hashes.eras.contains(v.hashes[i + 1]) { return i + 2 }
        guard v.tokens[i].length == 3 else { return nil }
        if v.isWord(i - 1), Hashes.circa.contains(v.hashes[i - 1]) { return i + 1 }
        if v.isPunct(i - 1, "."), v.glued(i - 1), v.isWord(i - 2), Hashes.circa.contains(v.hashes[i - 2]) {
            return i + 1
        }
        if v.isWord(i - 1), Hashes.sinceWords.contains(v.hashes[i - 1]),
            v.isPunct(i + 1, ",") || v.isPunct(i + 1, ".") || v.isPunct(i + 1, ")") || v.isPunct(i + 1, ";")
                || v.isDash(i + 1)
                || v.isCapitalized(i + 1) && !v.isAllCaps(i + 1) && !v.tokens[i + 1].flags.contains(.lineBefore)
        {
            return i + 1
        }
        return nil
    }

    /// Token `i` looks like a year: four digits from 1000 to 2099, nothing glued.
    func year(_ i: Int) -> Bool {
        guard v.isNumber(i) else { return false }
        let t = v.tokens[i]
        guard t.end - t.start == 4 else { return false }
        var n = 0
        for k in t.start..<t.end {
            guard Tokenizer.isDigit(v.c[k]) else { return false }
            n = n * 10 + Int(v.c[k].value - 48)
        }
        if n < 1000 || n > 2099 { return false }
        // "2000 year old", "1500 metres": a unit after makes it a quantity.
        if v.isWord(i + 1), let u = numbers.unit(v.hashes[i + 1]),
            u.name == "year" || u.kind == .measure || u.kind == .money
        {
            return false
        }
        if v.isDash(i + 1), v.glued(i + 1), v.isWord(i + 2), numbers.unit(v.hashes[i + 2]) != nil { return false }
        return true
    }

    private func mark(date a: Int, _ b: Int) {
        for k in a..<b { used[k] = true }
        dates.append(v.range(a, b))
    }

    // MARK: figures

    /// The number core at `i`: its end, value and glued unit; nil when `i` starts none.
    func core(at i: Int) -> (end: Int, value: Double?, unit: NumberWords.Unit?, exact: Bool)? {
        if v.isNumber(i) { return digitCore(at: i) }
        guard v.isWord(i) else { return nil }
        let h = v.hashes[i]
        // "a thousand", "a few thousand", "several hundred", "a quarter", "a dozen"
        if h == Hashes.a || h == Hashes.an || h == Hashes.several {
            var j = i + 1
            if h == Hashes.a && v.isWord(j, Hashes.few) { j += 1 }
            guard v.isWord(j), let e = numbers.entry(v.hashes[j]),
                e.kind == .scale
                    || (e.kind == .fraction && j == i + 1 && isSingularFraction(j)
                        && (v.hashes[j] == Hashes.half || v.hashes[j] == Hashes.quarter || !v.isLowerWord(j + 1)
                            || v.isWord(j + 1, Hashes.of)))  // "a third goal" is an ordinal
            else { return nil }
            let exact = j == i + 1 && h != Hashes.several
            var end = j + 1
            var value: Double? = exact ? e.value : nil
            // "a thousand million", "a half million"
            while v.isWord(end), let s = numbers.entry(v.hashes[end]), s.kind == .scale {
                value = value.map { $0 * s.value }
                end += 1
            }
            return (end, value, nil, exact)
        }
        guard let e = numbers.entry(h) else { return nil }
        // "day five", "high-five": a name or a compound, not a count.
        if v.isWord(i - 1), Hashes.identifierNouns.contains(v.hashes[i - 1]) { return nil }
        if v.isDash(i - 1), v.glued(i), v.glued(i - 1), v.isWord(i - 2) { return nil }
        switch e.kind {
        case .pluralScale:
            // "hundreds", "tens of thousands", "hundreds of thousands", "dozens"
            var end = i + 1
            if v.isWord(end, Hashes.of), v.isWord(end + 1), let s = numbers.entry(v.hashes[end + 1]),
                s.kind == .pluralScale, s.value > e.value
            {
                end += 2
            }
            if e.value == 10 && end == i + 1 { return nil }  // "tens" alone
            if e.value == 20 && end == i + 1 { return nil }  // "scores" alone
            return (end, nil, nil, false)
        case .fraction:
            // A bare "half" only before a unit: "half an hour".
            if isSingularFraction(i), v.isWord(i + 1, Hashes.an) || v.isWord(i + 1, Hashes.a), v.isWord(i + 2),
                let u = numbers.unit(v.hashes[i + 2])
            {
                return (i + 3, e.value, u, true)
            }
            return nil
        case .scale:
            return nil
        case .unit, .tens:
            // "twenty-first", "the Thirty-Second Battalion": an ordinal, not a count.
            if e.kind == .tens, v.isDash(i + 1), v.glued(i + 1), v.glued(i + 2), v.isWord(i + 2),
                Hashes.unitOrdinals.contains(v.hashes[i + 2])
            {
                return nil
            }
            var value = 0.0, current = e.value
            var j = i + 1
            var last = e.kind
            while j < v.count {
                // twenty-five
                if last == .tens, v.isDash(j), v.glued(j), v.glued(j + 1), v.isWord(j + 1),
                    let u = numbers.entry(v.hashes[j + 1]), u.kind == .unit
                {
                    current += u.value
                    j += 2
                    last = .unit
                    continue
                }
                guard v.isWord(j) else { break }
                // "one hundred and five"
                if v.hashes[j] == Hashes.and, last == .scale, v.isWord(j + 1), let u = numbers.entry(v.hashes[j + 1]),
                    u.kind == .unit || u.kind == .tens
                {
                    current += u.value
                    j += 2
                    last = u.kind
                    continue
                }
                guard let n = numbers.entry(v.hashes[j]) else { break }
                if n.kind == .scale {
                    if n.value >= 1000 {
                        value += current * n.value
                        current = 0
                    } else {
                        current *= n.value
                    }
                    j += 1
                    last = .scale
                    continue
                }
                if n.kind == .fraction && (last == .unit || last == .tens) && !isSingularFraction(j)
                    || (n.kind == .fraction && current == 1)
                {
                    // "two thirds", "one third", "three quarters"
                    current *= n.value
                    j += 1
                    last = .fraction
                    break
                }
                if (n.kind == .unit || n.kind == .tens) && last == .scale {
                    current += n.value
                    j += 1
                    last = n.kind
                    continue
                }
                break
            }
            value += current
            if h == Hashes.one, j == i + 1 {
                // "no one", "one another", "the one who": a pronoun, not a count.
                if v.isWord(i - 1), Hashes.pronounOne.contains(v.hashes[i - 1]) { return nil }
                if v.isWord(i + 1, Hashes.another) { return nil }
                // "one that was made", "the current one", "but one who".
                if v.isWord(i + 1), Hashes.relative.contains(v.hashes[i + 1]) { return nil }
                if v.isLowerWord(i - 1),
                    v.isWord(i - 2, Hashes.the) || v.isWord(i - 2, Hashes.a) || v.isWord(i - 2, Hashes.an)
                {
                    return nil
                }
                // "one must know", "when one is abroad", "if one studies": the impersonal pronoun.
                if v.isWord(i + 1), Hashes.modals.contains(v.hashes[i + 1]) { return nil }
                if v.isWord(i + 1), Hashes.oneVerbs.contains(v.hashes[i + 1]), v.isWord(i - 1),
                    Hashes.subordinators.contains(v.hashes[i - 1])
                {
                    return nil
                }
                if v.isPunct(i + 1, "\u{2019}") || v.isPunct(i + 1, "'") || v.isWord(i + 1, Hashes.s)
                    || v.isWord(i + 1, Hashes.sStraight)
                {
                    return nil
                }
            }
            return (j, value, nil, true)
        }
    }

    /// `half`, `third`, `quarter`, `fifth`: a singular fraction word (not `thirds`).
    private func isSingularFraction(_ i: Int) -> Bool {
        let t = v.tokens[i]
        return v.c[t.end - 1] != "s"
    }

    private func digitCore(at i: Int) -> (end: Int, value: Double?, unit: NumberWords.Unit?, exact: Bool)? {
        let t = v.tokens[i]
        var value = 0.0, k = t.start, frac = 0.0, scale = 1.0, seenDot = false, digits = 0
        while k < t.end {
            let s = v.c[k]
            if Tokenizer.isDigit(s) {
                let d = Double(s.value - 48)
                if seenDot {
                    scale /= 10
                    frac += d * scale
                } else {
                    value = value * 10 + d
                }
                digits += 1
            } else if s == "." {
                seenDot = true
            } else if s == "," {
            } else if Tokenizer.isVulgarFraction(s) {
                value += Lexicon.vulgarFractionValue(s)
            } else {
                break
            }
            k += 1
        }
        value += frac
        var unit: NumberWords.Unit? = nil
        if k < t.end {
            // Letters glued on: 5m, 25km, 2bn; but 3rd, 1990s and 39A are not quantities.
            guard let sfx = numbers.suffix(ScalarHash.hash(v.c, k, t.end)) else { return nil }
            if ScalarHash.hash(v.c, k, t.end) == Hashes.sSuffix { return nil }
            // "€5m" is five million; "5m" alone is five metres.
            if sfx.unit?.name == "m", isCurrency(i - 1) {
                value *= 1e6
            } else {
                unit = sfx.unit
                value *= sfx.scale
            }
        }
        return (i + 1, value, unit, true)
    }

    /// Token `i` is a currency sign.
    func isCurrency(_ i: Int) -> Bool { currencyCode(i) != nil }

    func currencyCode(_ i: Int) -> String? {
        guard i >= 0, i < v.count, v.tokens[i].kind == .punctuation else { return nil }
        switch v.c[v.tokens[i].start] {
        case "$": return "USD"
        case "€": return "EUR"
        case "£": return "GBP"
        case "¥": return "JPY"
        case "₹": return "INR"
        case "₩": return "KRW"
        case "₽": return "RUB"
        default: return nil
        }
    }

    /// Numbers inside names and codes: `MK-42`, `Block-2`, `Gate 12B`, `COVID-19`.
    private func isInsideName(_ i: Int) -> Bool {
        if v.glued(i) && (v.isWord(i - 1) || v.isNumber(i - 1)) { return true }
        if v.glued(i), v.isDash(i - 1), v.glued(i - 1), v.isCapitalized(i - 2) { return true }
        if v.isWord(i - 1), Hashes.identifierNouns.contains(v.hashes[i - 1]) { return true }
        // A number glued to what follows by a slash, colon or period: dates, times, versions.
        if v.glued(i + 1), v.isPunct(i + 1, ":") || v.isPunct(i + 1, "/"), v.isNumber(i + 2), v.glued(i + 2) {
            return true
        }
        if v.glued(i), v.isPunct(i - 1, ":") || v.isPunct(i - 1, "/"), v.isNumber(i - 2) { return true }
        if v.glued(i), v.isPunct(i - 1, "#") { return true }
        if v.isPunct(i - 1, "\u{00A7}") { return true }  // § 6
        // "Apollo 8", "Apollo 11", "Boeing 747": a number right after a capitalised name, unless a score follows.
        if v.isCapitalized(i - 1), !v.tokens[i - 1].flags.contains(.allCaps), v.tokens[i].length <= 3,
            v.placeClass(ScalarHash.combine(ScalarHash.offset, v.hashes[i - 1])).isEmpty,
            !v.has(i - 1, .month), !v.has(i - 1, .function), !(v.isDash(i + 1) && v.isNumber(i + 2)),
            !v.isWord(i + 1) || v.isLowerWord(i + 1) && numbers.unit(v.hashes[i + 1]) == nil
        {
            return true
        }
        return false
    }

    /// `2. Methods`, `4.1. Results`, `3) Findings`, `12. “Notes`, `2.3 Costs`, `10: Open Data`,
    /// `1 Introduction`: the number opening a line is a heading or list number when a capital
    /// (or the line's end) comes after it, past a period, bracket or colon; a unit after it
    /// (`3 Km`) keeps it a figure.
    private func isHeadingNumber(_ i: Int) -> Bool {
        var j = i + 1
        let mark = v.isPunct(j, ".") || v.isPunct(j, ")") || v.isPunct(j, ":")
        if mark {
            j += 1
            if j >= v.tokens.count || v.tokens[j].flags.contains(.lineBefore) { return true }
            if v.isPunct(j, "\u{201C}") || v.isPunct(j, "\"") { j += 1 }
        }
        guard v.isWord(j), v.isCapitalized(j) || v.isAllCaps(j), !v.tokens[j].flags.contains(.lineBefore) else {
            return false
        }
        return mark || numbers.unit(v.hashes[j]) == nil && !v.has(j, .month)
    }

    /// The figure whose core starts at `i`: the core, then each of `rules` in order
    /// (`FigureFinder+Rules.swift`); the index after it, or nil when `i` starts none.
    private func figure(at i: Int) -> Int? {
        guard let found = core(at: i) else { return nil }
        if v.isNumber(i) && isInsideName(i) { return nil }
        if v.isNumber(i), i == 0 || v.tokens[i].flags.contains(.lineBefore), isHeadingNumber(i) { return nil }
        if v.isNumber(i), v.isWord(found.end, Hashes.am) || v.isWord(found.end, Hashes.pm) { return nil }  // clock time
        var d = FigureDraft(core: i, exact: found.exact, start: i, end: found.end, value: found.value, unit: found.unit)
        for rule in rules {
            if case .noFigure(let end) = apply(rule, to: &d) {
                for k in i..<end { used[k] = true }
                return end
            }
        }
        // A bare small number word with nothing around it is still a figure ("three", "one").
        if !d.exact, d.value == nil, d.unit == nil, d.qualifier == nil, d.end == i + 1,
            numbers.entry(v.hashes[i])?.kind != .pluralScale
        {
            return nil
        }
        var name = d.unit?.name
        if d.currency != nil { name = d.currency }
        let end = d.end
        if name == nil, d.exact, v.isLowerWord(end), v.tokens[end].length > 2, !v.has(end, .common),
            v.c[v.tokens[end].end - 1] == "s",
            v.c[v.tokens[end].end - 2] != "s"
        {
            // The counted noun names the unit without joining the span: "370 immigrants".
            name = v.string(end, end + 1)
        }
        for k in d.start..<end { used[k] = true }
        figures.append(Figure(range: v.range(d.start, end), value: d.value, unit: name, qualifier: d.qualifier))
        return end
    }
}
