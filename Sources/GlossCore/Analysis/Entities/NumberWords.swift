/// Number words, multipliers, fractions, units, currencies and qualifiers, keyed by `ScalarHash`.
struct NumberWords: Sendable {
    enum Kind: UInt8, Sendable {
        /// zero to nineteen
        case unit
        /// twenty to ninety
        case tens
        /// hundred, thousand, million, dozen
        case scale
        /// hundreds, thousands, tens, dozens: a figure with no exact value
        case pluralScale
        /// half, third(s), quarter(s)
        case fraction
    }

    struct Entry: Sendable {
        var value: Double
        var kind: Kind
    }

    /// What a unit word measures.
    enum UnitKind: UInt8, Sendable {
        case percent, time, measure, money, count
    }

    struct Unit: Sendable {
        /// The normalised unit name: `percent`, `week`, `km`, `USD`.
        var name: String
        var kind: UnitKind
    }

    private(set) var entries: [Entry] = []
    private(set) var numberTable = HashTable(capacity: 128)
    private(set) var units: [Unit] = []
    private(set) var unitTable = HashTable(capacity: 256)
    /// Unit suffixes glued to digits: `5m`, `25km`, `2bn`.
    private(set) var suffixTable = HashTable(capacity: 64)
    private(set) var suffixes: [(unit: Int, scale: Double)] = []
    private(set) var qualifierTable = HashTable(capacity: 64)
    private(set) var qualifiers: [String] = []

    init() {
        let unitWords = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        for (v, w) in unitWords.enumerated() { add(w, Double(v), .unit) }
        for (v, w) in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated() {
            add(w, Double(v + 2) * 10, .tens)
        }
        for (w, v) in [
            ("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("dozen", 12),
        ] {
            add(w, v, .scale)
        }
        for (w, v) in [
            ("hundreds", 1e2), ("thousands", 1e3), ("millions", 1e6), ("billions", 1e9), ("trillions", 1e12),
            ("dozens", 12), ("tens", 10), ("scores", 20),
        ] {
            add(w, v, .pluralScale)
        }
        for (w, v) in [
            ("half", 0.5), ("halves", 0.5), ("third", 1.0 / 3), ("thirds", 1.0 / 3), ("quarter", 0.25),
            ("quarters", 0.25), ("fifth", 0.2), ("fifths", 0.2), ("sixth", 1.0 / 6), ("sixths", 1.0 / 6),
            ("eighth", 0.125), ("eighths", 0.125), ("tenth", 0.1), ("tenths", 0.1),
        ] {
            add(w, v, .fraction)
        }

        let unitSpecs: [(String, [String], UnitKind)] = [
            ("percent", ["percent", "%", "pct"], .percent),
            ("second", ["second", "seconds", "sec", "secs"], .time),
            ("minute", ["minute", "minutes", "min", "mins"], .time),
            ("hour", ["hour", "hours", "hr", "hrs"], .time),
            ("day", ["day", "days"], .time),
            ("week", ["week", "weeks"], .time),
            ("month", ["month", "months"], .time),
            ("year", ["year", "years", "yr", "yrs"], .time),
            ("decade", ["decade", "decades"], .time),
            ("century", ["century", "centuries"], .time),
            ("km", ["km", "kilometre", "kilometres", "kilometer", "kilometers"], .measure),
            ("m", ["metre", "metres", "meter", "meters"], .measure),
            ("cm", ["cm", "centimetre", "centimetres", "centimeter", "centimeters"], .measure),
            ("mm", ["mm", "millimetre", "millimetres", "millimeter", "millimeters"], .measure),
            ("mile", ["mile", "miles", "mi"], .measure),
            ("ft", ["foot", "feet", "ft"], .measure),
            ("in", ["inch", "inches"], .measure),
            ("yard", ["yard", "yards"], .measure),
            ("kg", ["kg", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes"], .measure),
            ("g", ["gram", "grams", "gramme", "grammes"], .measure),
            ("t", ["ton", "tons", "tonne", "tonnes"], .measure),
            ("lb", ["lb", "lbs"], .measure),
            ("ha", ["hectare", "hectares", "ha"], .measure),
            ("acre", ["acre", "acres"], .measure),
            ("l", ["litre", "litres", "liter", "liters"], .measure),
            ("gallon", ["gallon", "gallons"], .measure),
            ("barrel", ["barrel", "barrels"], .measure),
            ("degree", ["degree", "degrees"], .measure),
            ("mph", ["mph"], .measure),
            ("kmh", ["kph"], .measure),
            (
                "W",
                [
                    "watt", "watts", "kw", "mw", "gw", "kilowatt", "kilowatts", "megawatt", "megawatts", "gigawatt",
                    "gigawatts",
                ], .measure
            ),
            ("point", ["point", "points"], .count),
            ("goal", ["goal", "goals"], .count),
            ("USD", ["dollar", "dollars", "usd"], .money),
            ("MXN", ["peso", "pesos", "mxn"], .money),
            ("EUR", ["euro", "euros", "eur"], .money),
            ("GBP", ["pound", "pounds", "sterling", "gbp"], .money),
            ("JPY", ["yen", "jpy"], .money),
            ("CNY", ["yuan", "renminbi", "cny"], .money),
            ("INR", ["rupee", "rupees", "inr"], .money),
            ("RUB", ["rouble", "roubles", "ruble", "rubles"], .money),
            ("cent", ["cent", "cents"], .money),
        ]
        for (name, words, kind) in unitSpecs {
            units.append(Unit(name: name, kind: kind))
            for w in words { unitTable.insert(ScalarHash.hash(w), UInt16(units.count)) }
        }
        let glued: [(String, String, Double)] = [
            ("km", "km", 1), ("m", "m", 1), ("cm", "cm", 1), ("mm", "mm", 1), ("kg", "kg", 1), ("g", "g", 1),
            ("t", "t", 1), ("lb", "lb", 1), ("lbs", "lb", 1), ("ft", "ft", 1), ("mi", "mile", 1), ("mph", "mph", 1),
            ("kph", "kmh", 1), ("ha", "ha", 1), ("l", "l", 1), ("kw", "W", 1e3), ("mw", "W", 1e6), ("gw", "W", 1e9),
            ("bn", "", 1e9), ("k", "", 1e3), ("mn", "", 1e6), ("pc", "percent", 1), ("yo", "year", 1),
            ("h", "hour", 1), ("hr", "hour", 1), ("hrs", "hour", 1), ("min", "minute", 1), ("s", "second", 1),
        ]
        for (suffix, unit, scale) in glued {
            let index = unit.isEmpty ? -1 : units.firstIndex { $0.name == unit }!
            suffixes.append((index, scale))
            suffixTable.insert(ScalarHash.hash(suffix), UInt16(suffixes.count))
        }
        for q in [
            "over", "about", "around", "nearly", "almost", "approximately", "roughly", "some", "above", "below",
            "under", "approx.", "circa", "exactly", "precisely", "more than", "less than",
            "fewer than", "at least", "at most", "up to", "just over", "just under", "well over", "well under",
            "close to", "an estimated", "as many as", "as much as", "as few as", "nearly", "upwards of",
            "in excess of", "between",
        ] {
            qualifiers.append(q)
            var h = ScalarHash.offset
            for part in q.split(separator: " ") { h = ScalarHash.combine(h, ScalarHash.hash(String(part))) }
            qualifierTable.insert(h, UInt16(qualifiers.count))
        }
    }

    private mutating func add(_ word: String, _ value: Double, _ kind: Kind) {
        entries.append(Entry(value: value, kind: kind))
        numberTable.insert(ScalarHash.hash(word), UInt16(entries.count))
    }

    @inline(__always) func entry(_ h: UInt64) -> Entry? {
        let i = numberTable.get(h)
        return i == 0 ? nil : entries[Int(i) - 1]
    }

    @inline(__always) func unit(_ h: UInt64) -> Unit? {
        let i = unitTable.get(h)
        return i == 0 ? nil : units[Int(i) - 1]
    }

    /// A glued suffix: its unit (nil for a bare multiplier such as `bn`) and scale.
    @inline(__always) func suffix(_ h: UInt64) -> (unit: Unit?, scale: Double)? {
        let i = suffixTable.get(h)
        if i == 0 { return nil }
        let s = suffixes[Int(i) - 1]
        return (s.unit < 0 ? nil : units[s.unit], s.scale)
    }

    /// The qualifier whose phrase hash is `h`.
    @inline(__always) func qualifier(_ h: UInt64) -> String? {
        let i = qualifierTable.get(h)
        return i == 0 ? nil : qualifiers[Int(i) - 1]
    }
}
