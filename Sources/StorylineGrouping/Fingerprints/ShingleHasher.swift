/// Turns text into the hashes of its word shingles, in one pass over the UTF-8 bytes.
///
/// Words are runs of letters and digits (ASCII folded to lower case; other letters lower-cased when
/// they have a one-scalar lower-case form); an apostrophe between letters stays inside a word.
/// Han, kana and Hangul characters are one word each, since those scripts do not separate words.
/// A shingle is `shingleSize` consecutive words, hashed by a rolling polynomial over 64-bit word
/// hashes. A text with fewer words than `shingleSize` yields one shingle of all its words.
public struct ShingleHasher: Sendable {
    public let shingleSize: Int

    public init(shingleSize: Int) {
        precondition(shingleSize >= 1 && shingleSize <= 64, "shingle size must be in 1...64")
        self.shingleSize = shingleSize
    }

    /// Calls `body` with the hash of every word shingle of `text`, in order.
    @inlinable
    public func forEachShingle(in text: String, _ body: (UInt64) -> Void) {
        var text = text
        text.withUTF8 { forEachShingle(inUTF8: $0, body) }
    }

    /// Calls `body` with the hash of every word shingle of the UTF-8 `bytes`, in order.
    ///
    /// - Complexity: O(n) in the number of bytes; no allocation.
    @inlinable
    public func forEachShingle(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: shingleSize) { ring in
            forEachShingle(inUTF8: bytes, ring: ring, body)
        }
    }

    @inlinable
    func forEachShingle(
        inUTF8 bytes: UnsafeBufferPointer<UInt8>, ring: UnsafeMutableBufferPointer<UInt64>, _ body: (UInt64) -> Void
    ) {
        var roller = ShingleRoller(ring: ring)
        var word = WordHashState()
        var index = 0
        let end = bytes.count
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                let folded = ShingleHasher.foldedASCII(byte)
                if folded != 0 {
                    word.add(folded)
                } else if byte == 0x27, word.length > 0, index + 1 < end, ShingleHasher.foldedASCII(bytes[index + 1]) != 0 {
                    word.add(0x27)
                } else if word.length > 0 {
                    roller.push(word.finish(), body)
                }
                index += 1
                continue
            }
            // General punctuation (U+2000–U+206F: curly quotes, dashes, spaces) separates words,
            // except a right single quote between letters, which is an apostrophe ("what’s").
            if byte == 0xE2, index + 2 < end, bytes[index + 1] & 0xFE == 0x80 {
                if bytes[index + 1] == 0x80, bytes[index + 2] == 0x99, word.length > 0, index + 3 < end,
                    ShingleHasher.foldedASCII(bytes[index + 3]) != 0
                {
                    word.add(0x27)
                } else if word.length > 0 {
                    roller.push(word.finish(), body)
                }
                index += 3
                continue
            }
            // Other multi-byte scalars: decode and classify.
            var value: UInt32
            var length: Int
            if byte >= 0xF0 {
                value = UInt32(byte & 0x07)
                length = 4
            } else if byte >= 0xE0 {
                value = UInt32(byte & 0x0F)
                length = 3
            } else {
                value = UInt32(byte & 0x1F)
                length = 2
            }
            var next = index + 1
            while next < index + length && next < end {
                value = (value << 6) | UInt32(bytes[next] & 0x3F)
                next += 1
            }
            index = next
            guard let scalar = Unicode.Scalar(value), ShingleHasher.isWordScalar(scalar) else {
                if word.length > 0 { roller.push(word.finish(), body) }
                continue
            }
            if ShingleHasher.isUnspacedScript(value) {
                if word.length > 0 { roller.push(word.finish(), body) }
                word.addScalar(value)
                roller.push(word.finish(), body)
            } else {
                word.addScalar(ShingleHasher.lowercased(scalar))
            }
        }
        if word.length > 0 { roller.push(word.finish(), body) }
        roller.finishShortText(body)
    }

    /// An ASCII letter lower-cased, a digit as it is, anything else 0.
    @inlinable @inline(__always)
    static func foldedASCII(_ byte: UInt8) -> UInt8 {
        let lower = byte | 0x20
        if lower &- 0x61 < 26 { return lower }
        if byte &- 0x30 < 10 { return byte }
        return 0
    }

    @inlinable
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    @inlinable
    static func lowercased(_ scalar: Unicode.Scalar) -> UInt32 {
        guard scalar.properties.changesWhenLowercased else { return scalar.value }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : scalar.value
    }

    @inlinable @inline(__always)
    static func isUnspacedScript(_ value: UInt32) -> Bool {
        (0x3040...0x30FF).contains(value) || (0x3400...0x9FFF).contains(value) || (0xAC00...0xD7AF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FFFF).contains(value)
    }

    /// A 64-bit finaliser (from SplitMix64) that spreads every input bit over the output.
    @inlinable @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

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

    @inlinable @inline(__always)
    mutating func addScalar(_ value: UInt32) {
        // Scalars above ASCII go in as 3 bytes, which cannot collide with ASCII bytes below 0x80
        // because the first is a marker.
        add(0x80 | UInt8(truncatingIfNeeded: value >> 16))
        add(UInt8(truncatingIfNeeded: value >> 8))
        add(UInt8(truncatingIfNeeded: value))
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
