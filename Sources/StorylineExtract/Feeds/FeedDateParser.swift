import StorylineCore

/// Reads the dates feeds carry: RFC 822/2822 in RSS (`Mon, 14 Oct 2024 09:30:00 +0200`, `GMT`, `EDT`),
/// ISO 8601 (RFC 3339) in Atom, JSON Feed and `dc:date`, and, as a last resort, what ``DateTextParser``
/// reads (dates in other languages that some feeds write).
///
/// ```swift
/// FeedDateParser.date(from: "Mon, 14 Oct 2024 09:30:00 EDT")?.iso8601  // "2024-10-14T09:30:00-04:00"
/// ```
enum FeedDateParser {
    /// The date in `text`, or nil when there is none.
    static func date(from text: String) -> PublicationDate? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count < 200 else { return nil }
        if let date = PublicationDate(iso8601: trimmed) { return date }
        if let date = rfc822(trimmed) { return date }
        return DateTextParser().firstDate(in: trimmed)?.date
    }

    /// Zone names RSS feeds write, with their offsets in minutes. Military letters other than `Z` mean
    /// "unknown" in RFC 2822, and ambiguous names (`IST`) are left out: those times keep no zone.
    static let zones: [String: Int] = [
        "GMT": 0, "UT": 0, "UTC": 0, "Z": 0, "WET": 0,
        "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
        "AKST": -540, "AKDT": -480, "HST": -600, "AST": -240, "ADT": -180, "NST": -210, "NDT": -150,
        "BST": 60, "CET": 60, "CEST": 120, "MET": 60, "MEST": 120, "WEST": 60, "EET": 120, "EEST": 180,
        "MSK": 180, "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AEST": 600, "AEDT": 660, "ACST": 570,
        "ACDT": 630, "AWST": 480, "NZST": 720, "NZDT": 780,
    ]

    /// `[Weekday,] D Mon YYYY [H:MM[:SS]] [zone]`, comments in parentheses ignored.
    static func rfc822(_ text: String) -> PublicationDate? {
        var cleaned = ""
        var depth = 0
        for character in text {
            if character == "(" {
                depth += 1
            } else if character == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                cleaned.append(character == "," ? " " : character)
            }
        }
        var tokens = cleaned.split(whereSeparator: \.isWhitespace).map(String.init)
        if let first = tokens.first, first.allSatisfy(\.isLetter) { tokens.removeFirst() }  // weekday
        guard tokens.count >= 3, let day = Int(tokens[0]), let month = month(named: tokens[1]),
            let writtenYear = Int(tokens[2]), tokens[2].allSatisfy(\.isASCII)
        else { return nil }
        let year =
            switch tokens[2].count {
            case 2: writtenYear < 50 ? 2000 + writtenYear : 1900 + writtenYear
            case 3: 1900 + writtenYear
            default: writtenYear
            }
        guard tokens.count >= 4 else { return PublicationDate(year: year, month: month, day: day, precision: .day) }
        let clock = tokens[3].split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(clock.count), let hour = Int(clock[0]), let minute = Int(clock[1]) else { return nil }
        let second = clock.count == 3 ? Int(clock[2].prefix { $0.isNumber }) : 0
        guard let second else { return nil }
        let offset = tokens.count >= 5 ? zoneOffset(tokens[4]) : nil
        return PublicationDate(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second, utcOffsetMinutes: offset,
            precision: clock.count == 3 ? .second : .minute)
    }

    /// `+0200`, `-04:00`, `+02` or a zone name, in minutes east of UTC.
    static func zoneOffset(_ token: String) -> Int? {
        guard let sign = token.first, sign == "+" || sign == "-" else { return zones[token.uppercased()] }
        let digits = token.dropFirst().filter { $0 != ":" }
        guard digits.allSatisfy(\.isASCII), let value = Int(digits) else { return nil }
        let minutes: Int
        switch digits.count {
        case 4: minutes = value / 100 * 60 + value % 100
        case 2: minutes = value * 60
        default: return nil
        }
        return sign == "-" ? -minutes : minutes
    }

    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    /// 1…12 for an English month name or its abbreviation (`Oct`, `Sept.`, `October`).
    static func month(named name: String) -> Int? {
        let lowered = name.lowercased().filter(\.isLetter)
        guard lowered.count >= 3 else { return nil }
        return months.firstIndex { $0.hasPrefix(lowered) }.map { $0 + 1 }
    }
}
