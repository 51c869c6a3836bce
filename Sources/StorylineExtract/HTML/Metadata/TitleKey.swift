/// Comparison keys for titles and names: case folded, with punctuation and white space ignored.
///
/// "The Headline — Site" and "the headline: site" share the ``words(_:)`` key "the headline site";
/// ``compact(_:)`` also drops the spaces ("nytimes" for "NY Times").
enum TitleKey {
    /// The lowercase words (letters and digits) of `text`, joined by single spaces.
    static func words(_ text: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                if pendingSpace, !key.isEmpty { key.append(0x20) }
                pendingSpace = false
                appendLowercased(scalar, to: &key)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// The lowercase letters and digits of `text`, nothing else.
    static func compact(_ text: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where isWordScalar(scalar) { appendLowercased(scalar, to: &key) }
        return String(decoding: key, as: UTF8.self)
    }

    /// The number of words in `text`.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWord = isWordScalar(scalar)
            if isWord, !inWord { count += 1 }
            inWord = isWord
        }
        return count
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Appends the scalar's lowercase form as UTF-8 (bytes, not string appends: titles are compared
    /// by the hundred on some pages).
    private static func appendLowercased(_ scalar: Unicode.Scalar, to key: inout [UInt8]) {
        if scalar.value < 0x80 {
            key.append(UInt8(scalar.value) | (scalar.value >= 0x41 && scalar.value <= 0x5A ? 0x20 : 0))
        } else {
            key.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        }
    }
}
