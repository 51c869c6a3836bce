/// Element names → small integer ids: the known names (``KnownElement``) from a fixed open-addressing
/// table, other names interned per document.
///
/// A name of up to 16 bytes is packed into two 64-bit words, so looking up a known name is a multiply,
/// a shift and one or two word comparisons, with no `String` made.
struct HTMLNameTable {
    /// The bytes of names that are not known elements, in the order they got their ids (from
    /// ``KnownElement/count`` up).
    private(set) var unknownNames: [[UInt8]] = []
    private var unknownIDs: [Key: UInt16] = [:]
    private var longIDs: [[UInt8]: UInt16] = [:]

    struct Key: Hashable {
        var low: UInt64
        var high: UInt64
    }

    init() {}

    /// The id of `name` (lower-case bytes); a new id when the document has not used it before.
    mutating func id(of name: UnsafeBufferPointer<UInt8>) -> UInt16 {
        if name.count <= 16 {
            let key = Self.key(name)
            if let known = Self.known.lookup(key) { return known }
            if let id = unknownIDs[key] { return id }
            let id = nextID()
            unknownIDs[key] = id
            unknownNames.append(Array(name))
            return id
        }
        let bytes = Array(name)
        if let id = longIDs[bytes] { return id }
        let id = nextID()
        longIDs[bytes] = id
        unknownNames.append(bytes)
        return id
    }

    private func nextID() -> UInt16 {
        // Past 65,535 names every new one shares the last id: it reads as an unknown element all the same.
        let next = Int(KnownElement.count) + unknownNames.count
        return UInt16(min(next, Int(UInt16.max)))
    }

    /// The name of id `id` as bytes.
    func name(of id: UInt16) -> [UInt8] {
        if let known = KnownElement(id: id) { return Array(known.name.utf8) }
        let index = Int(id - KnownElement.count)
        return index < unknownNames.count ? unknownNames[index] : []
    }

    @inline(__always)
    static func key(_ name: UnsafeBufferPointer<UInt8>) -> Key {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for index in 0..<name.count {
            let byte = UInt64(name[index])
            if index < 8 {
                low |= byte << (8 * UInt64(index))
            } else {
                high |= byte << (8 * UInt64(index - 8))
            }
        }
        return Key(low: low, high: high)
    }

    /// The known names in an open-addressing table of 512 slots.
    private struct KnownTable {
        var keys: [Key]
        var ids: [UInt16]

        init() {
            keys = [Key](repeating: Key(low: 0, high: 0), count: 512)
            ids = [UInt16](repeating: UInt16.max, count: 512)
            for element in KnownElement.allCases {
                let bytes = Array(element.name.utf8)
                let key = bytes.withUnsafeBufferPointer { HTMLNameTable.key($0) }
                var slot = Self.slot(key)
                while ids[slot] != UInt16.max { slot = (slot + 1) & 511 }
                keys[slot] = key
                ids[slot] = element.id
            }
        }

        @inline(__always)
        static func slot(_ key: Key) -> Int {
            Int(truncatingIfNeeded: ((key.low ^ (key.high &* 0x9E37_79B9)) &* 0x9E37_79B9_7F4A_7C15) >> 55)
        }

        @inline(__always)
        func lookup(_ key: Key) -> UInt16? {
            var slot = Self.slot(key)
            while true {
                let id = ids[slot]
                if id == UInt16.max { return nil }
                if keys[slot] == key { return id }
                slot = (slot + 1) & 511
            }
        }
    }

    private static let known = KnownTable()
}
