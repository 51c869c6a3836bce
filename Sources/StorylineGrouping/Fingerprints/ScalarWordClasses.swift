/// Which scalars are word characters, and how they enter a word hash: one table lookup per scalar
/// of the Basic Multilingual Plane instead of Unicode property queries in the scanner's loop.
///
/// A class is ``separator`` (0) for scalars that are not letters or digits (and for surrogates);
/// otherwise the scalar's one-scalar lower-case form, with ``unspacedFlag`` set for Han, kana and
/// Hangul, which are words on their own.
@usableFromInline
enum ScalarWordClasses {
    /// The class of a scalar that separates words.
    @usableFromInline static let separator: UInt32 = 0
    /// Set in the class of a scalar that is a word by itself.
    @usableFromInline static let unspacedFlag: UInt32 = 1 << 31

    /// The classes of U+0000…U+FFFF (256 KB), built once on first use. A static `let` is initialised
    /// exactly once, thread-safely, and the table is only read afterwards: hence `nonisolated(unsafe)`.
    @usableFromInline nonisolated(unsafe) static let table: UnsafePointer<UInt32> = {
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: 0x1_0000)
        for value in 0..<UInt32(0x1_0000) { table[Int(value)] = wordClass(of: value) }
        return UnsafePointer(table)
    }()

    /// The class of any value (scalars above the table are rare: emoji, historic scripts, CJK extensions).
    @usableFromInline
    static func wordClass(of value: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(value) else { return separator }
        let properties = scalar.properties
        guard properties.isAlphabetic || properties.numericType != nil else { return separator }
        if isUnspacedScript(value) { return value | unspacedFlag }
        guard properties.changesWhenLowercased else { return value }
        let mapped = properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : value
    }

    /// Han (with extensions and compatibility ideographs), hiragana, katakana and Hangul syllables.
    static func isUnspacedScript(_ value: UInt32) -> Bool {
        (0x3040...0x30FF).contains(value) || (0x3400...0x9FFF).contains(value) || (0xAC00...0xD7AF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FFFF).contains(value)
    }
}
