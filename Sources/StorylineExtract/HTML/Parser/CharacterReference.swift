/// Decodes one character reference (`&amp;`, `&#233;`, `&#x2014;`, `&copy` …) the way the HTML Standard's
/// tokenizer does (§13.2.5.72–80).
///
/// - Named references match the longest name in the table; the 106 legacy names (`&amp`, `&copy`,
///   `&eacute` …) match without their `;` too, so `&notit;` is `¬it;`. In an attribute value a legacy
///   name followed by `=` or a letter or digit is left as written (`?a=1&copy=2` stays a URL).
/// - Numeric references: 0, surrogates and values past U+10FFFF become U+FFFD; 0x80–0x9F are read as
///   windows-1252 (`&#150;` is an en dash), as browsers do.
enum CharacterReference {
    /// Decodes the reference whose `&` is at `start` and appends its UTF-8 to `output`; returns the
    /// position after it, or nil when the bytes there are not a reference (the caller keeps the `&`).
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, inAttribute: Bool,
        into output: inout ArenaBuffer<UInt8>
    ) -> Int? {
        var position = start + 1
        guard position < end else { return nil }
        if bytes[position] == UInt8(ascii: "#") { return numeric(bytes, at: position + 1, end: end, into: &output) }
        // The run of ASCII letters and digits after `&`, as far as the longest name reaches.
        let limit = min(end, position + HTMLEntityTable.longestName)
        while position < limit, isAlphanumeric(bytes[position]) { position += 1 }
        let nameStart = start + 1
        let runLength = position - nameStart
        guard runLength > 0 else { return nil }
        let table = HTMLEntityTable.shared
        if position < end, bytes[position] == UInt8(ascii: ";"),
            let scalars = table.lookup(UnsafeBufferPointer(rebasing: bytes[nameStart...position]))
        {
            appendScalars(scalars, to: &output)
            return position + 1
        }
        // Without `;`: the longest legacy name that starts the run.
        var length = min(runLength, HTMLEntityTable.longestLegacyName)
        while length >= 2 {
            if let scalars = table.lookup(UnsafeBufferPointer(rebasing: bytes[nameStart..<nameStart + length])) {
                let after = nameStart + length
                if inAttribute, after < end, bytes[after] == UInt8(ascii: "=") || isAlphanumeric(bytes[after]) {
                    return nil
                }
                appendScalars(scalars, to: &output)
                return after
            }
            length -= 1
        }
        return nil
    }

    private static func numeric(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, into output: inout ArenaBuffer<UInt8>
    ) -> Int? {
        var position = start
        var isHex = false
        if position < end, bytes[position] | 0x20 == UInt8(ascii: "x") {
            isHex = true
            position += 1
        }
        let digitsStart = position
        var value: UInt32 = 0
        while position < end {
            let byte = bytes[position]
            let digit: UInt32
            if byte &- 0x30 < 10 {
                digit = UInt32(byte &- 0x30)
            } else if isHex, (byte | 0x20) &- 0x61 < 6 {
                digit = UInt32((byte | 0x20) &- 0x61 + 10)
            } else {
                break
            }
            // Saturate: anything past U+10FFFF is U+FFFD anyway.
            value = min(value &* (isHex ? 16 : 10) &+ digit, 0x11_0000)
            position += 1
        }
        guard position > digitsStart else { return nil }
        if position < end, bytes[position] == UInt8(ascii: ";") { position += 1 }
        appendScalars((scalar(for: value), 0), to: &output)
        return position
    }

    /// The scalar a numeric reference stands for, with the standard's replacements.
    static func scalar(for value: UInt32) -> UInt32 {
        switch value {
        case 0, 0xD800...0xDFFF, 0x11_0000...: return 0xFFFD
        case 0x80...0x9F:
            let mapped = windows1252[Int(value - 0x80)]
            return mapped == 0 ? value : mapped
        default: return value
        }
    }

    /// Windows-1252's 0x80–0x9F; 0 where it has no character (those code points stay as they are).
    private static let windows1252: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
        0x0178,
    ]

    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }

    private static func appendScalars(_ scalars: (UInt32, UInt32), to output: inout ArenaBuffer<UInt8>) {
        appendUTF8(scalars.0, to: &output)
        if scalars.1 != 0 { appendUTF8(scalars.1, to: &output) }
    }

    /// Appends `value` as UTF-8 (a NUL becomes U+FFFD: the arena's strings are NUL-terminated).
    static func appendUTF8(_ value: UInt32, to output: inout ArenaBuffer<UInt8>) {
        switch value {
        case 0: appendUTF8(0xFFFD, to: &output)
        case 1..<0x80: output.append(UInt8(value))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (value >> 6)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x1_0000:
            output.append(UInt8(0xE0 | (value >> 12)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (value >> 18)))
            output.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        }
    }
}
