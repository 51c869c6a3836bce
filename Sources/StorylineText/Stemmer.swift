/// Strips common inflectional endings so that "elections" and "election" meet; deliberately light
/// and language-blind: long words are also cut to 8 letters, which merges most inflected forms.
public enum Stemmer {
    private static let suffixes: [[UInt8]] = ["'s", "ing", "ed", "es", "s"].map { Array($0.utf8) }

    /// The stem of a lower-cased word.
    public static func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        let length = bytes.withUnsafeBufferPointer { stemLength(utf8: $0) }
        return String(decoding: bytes[..<length], as: UTF8.self)
    }

    /// How many leading UTF-8 bytes of a lower-cased word form its stem: one suffix off (when at
    /// least 4 scalars remain), then at most 8 scalars, cut at a scalar boundary. Lets callers that
    /// hold bytes stem without building strings, with the same result as ``stem(_:)``.
    public static func stemLength(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var length = bytes.count
        var scalars = bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        for suffix in suffixes where scalars > suffix.count + 3 && length >= suffix.count {
            if bytes[(length - suffix.count)..<length].elementsEqual(suffix) {
                length -= suffix.count
                scalars -= suffix.count
                break
            }
        }
        guard scalars > 8 else { return length }
        var seen = 0
        for offset in 0..<length where bytes[offset] & 0xC0 != 0x80 {
            if seen == 8 { return offset }
            seen += 1
        }
        return length
    }
}
