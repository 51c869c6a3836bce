/// The hash of the word being read: bytes packed 8 at a time into a lane, one multiply per lane.
@usableFromInline
struct WordHashState {
    @usableFromInline var hash: UInt64 = 0
    @usableFromInline var lane: UInt64 = 0
    @usableFromInline var length = 0

    @inlinable init() {}

    @inlinable @inline(__always)
    mutating func add(_ byte: UInt8) {
        lane = (lane << 8) | UInt64(byte)
        length += 1
        if length & 7 == 0 {
            hash = (hash ^ lane) &* 0x9E37_79B9_7F4A_7C15
            lane = 0
        }
    }

    /// Adds `count` (1...8) bytes at once, the first most significant in the low `count` bytes of
    /// `bytes`: the same result as adding them one by one.
    @inlinable @inline(__always)
    mutating func add(bigEndianBytes bytes: UInt64, count: Int) {
        let free = 8 - (length & 7)
        length += count
        if count < free {
            lane = (lane &<< UInt64(8 * count)) | bytes
            return
        }
        // The first `free` bytes complete the lane; the rest start the next one.
        let rest = count - free
        let filled = free == 8 ? 0 : lane &<< UInt64(8 * free)
        hash = (hash ^ (filled | (bytes &>> UInt64(8 * rest)))) &* 0x9E37_79B9_7F4A_7C15
        lane = bytes & ((1 &<< UInt64(8 * rest)) &- 1)
    }

    @inlinable @inline(__always)
    mutating func addScalar(_ value: UInt32) {
        // Scalars above ASCII go in as 3 bytes, which cannot collide with ASCII bytes below 0x80
        // because the first is a marker: 0x80 | value >> 16, then the low 16 bits.
        add(bigEndianBytes: UInt64(value & 0xFFFF) | UInt64(0x80 | (value >> 16) & 0xFF) << 16, count: 3)
    }

    @inlinable @inline(__always)
    mutating func finish() -> UInt64 {
        let result = ShingleHasher.mix(hash ^ lane ^ (UInt64(length) << 56))
        hash = 0
        lane = 0
        length = 0
        return result
    }
}
