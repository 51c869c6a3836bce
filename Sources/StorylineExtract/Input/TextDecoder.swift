import Foundation

/// Turns the bytes of a text input into a `String`, refusing binary data and text whose charset is unclear.
///
/// UTF-8 is the rule. UTF-16 with a byte-order mark is converted. Other bytes are decoded only when
/// ICU's charset detector is confident (``minimumConfidence``) that they are in one of the common legacy
/// charsets (``legacyEncodings``), there are enough non-ASCII bytes to judge by (``minimumNonASCIIBytes``)
/// and they do not look like damaged UTF-8; anything else is refused with the offset and line of the first
/// byte that is not UTF-8, so the user can convert or repair the file.
public enum TextDecoder {
    /// The legacy charsets a text file may be in without saying so: Western, Central European and
    /// Cyrillic single-byte code pages, and the Chinese, Japanese and Korean multi-byte ones.
    public static let legacyEncodings: Set<TextEncoding> = [
        .windows1252, .windows1250, .windows1251, .isoLatin2, .koi8R, .shiftJIS, .gb18030, .gbk, .eucJP, .eucKR,
        .big5,
    ]

    /// The ICU detector confidence (0–100) needed before a text that is not UTF-8 is decoded.
    public static let minimumConfidence = 50

    /// The non-ASCII bytes needed before a text that is not UTF-8 is decoded. The evidence for a legacy
    /// charset is in those bytes: with only a few, any code page turns them into some letter, and ICU's
    /// confidence mostly reflects the ASCII words around them (`Caf\u{E9} au lait` scores 70 as
    /// windows-1252, but 0xE9 is just as well й in windows-1251).
    public static let minimumNonASCIIBytes = 8

    /// The text of `data` without a byte-order mark, with CRLF and CR line ends made LF.
    public static func decode(_ data: Data, name: String) throws(InputError) -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let resolution = TextEncodingResolver(readsMarkup: false).resolve(Array(data))
            return try finish(TextEncodingDecoder.string(Array(data), as: resolution), name: name, converted: true)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let junk = binaryEvidence(in: bytes.prefix(8192)) {
            throw InputError(.binaryContent, "looks like binary data, not text (\(junk))", file: name)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return try finish(text, name: name, converted: false) }
        let legacy = Array(bytes)
        // As many well-formed multi-byte sequences as bad bytes: damaged UTF-8, which a legacy charset would
        // turn into mojibake; only the user can repair it.
        let damage = legacy.withUnsafeBufferPointer { UTF8Scan.damage(in: $0) }
        let isDamagedUTF8 = damage.wellFormed > 0 && damage.wellFormed >= damage.illFormed
        let hasEvidence = legacy.lazy.filter { $0 >= 0x80 }.count >= minimumNonASCIIBytes
        let resolver = TextEncodingResolver(readsMarkup: false, minimumConfidence: minimumConfidence)
        let resolution = isDamagedUTF8 || !hasEvidence ? nil : resolver.resolve(legacy)
        guard let resolution, resolution.source == .detected, legacyEncodings.contains(resolution.encoding) else {
            let (message, line) = invalidUTF8Message(bytes)
            throw InputError(.invalidEncoding, message, file: name, line: line)
        }
        return try finish(TextEncodingDecoder.string(legacy, as: resolution), name: name, converted: true)
    }

    /// Refuses blank text, and converted text that looks binary (UTF-8 input was checked as bytes already);
    /// makes line ends LF.
    private static func finish(_ text: String, name: String, converted: Bool) throws(InputError) -> String {
        if converted, let junk = binaryEvidence(in: text.utf8.prefix(8192)) {
            throw InputError(.binaryContent, "looks like binary data, not text (\(junk))", file: name)
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw InputError(.emptyInput, "input is empty", file: name)
        }
        if !text.contains("\r") { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Why `bytes` look binary, or nil: a NUL byte, or more than 10% control characters. Bytes that start
    /// with a UTF-16 byte-order mark are judged by their 16-bit code units instead.
    static func binaryEvidence(in bytes: some Collection<UInt8>) -> String? {
        guard !bytes.isEmpty else { return nil }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return utf16BinaryEvidence(in: Array(bytes))
        }
        var controls = 0
        for byte in bytes {
            if byte == 0 { return "contains NUL bytes" }
            if isControl(UInt16(byte)) { controls += 1 }
        }
        if controls * 10 > bytes.count { return "\(controls) control bytes in the first \(bytes.count)" }
        return nil
    }

    private static func utf16BinaryEvidence(in bytes: [UInt8]) -> String? {
        let littleEndian = bytes[0] == 0xFF
        var controls = 0
        var units = 0
        var index = 2
        while index + 1 < bytes.count {
            let unit =
                littleEndian
                ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            if unit == 0 { return "contains NUL characters" }
            if isControl(unit) { controls += 1 }
            units += 1
            index += 2
        }
        if controls * 10 > units { return "\(controls) control characters in the first \(units)" }
        return nil
    }

    private static func isControl(_ unit: UInt16) -> Bool {
        unit < 0x20 && unit != 0x09 && unit != 0x0A && unit != 0x0D && unit != 0x0C
    }

    private static func invalidUTF8Message(_ bytes: Data.SubSequence) -> (String, Int) {
        // Find the first offending byte so the user can look at it.
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var badOffset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                break loop
            case .error:
                badOffset = offset
                break loop
            }
        }
        let index = bytes.index(bytes.startIndex, offsetBy: min(badOffset, bytes.count - 1))
        let byte = String(bytes[index], radix: 16, uppercase: true)
        let line = bytes[bytes.startIndex..<index].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let message =
            "not valid UTF-8 (byte 0x\(byte) at offset \(badOffset)); "
            + "the text may be in another charset such as windows-1252: convert it to UTF-8 first"
        return (message, line)
    }
}
