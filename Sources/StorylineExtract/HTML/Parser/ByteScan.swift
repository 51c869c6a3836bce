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
