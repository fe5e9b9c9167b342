/// A calendar date known to the year, month or day (`2025`, `2025-09`, `2025-09-18`).
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Four-digit year.
    public var year: Int
    /// 1–12, when known.
    public var month: Int?
    /// 1–31, when known (always with a month).
    public var day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil with a reason when malformed or impossible.
    public static func parse(_ text: String) -> Result<PartialDate, PartialDateError> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0])
        else { return .failure(.malformed) }
        var date = PartialDate(year: year)
        if parts.count > 1 {
            let month = Int(parts[1])!
            guard (1...12).contains(month) else { return .failure(.impossible) }
            date.month = month
        }
        if parts.count > 2 {
            let day = Int(parts[2])!
            guard day >= 1, day <= Self.days(inMonth: date.month!, year: year) else { return .failure(.impossible) }
            date.day = day
        }
        return .success(date)
    }

    /// Creates a date.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days in a month of the proleptic Gregorian calendar.
    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// ISO form at the known precision.
    public var description: String {
        var text = padded(year, to: 4)
        if let month { text += "-" + padded(month, to: 2) }
        if let day { text += "-" + padded(day, to: 2) }
        return text
    }

    /// Earlier dates first; a less precise date sorts before a more precise one of the same period.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}

/// Why a date did not parse.
public enum PartialDateError: Error, Sendable {
    case malformed, impossible
}

private func padded(_ value: Int, to width: Int) -> String {
    let digits = "\(value)"
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
