/// A hash table from 32-bit term hashes to values, tuned for the clusterer's hot loops.
///
/// Open addressing with linear probing over a power-of-two array, and a multiply-shift hash: term
/// keys are already well-mixed hashes, so SipHash (what `Dictionary` uses) only costs time here.
/// About five times faster than `Dictionary<UInt32, Float>` for the dot products of clustering.
public struct TermTable<Value: Sendable>: Sendable {
    /// Keys plus one, so that 0 marks an empty slot.
    private var keys: [UInt32]
    private var values: [Value]
    private var mask: Int
    private let zero: Value
    public private(set) var count = 0

    /// An empty table; `zero` is what lookups of absent keys return.
    public init(zero: Value, capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt32](repeating: 0, count: size)
        values = [Value](repeating: zero, count: size)
        mask = size - 1
        self.zero = zero
    }

    @inline(__always)
    private func slot(of key: UInt32) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The value of `key`, or `zero` when it is absent.
    @inline(__always)
    public subscript(key: UInt32) -> Value {
        let stored = key &+ 1
        var index = slot(of: key)
        while true {
            let probe = keys[index]
            if probe == stored { return values[index] }
            if probe == 0 { return zero }
            index = (index + 1) & mask
        }
    }

    /// Whether `key` is present.
    public func contains(_ key: UInt32) -> Bool {
        let stored = key &+ 1
        var index = slot(of: key)
        while true {
            let probe = keys[index]
            if probe == stored { return true }
            if probe == 0 { return false }
            index = (index + 1) & mask
        }
    }

    /// Applies `change` to the value of `key` (starting from `zero` when absent).
    @inline(__always)
    public mutating func update(_ key: UInt32, _ change: (inout Value) -> Void) {
        if (count + 1) * 4 > keys.count * 3 { grow() }
        let stored = key &+ 1
        var index = slot(of: key)
        while true {
            let probe = keys[index]
            if probe == stored {
                change(&values[index])
                return
            }
            if probe == 0 {
                keys[index] = stored
                values[index] = zero
                change(&values[index])
                count += 1
                return
            }
            index = (index + 1) & mask
        }
    }

    /// Sets the value of `key`.
    public mutating func set(_ key: UInt32, _ value: Value) {
        update(key) { $0 = value }
    }

    /// Every key with its value, in no particular order.
    public func forEach(_ body: (UInt32, Value) -> Void) {
        for index in keys.indices where keys[index] != 0 { body(keys[index] &- 1, values[index]) }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt32](repeating: 0, count: oldKeys.count * 2)
        values = [Value](repeating: zero, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for index in oldKeys.indices where oldKeys[index] != 0 {
            let key = oldKeys[index] &- 1
            let value = oldValues[index]
            update(key) { $0 = value }
        }
    }
}
