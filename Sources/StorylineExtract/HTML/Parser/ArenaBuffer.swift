/// A growable buffer of plain values in manually managed memory, for the parser's hot appends.
///
/// `Array.append` checks uniqueness and capacity through a call on every element; this checks capacity
/// only, and the storage never moves once parsing is done, so ``HTMLDocument`` can hand out pointers
/// into it for as long as it lives. The owner calls ``deallocate()`` exactly once.
struct ArenaBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Appends `length` elements copied from `source`.
    @inline(__always)
    mutating func append(_ source: UnsafePointer<Element>, count length: Int) {
        guard length > 0 else { return }
        if count + length > capacity { grow(to: count + length) }
        (base + count).initialize(from: source, count: length)
        count += length
    }

    /// Makes room for `length` more elements.
    @inline(__always)
    mutating func reserve(_ length: Int) {
        if count + length > capacity { grow(to: count + length) }
    }

    /// Sets the count after writing through ``base`` into reserved room.
    @inline(__always)
    mutating func setCount(_ newCount: Int) {
        count = newCount
    }

    /// Drops the last `length` elements.
    @inline(__always)
    mutating func removeLast(_ length: Int = 1) {
        count -= length
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Frees the storage; the buffer must not be used afterwards.
    func deallocate() {
        base.deallocate()
    }
}

extension ArenaBuffer where Element == UInt8 {
    /// Appends `length` bytes from `source` with ASCII capitals lower-cased and NUL bytes left out.
    mutating func appendLowercased(_ source: UnsafePointer<UInt8>, count length: Int) {
        guard length > 0 else { return }
        reserve(length)
        var written = count
        for offset in 0..<length {
            let byte = source[offset]
            guard byte != 0 else { continue }
            base[written] = byte &- 0x41 < 26 ? byte | 0x20 : byte
            written += 1
        }
        setCount(written)
    }
}
