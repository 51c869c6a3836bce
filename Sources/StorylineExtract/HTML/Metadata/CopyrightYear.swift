/// Reads the year of a copyright line ("© 2012–2024 Outlet", "Copyright 2023"): the page cannot be
/// older than its own copyright, so a later "publication" date on it is suspect.
enum CopyrightYear {
    /// The latest plausible year within a few bytes after a `©` in `text` (or after the word
    /// "copyright" when `lookForWord`); nil when there is none.
    static func latest(in text: UnsafePointer<UInt8>, lookForWord: Bool) -> Int? {
        // Most text has no `©` (C2 A9) at all: one vectorised search for its first byte settles that.
        if !lookForWord {
            let length = ByteScan.length(text)
            let bytes = UnsafeBufferPointer(start: text, count: length)
            guard ByteScan.find(0xC2, in: bytes, from: 0, to: length) < length else { return nil }
        }
        var position = 0
        var latest: Int?
        while text[position] != 0 {
            let start: Int?
            if text[position] == 0xC2, text[position + 1] == 0xA9 {
                start = position + 2
            } else if lookForWord, CBytes.lowercased(text[position]) == UInt8(ascii: "c"),
                CBytes.hasPrefix(text + position, "copyright")
            {
                start = position + 9
            } else {
                start = nil
            }
            if let start {
                if let year = year(in: text, from: start) { latest = max(latest ?? 0, year) }
                position = start
            } else {
                position += 1
            }
        }
        return latest
    }

    /// The largest four-digit number between 1990 and 2100 in the 24 bytes from `start`; nil for an open
    /// range ("© 2004 - " with the end year filled in by a script): that page is as new as today.
    private static func year(in text: UnsafePointer<UInt8>, from start: Int) -> Int? {
        var best: Int?
        var position = start
        var digits = 0
        var value = 0
        var openRange = false
        while position < start + 24 {
            let byte = text[position]
            if byte &- 0x30 < 10 {
                digits += 1
                value = value * 10 + Int(byte - 0x30)
                openRange = false
            } else {
                if digits == 4, (1990...2100).contains(value) { best = max(best ?? 0, value) }
                if best != nil, byte == UInt8(ascii: "-") || byte == 0xE2 { openRange = true }  // "-", "–", "—"
                digits = 0
                value = 0
                if byte == 0 { break }
            }
            position += 1
        }
        if digits == 4, (1990...2100).contains(value) { best = max(best ?? 0, value) }
        return openRange ? nil : best
    }
}
