/// Decoding of UTF-8 that is known to be valid (a `String`'s own bytes), for scanners that walk
/// bytes rather than string indices: index arithmetic on strings validates every step.
public enum ValidUTF8 {
    /// The scalar value starting at byte `index`, and the index of the byte after it.
    ///
    /// - Precondition: `bytes` is valid UTF-8 and `index` is the start of a scalar.
    @inlinable @inline(__always)
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, next: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), index + 1) }
        if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), index + 2) }
        if lead < 0xF0 {
            return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), index + 3)
        }
        let value = UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
        return (value, index + 4)
    }
}
