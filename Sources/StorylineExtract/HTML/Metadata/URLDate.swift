import StorylineCore

/// Reads the publication day that many news sites put in article addresses: `/2024/10/15/`,
/// `/2024-10-15/`, `-2024-10-15`, `/20241015/`, `_20241015`.
///
/// Only full dates count (a `/2024/10/` archive path says nothing about the day), the year must lie
/// between 1995 and 2099, and an eight-digit run must be bounded by non-digits so IDs are not read
/// as dates.
enum URLDate {
    static func date(in url: String) -> PublicationDate? {
        let bytes = Array(url.utf8)
        // Skip the scheme and host: "2024" in a host name is not a date.
        var start = 0
        if let scheme = url.utf8.firstRange(of: "://".utf8) {
            start = url.utf8.distance(from: url.utf8.startIndex, to: scheme.upperBound)
            while start < bytes.count, bytes[start] != UInt8(ascii: "/") { start += 1 }
        }
        var position = start
        while position < bytes.count {
            defer { position += 1 }
            guard isDigit(bytes, position), position == 0 || !isDigit(bytes, position - 1),
                position > 0, isDelimiter(bytes[position - 1])
            else { continue }
            guard let year = number(bytes, position, 4), (1995...2099).contains(year) else { continue }
            let next = position + 4
            // /2024/10/15 or 2024-10-15 or 2024_10_15
            if next < bytes.count, isDelimiter(bytes[next]), let month = number(bytes, next + 1, 2),
                next + 3 < bytes.count, bytes[next + 3] == bytes[next], let day = number(bytes, next + 4, 2),
                !isDigit(bytes, next + 6),
                let date = PublicationDate(year: year, month: month, day: day, precision: .day)
            {
                return date
            }
            // 20241015 bounded by non-digits
            if let month = number(bytes, next, 2), let day = number(bytes, next + 2, 2), !isDigit(bytes, next + 4),
                let date = PublicationDate(year: year, month: month, day: day, precision: .day)
            {
                return date
            }
        }
        return nil
    }

    private static func isDigit(_ bytes: [UInt8], _ index: Int) -> Bool {
        index < bytes.count && bytes[index] &- 0x30 < 10
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.count else { return nil }
        var value = 0
        for index in start..<start + count {
            guard bytes[index] &- 0x30 < 10 else { return nil }
            value = value * 10 + Int(bytes[index] - 0x30)
        }
        return value
    }
}
