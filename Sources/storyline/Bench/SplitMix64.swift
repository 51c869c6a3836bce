/// A small, fast, seedable pseudo-random generator (SplitMix64, Steele, Lea & Flood 2014).
///
/// The benchmark corpus must be the same for a seed on every machine and Swift version, so it uses
/// neither the system generator nor the standard library's `shuffle`, whose algorithm may change.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `0..<bound` (bound > 0), by multiply-high: no modulo bias worth measuring.
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A whole number in `range`.
    mutating func inRange(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A fraction in `0..<1` with 53 random bits.
    mutating func fraction() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool { fraction() < probability }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// `count` distinct positions in `0..<total`, in increasing order (partial Fisher–Yates).
    mutating func positions(_ count: Int, of total: Int) -> [Int] {
        var order = Array(0..<total)
        let taken = min(count, total)
        for index in 0..<taken { order.swapAt(index, index + below(total - index)) }
        return order[0..<taken].sorted()
    }
}
