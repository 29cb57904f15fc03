import Foundation

/// A figure's value as a reader reads it, for tables and panels: `30 %` for the fraction 0.3
/// of a percentage, `0.67` for two thirds, `370 people`. (JSON keeps the plain value.)
public enum FigureText {
    /// The value and unit; the unit alone when the value is too large for a number.
    public static func value(of f: Figure) -> String {
        guard let v = f.value else { return f.unit ?? "" }
        if f.unit == "percent" { return number(v * 100) + " %" }
        return number(v) + (f.unit.map { $0.isEmpty ? "" : " " + $0 } ?? "")
    }

    /// Whole numbers in full, others to two decimals (trailing zeros dropped), tiny ones to
    /// three significant digits.
    public static func number(_ v: Double) -> String {
        let rounded = (v * 1e9).rounded() / 1e9  // 30.000000000000004 is 30
        if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int64(rounded)) }
        guard abs(v) >= 0.01 else { return String(format: "%.3g", v) }
        var s = String(format: "%.2f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
