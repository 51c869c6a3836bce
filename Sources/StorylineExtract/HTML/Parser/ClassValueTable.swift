/// Interns a page's `class` values while it is parsed, so that each distinct value is stored once and
/// classified once: pages repeat their class strings (a quarter of them are distinct, a third of their
/// bytes, on WCXB), and matching class patterns was the largest cost after parsing.
///
/// Values are identified by where they sit in the arena's attribute bytes; the table keeps only their
/// hashes and offsets.
struct ClassValueTable {
    private struct Entry {
        var hash: UInt64
        var start: Int32
        var length: Int32
    }

    private var entries: [Entry] = []
    /// Open addressing over `entries`: each slot holds an entry index + 1, 0 when empty.
    private var slots = [Int32](repeating: 0, count: 256)

    /// The number of distinct values.
    var count: Int { entries.count }

    /// The id of the value at `start` (`length` bytes) of `bytes`, and the offset of its first copy.
    mutating func intern(_ bytes: UnsafePointer<UInt8>, start: Int, length: Int) -> (id: Int32, start: Int) {
        let hash = Self.hash(bytes + start, length)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let index = Int(slots[slot] - 1)
            let entry = entries[index]
            if entry.hash == hash, Int(entry.length) == length,
                ByteScan.equal(bytes + Int(entry.start), bytes + start, count: length)
            {
                return (Int32(index), Int(entry.start))
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        entries.append(Entry(hash: hash, start: Int32(start), length: Int32(length)))
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return (Int32(entries.count - 1), start)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(index + 1)
        }
    }

    /// A 64-bit hash of `length` bytes, eight at a time.
    private static func hash(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
        var offset = 0
        while offset + 8 <= length {
            let word = UnsafeRawPointer(bytes + offset).loadUnaligned(as: UInt64.self)
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < length {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 29)
    }
}
