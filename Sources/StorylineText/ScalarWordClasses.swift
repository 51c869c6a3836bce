/// Which scalars are word characters, and how they enter a word hash: one table lookup per scalar
/// of the Basic Multilingual Plane instead of Unicode property queries in the scanner's loop.
///
/// A class is ``separator`` (0) for scalars that are not letters or digits (and for surrogates);
/// otherwise the scalar's one-scalar lower-case form, with ``unspacedFlag`` set for Han, kana and
/// Hangul, which are words on their own.
public enum ScalarWordClasses {
    /// The class of a scalar that separates words.
    public static let separator: UInt32 = 0
    /// Set in the class of a scalar that is a word by itself.
    public static let unspacedFlag: UInt32 = 1 << 31

    /// The classes of U+0000…U+FFFF (256 KB), built once on first use. A static `let` is initialised
    /// exactly once, thread-safely, and the table is only read afterwards: hence `nonisolated(unsafe)`.
    public nonisolated(unsafe) static let table: UnsafePointer<UInt32> = {
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: 0x1_0000)
        for value in 0..<UInt32(0x1_0000) { table[Int(value)] = wordClass(of: value) }
        return UnsafePointer(table)
    }()

    /// Whether `scalar` is a letter or digit (one table lookup for the Basic Multilingual Plane).
    @inlinable
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isWordValue(scalar.value)
    }

    /// ``isWordScalar(_:)`` of a scalar value (one decoded from UTF-8 bytes, say).
    @inlinable
    public static func isWordValue(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
        }
        return (value < 0x1_0000 ? table[Int(value)] : wordClass(of: value)) != separator
    }

    /// Bit v set when U+v (v < 0x10000) has a numeric type, built once on first use (read-only after;
    /// hence `nonisolated(unsafe)`, as for ``table``).
    nonisolated(unsafe) static let numericBits: UnsafePointer<UInt64> = {
        let bits = UnsafeMutablePointer<UInt64>.allocate(capacity: 0x1_0000 / 64)
        bits.initialize(repeating: 0, count: 0x1_0000 / 64)
        for value in 0..<UInt32(0x1_0000) where Unicode.Scalar(value)?.properties.numericType != nil {
            bits[Int(value) >> 6] |= 1 << UInt64(value & 63)
        }
        return UnsafePointer(bits)
    }()

    /// Whether `scalar` has a numeric type (`properties.numericType != nil`): one bit lookup for the
    /// Basic Multilingual Plane instead of a property search, for loops over every letter.
    public static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        guard value < 0x1_0000 else { return scalar.properties.numericType != nil }
        return numericBits[Int(value) >> 6] & (1 << UInt64(value & 63)) != 0
    }

    /// Whether `value` is white space (Unicode White_Space), without a property lookup.
    @inlinable
    public static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// The one-scalar lower-case form of a letter (İ gives i), or the scalar itself.
    @inlinable
    public static func lowercased(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A ? value | 0x20 : value }
        if value == 0x130 { return 0x69 }
        let wordClass = value < 0x1_0000 ? table[Int(value)] : ScalarWordClasses.wordClass(of: value)
        return wordClass == separator ? value : wordClass & ~unspacedFlag
    }

    /// `text.lowercased()`, without the standard library's string per scalar: the table's one-scalar
    /// mappings plus "İ" → "i̇", the one scalar whose lower case is two. The standard library lowers
    /// scalar by scalar too (no context rules); the two agree on every scalar (see the tests).
    public static func lowercasedString<Text: StringProtocol>(_ text: Text) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value >= 0x41 && value <= 0x5A ? value | 0x20 : value))
            } else if value == 0x130 {
                bytes += [0x69, 0xCC, 0x87]
            } else if let lower = Unicode.Scalar(lowercased(scalar)) {
                UTF8.encode(lower) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The class of any value (scalars above the table are rare: emoji, historic scripts, CJK extensions).
    public static func wordClass(of value: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(value) else { return separator }
        let properties = scalar.properties
        guard properties.isAlphabetic || properties.numericType != nil else { return separator }
        if isUnspacedScript(value) { return value | unspacedFlag }
        guard properties.changesWhenLowercased else { return value }
        let mapped = properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : value
    }

    /// Han (with extensions and compatibility ideographs), hiragana, katakana and Hangul syllables.
    public static func isUnspacedScript(_ value: UInt32) -> Bool {
        (0x3040...0x30FF).contains(value) || (0x3400...0x9FFF).contains(value) || (0xAC00...0xD7AF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FFFF).contains(value)
    }
}
