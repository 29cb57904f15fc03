import Foundation

/// `xsd:dateTime` text for annotation timestamps: UTC, milliseconds, `Z`.
public enum AnnotationTimestamp {
    public static func format(_ date: Date) -> String {
        let ms = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = Int(ms >= 0 ? ms / 1000 : (ms - 999) / 1000)  // floor division
        let millis = Int(ms - Int64(seconds) * 1000)
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let secondOfDay = seconds - days * 86400
        let (y, m, d) = civil(fromDays: days)
        guard (0...9999).contains(y) else {
            return String(
                format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", y, m, d, secondOfDay / 3600, secondOfDay / 60 % 60,
                secondOfDay % 60, millis)
        }
        // Digit by digit: String(format:) goes through C's formatted output, a tenth of the
        // time of writing an annotation file.
        var out: [UInt8] = []
        out.reserveCapacity(24)
        func digits(_ n: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                out.append(UInt8(48 + n / divisor % 10))
                divisor /= 10
            }
        }
        digits(y, 4)
        out.append(45)
        digits(m, 2)
        out.append(45)
        digits(d, 2)
        out.append(84)
        digits(secondOfDay / 3600, 2)
        out.append(58)
        digits(secondOfDay / 60 % 60, 2)
        out.append(58)
        digits(secondOfDay % 60, 2)
        out.append(46)
        digits(millis, 3)
        out.append(90)
        return String(decoding: out, as: UTF8.self)
    }

    /// Reads `YYYY-MM-DDThh:mm:ss[.fff…](Z|±hh:mm)`; nil for anything else.
    public static func parse(_ text: String) -> Date? {
        let u = Array(text.utf8)
        func num(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= u.count else { return nil }
            var n = 0
            for i in from..<(from + count) {
                guard u[i] >= 48 && u[i] <= 57 else { return nil }
                n = n * 10 + Int(u[i] - 48)
            }
            return n
        }
        guard u.count >= 20, let y = num(0, 4), u[4] == 45, let mo = num(5, 2), u[7] == 45, let d = num(8, 2),
            u[10] == 84 || u[10] == 116 || u[10] == 32, let h = num(11, 2), u[13] == 58, let mi = num(14, 2),
            u[16] == 58,
            let s = num(17, 2), (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, s < 61
        else { return nil }
        var i = 19
        var fraction = 0.0
        if i < u.count && u[i] == 46 {
            i += 1
            var scale = 0.1
            let begin = i
            while i < u.count, u[i] >= 48 && u[i] <= 57 {
                fraction += Double(u[i] - 48) * scale
                scale /= 10
                i += 1
            }
            if i == begin { return nil }
        }
        var offset = 0
        guard i < u.count else { return nil }
        if u[i] == 90 || u[i] == 122 {
            i += 1
        } else if u[i] == 43 || u[i] == 45, let oh = num(i + 1, 2), i + 3 < u.count, u[i + 3] == 58,
            let om = num(i + 4, 2)
        {
            offset = (oh * 3600 + om * 60) * (u[i] == 43 ? 1 : -1)
            i += 6
        } else {
            return nil
        }
        guard i == u.count else { return nil }
        let days = daysFromCivil(y, mo, d)
        let seconds = Double(days * 86400 + h * 3600 + mi * 60 + s - offset)
        // Round to the millisecond the way `format` truncates, so text → date → text is stable.
        return Date(timeIntervalSince1970: ((seconds + fraction) * 1000).rounded() / 1000)
    }

    // The well-known days-from-civil conversions (public domain), proleptic Gregorian calendar.
    private static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    private static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}
