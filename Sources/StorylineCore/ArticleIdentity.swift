/// Derives stable article identifiers and content hashes.
///
/// Uses 64-bit FNV-1a, which is stable across runs, machines and Swift versions (unlike `Hasher`).
public enum ArticleIdentity {
    /// The id of an article that did not come with one: a hash of its normalised content and its source,
    /// as 16 lowercase hex digits.
    public static func id(normalizedContent: String, source: String) -> String {
        hex(fnv1a64(normalizedContent + "\u{1F}" + source))
    }

    /// A 64-bit FNV-1a hash of the UTF-8 bytes of `string`.
    public static func fnv1a64(_ string: String) -> UInt64 {
        fnv1a64(bytes: string.utf8)
    }

    /// A 64-bit FNV-1a hash of `bytes` (equal to ``fnv1a64(_:)`` of the string they encode).
    @inlinable
    public static func fnv1a64(bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// `value` as 16 lowercase hex digits.
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
