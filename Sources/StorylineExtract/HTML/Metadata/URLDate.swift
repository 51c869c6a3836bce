import StorylineCore

/// Reads the publication day that many news sites put in article addresses: `/2024/10/15/`,
/// `/2024-10-15/`, `-2024-10-15`, `/2012-06/04/`, `/20241015/`, `_20241015`.
///
/// Only full dates count (a `/2024/10/` archive path says nothing about the day), the year must lie
/// between 1995 and 2099, and an eight-digit run must be bounded by non-digits so IDs are not read
/// as dates. A web archive's address (`web.archive.org/web/20131110121040/http://…`) is read for the
/// archived page's own address; its capture time is ``archiveCapture(in:)``.
enum URLDate {
    static func date(in url: String) -> PublicationDate? {
        let archived = archivedAddress(in: url)
        let bytes = Array((archived ?? Substring(url)).utf8)
        // Skip the scheme and host: "2024" in a host name is not a date.
        var start = 0
        if let scheme = bytes.firstRange(of: Array("://".utf8)) {
            start = scheme.upperBound
            while start < bytes.count, bytes[start] != UInt8(ascii: "/") { start += 1 }
        } else if archived != nil {
            // An archived address without its scheme ("the-pain.net/2008/05/…"): skip the host.
            while start < bytes.count, bytes[start] != UInt8(ascii: "/") { start += 1 }
        }
        if let date = dayFirstDate(in: bytes, from: start) { return date }
        var position = start
        while position < bytes.count {
            defer { position += 1 }
            guard isDigit(bytes, position), position == 0 || !isDigit(bytes, position - 1),
                position > 0, isDelimiter(bytes[position - 1])
            else { continue }
            guard let year = number(bytes, position, 4), (1995...2099).contains(year) else { continue }
            let next = position + 4
            // /2024/10/15 or 2024-10-15 or 2024_10_15, or mixed (2012-06/04); a dot only between dots
            if next < bytes.count, isDelimiter(bytes[next]), let month = number(bytes, next + 1, 2),
                next + 3 < bytes.count, isDelimiter(bytes[next + 3]),
                bytes[next + 3] == bytes[next] || (bytes[next] != UInt8(ascii: ".") && bytes[next + 3] != UInt8(ascii: ".")),
                let day = number(bytes, next + 4, 2),
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

    /// `/29-10-2021`, `_29.10.2021`: a day-first date bounded by delimiters (month first only when the day
    /// cannot be the second number, as in `10-29-2021`).
    private static func dayFirstDate(in bytes: [UInt8], from start: Int) -> PublicationDate? {
        var position = start + 1
        while position + 10 <= bytes.count {
            defer { position += 1 }
            guard isDelimiter(bytes[position - 1]), let first = number(bytes, position, 2),
                isDelimiter(bytes[position + 2]), let second = number(bytes, position + 3, 2),
                bytes[position + 5] == bytes[position + 2], let year = number(bytes, position + 6, 4),
                (1995...2099).contains(year), !isDigit(bytes, position + 10)
            else { continue }
            let (day, month) = second > 12 && first <= 12 ? (second, first) : (first, second)
            if let date = PublicationDate(year: year, month: month, day: day) { return date }
        }
        return nil
    }

    /// The day a web archive captured the page (the 14-digit stamp in `/web/20131110121040/` on the
    /// Wayback Machine and the archives that copy its addresses): the page cannot be newer.
    static func archiveCapture(in url: String) -> PublicationDate? {
        guard let stamp = afterWebMarker(in: url) else { return nil }
        let digits = url[stamp...].prefix { $0.isASCII && $0.isNumber }
        guard digits.count >= 14, let year = Int(digits.prefix(4)),
            let month = Int(digits.dropFirst(4).prefix(2)), let day = Int(digits.dropFirst(6).prefix(2))
        else { return nil }
        return PublicationDate(year: year, month: month, day: day)
    }

    /// The archived address inside a web archive's address; nil for any other address.
    private static func archivedAddress(in url: String) -> Substring? {
        guard let after = afterWebMarker(in: url) else { return nil }
        let rest = url[after...]
        let stamp = rest.prefix { $0 != "/" }
        guard stamp.count >= 14, stamp.prefix(14).allSatisfy({ $0.isASCII && $0.isNumber }), stamp.count < rest.count
        else { return nil }
        return rest[rest.index(after: stamp.endIndex)...]
    }

    /// Where the text after the first "/web/" in `url` starts, searched on bytes: a generic string search
    /// cost more than all the rest of the date reading.
    private static func afterWebMarker(in url: String) -> String.Index? {
        let utf8 = url.utf8
        var index = utf8.startIndex
        while let slash = utf8[index...].firstIndex(of: UInt8(ascii: "/")) {
            if utf8[slash...].starts(with: "/web/".utf8) { return utf8.index(slash, offsetBy: 5) }
            index = utf8.index(after: slash)
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
