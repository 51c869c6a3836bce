/// The ASCII letters and digits at the start of 8 bytes, found without a branch per byte (SWAR).
///
/// Each byte is range-checked in its own 8-bit lane of one 64-bit integer: adding `0x80 − lo` to a
/// byte below 0x80 sets its top bit exactly when the byte is ≥ lo, and no lane carries into the
/// next. Bytes of 0x80 and above (UTF-8 beyond ASCII) never count as word bytes.
@usableFromInline
struct ASCIIWordRun {
    /// How many of the 8 bytes, from the first, are ASCII letters or digits (0...8).
    @usableFromInline let length: Int
    /// Those bytes lower-cased, first byte most significant, in the low `length` bytes.
    @usableFromInline let lowercasedBigEndian: UInt64

    @inlinable @inline(__always)
    init(loadingEightBytesAt pointer: UnsafePointer<UInt8>) {
        let chunk = UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let seven = chunk & ~high
        // Setting bit 0x20 lower-cases A–Z and leaves 0–9 (0x30–0x39) and a–z as they are.
        let folded = seven | (0x20 &* ones)
        let isLetter = (folded &+ (0x80 - 0x61) &* ones) & ~(folded &+ (0x7F - 0x7A) &* ones)
        let isDigit = (seven &+ (0x80 - 0x30) &* ones) & ~(seven &+ (0x7F - 0x39) &* ones)
        let isWordByte = (isLetter | isDigit) & ~chunk & high
        let bytes = (~isWordByte & high).trailingZeroBitCount >> 3
        length = bytes
        // Little-endian load: byte-swapping puts the first byte on top; shift the others out.
        lowercasedBigEndian = bytes == 0 ? 0 : (chunk | (0x20 &* ones)).byteSwapped &>> UInt64(64 - 8 * bytes)
    }
}
