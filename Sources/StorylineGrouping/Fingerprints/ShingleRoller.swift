/// Rolls a polynomial hash over the last `size` word hashes and reports each full shingle.
@usableFromInline
struct ShingleRoller {
    @usableFromInline let ring: UnsafeMutableBufferPointer<UInt64>
    @usableFromInline let size: Int
    @usableFromInline let highPower: UInt64
    @usableFromInline var slot = 0
    @usableFromInline var count = 0
    @usableFromInline var rolling: UInt64 = 0
    @usableFromInline static let multiplier: UInt64 = 0x100_0000_01B3

    @inlinable init(ring: UnsafeMutableBufferPointer<UInt64>) {
        self.ring = ring
        size = ring.count
        var power: UInt64 = 1
        for _ in 0..<(size - 1) { power = power &* Self.multiplier }
        highPower = power
    }

    @inlinable @inline(__always)
    mutating func push(_ word: UInt64, _ body: (UInt64) -> Void) {
        let outgoing = count >= size ? ring[slot] : 0
        ring[slot] = word
        slot = slot + 1 == size ? 0 : slot + 1
        rolling = (rolling &- outgoing &* highPower) &* Self.multiplier &+ word
        count += 1
        if count >= size { body(rolling) }
    }

    /// A text shorter than one shingle still gets one shingle: the rolling hash of all its words.
    @inlinable
    mutating func finishShortText(_ body: (UInt64) -> Void) {
        if count > 0 && count < size { body(rolling) }
    }
}
