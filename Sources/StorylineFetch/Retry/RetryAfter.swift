import Foundation

/// Reads a `Retry-After` header: delay seconds (`120`) or an HTTP date (`Wed, 21 Oct 2015 07:28:00 GMT`).
enum RetryAfter {
    /// The seconds to wait from `now`, never negative; nil when the value is neither form.
    static func seconds(_ value: String, now: Date = Date()) -> Double? {
        let trimmed = value.trimmingSpaces
        if let seconds = Int(trimmed) { return Double(max(0, seconds)) }
        guard let date = httpDate(trimmed) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// An IMF-fixdate (RFC 9110 §5.6.7), the only date form servers must send.
    static func httpDate(_ text: String) -> Date? {
        // "Sun, 06 Nov 1994 08:49:37 GMT" → ["Sun,", "06", "Nov", "1994", "08:49:37", "GMT"]
        let words = text.split(separator: " ")
        guard words.count == 6, words[5] == "GMT", let day = Int(words[1]), let year = Int(words[3]),
            let month = months.firstIndex(of: words[2].lowercased())
        else { return nil }
        let clock = words[4].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3 else { return nil }
        var components = DateComponents()
        components.calendar = Calendar(identifier: .gregorian)
        components.timeZone = TimeZone(identifier: "UTC")
        (components.year, components.month, components.day) = (year, month + 1, day)
        (components.hour, components.minute, components.second) = (clock[0], clock[1], clock[2])
        return components.date
    }
}
