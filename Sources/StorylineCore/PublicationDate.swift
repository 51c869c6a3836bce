/// A calendar date or date-time as precise as the source states it, with an optional UTC offset.
///
/// Rendered and parsed as ISO 8601: `2024-10-15`, `2024-10-15T12:00`, `2024-10-15T10:12:00+02:00`.
/// A date-time without an offset is a local time of unknown zone; comparisons treat it as UTC.
public struct PublicationDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// How much of the date-time the source gave.
    public enum Precision: String, Sendable, Hashable, Codable, Comparable {
        case year, month, day, minute, second
        private var rank: Int {
            switch self {
            case .year: 0
            case .month: 1
            case .day: 2
            case .minute: 3
            case .second: 4
            }
        }
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Offset from UTC in minutes, when the source gave a zone.
    public var utcOffsetMinutes: Int?
    public var precision: Precision

    /// Creates a date; fields below `precision` are ignored. Returns nil for an impossible date.
    public init?(
        year: Int, month: Int = 1, day: Int = 1, hour: Int = 0, minute: Int = 0, second: Int = 0,
        utcOffsetMinutes: Int? = nil, precision: Precision = .day
    ) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...PublicationDate.daysIn(month: month, year: year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        if let offset = utcOffsetMinutes, abs(offset) > 18 * 60 { return nil }
        self.year = year
        self.month = precision >= .month ? month : 1
        self.day = precision >= .day ? day : 1
        self.hour = precision >= .minute ? hour : 0
        self.minute = precision >= .minute ? minute : 0
        self.second = precision >= .second ? second : 0
        self.utcOffsetMinutes = precision >= .minute ? utcOffsetMinutes : nil
        self.precision = precision
    }

    /// Parses ISO 8601 (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, optionally `THH:MM[:SS[.fff]]` and `Z` or `±HH[:MM]`).
    public init?(iso8601 string: String) {
        var scanner = ISO8601DateScanner(string)
        guard let parsed = scanner.scan() else { return nil }
        self = parsed
    }

    public var description: String { iso8601 }

    /// The ISO 8601 rendering at this date's precision.
    public var iso8601: String {
        var result = Self.pad(year, 4)
        if precision >= .month { result += "-" + Self.pad(month, 2) }
        if precision >= .day { result += "-" + Self.pad(day, 2) }
        if precision >= .minute { result += "T" + Self.pad(hour, 2) + ":" + Self.pad(minute, 2) }
        if precision >= .second { result += ":" + Self.pad(second, 2) }
        if let offset = utcOffsetMinutes {
            if offset == 0 {
                result += "Z"
            } else {
                result += (offset < 0 ? "-" : "+") + Self.pad(abs(offset) / 60, 2) + ":" + Self.pad(abs(offset) % 60, 2)
            }
        }
        return result
    }

    /// Just the calendar day, `YYYY-MM-DD` (or less when the precision is coarser).
    public var dayString: String {
        var copy = self
        copy.precision = min(precision, .day)
        copy.utcOffsetMinutes = nil
        return copy.iso8601
    }

    /// Seconds since 1970-01-01T00:00:00Z; a missing zone counts as UTC.
    public var secondsSinceEpoch: Int {
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        return days * 86_400 + hour * 3_600 + minute * 60 + second - (utcOffsetMinutes ?? 0) * 60
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let string = try container.decode(String.self)
        guard let value = PublicationDate(iso8601: string) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 date: \(string)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's days-from-civil algorithm: days since 1970-01-01 of a proleptic Gregorian date.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
