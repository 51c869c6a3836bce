/// Strips common inflectional endings so that "elections" and "election" meet; deliberately light
/// and language-blind: long words are also cut to 8 letters, which merges most inflected forms.
public enum Stemmer {
    private static let suffixes: [[UInt8]] = ["'s", "ing", "ed", "es", "s"].map { Array($0.utf8) }

    /// The stem of a lower-cased word.
    ///
    /// Works on UTF-8 bytes: the suffixes are ASCII, and a cut to 8 scalars stops at a scalar boundary.
    public static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        let scalarCount = bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        var remaining = scalarCount
        for suffix in suffixes where remaining > suffix.count + 3 && bytes.count >= suffix.count {
            if bytes[(bytes.count - suffix.count)...].elementsEqual(suffix) {
                bytes.removeLast(suffix.count)
                remaining -= suffix.count
                break
            }
        }
        if remaining > 8 {
            // Keep the bytes of the first 8 scalars.
            var seen = 0
            var cut = bytes.count
            for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                if seen == 8 {
                    cut = offset
                    break
                }
                seen += 1
            }
            bytes.removeLast(bytes.count - cut)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
