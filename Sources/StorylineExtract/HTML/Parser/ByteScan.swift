#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The C library's vectorised byte search and comparison, for the parser's long scans (raw text, quoted
/// attribute values, comments).
enum ByteScan {
    /// The first position of `byte` in `bytes[start..<end]`, or `end` when there is none.
    @inline(__always)
    static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard start < end, let base = bytes.baseAddress else { return end }
        guard let found = memchr(base + start, Int32(byte), end - start) else { return end }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The first position of `first` or `second` in `bytes[start..<end]`, or `end`; eight bytes at a time.
    @inline(__always)
    static func find(_ first: UInt8, or second: UInt8, in base: UnsafePointer<UInt8>, from start: Int, to end: Int)
        -> Int
    {
        var index = start
        let firstPattern = UInt64(first) &* 0x0101_0101_0101_0101
        let secondPattern = UInt64(second) &* 0x0101_0101_0101_0101
        while index + 8 <= end {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let found = zeroBytes(word ^ firstPattern) | zeroBytes(word ^ secondPattern)
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end {
            let byte = base[index]
            if byte == first || byte == second { return index }
            index += 1
        }
        return end
    }

    /// The high bit set in each zero byte of `word` (exact for the lowest one, which is all callers use).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }

    /// Whether the `count` bytes at `left` and `right` are equal.
    @inline(__always)
    static func equal(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, count: Int) -> Bool {
        count == 0 || memcmp(left, right, count) == 0
    }

    /// The length of NUL-terminated `bytes`.
    @inline(__always)
    static func length(_ bytes: UnsafePointer<UInt8>) -> Int {
        strlen(UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self))
    }
}
