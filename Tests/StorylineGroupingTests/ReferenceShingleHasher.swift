import StorylineGrouping

/// The byte-at-a-time shingle scanner and MinHash as first written (before the SWAR and table-driven
/// scanner): the oracle the fast path must agree with hash for hash, so stored signatures stay valid.
struct ReferenceShingleHasher {
    let shingleSize: Int

    func forEachShingle(in text: String, _ body: (UInt64) -> Void) {
        var text = text
        text.withUTF8 { forEachShingle(inUTF8: $0, body) }
    }

    func forEachShingle(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: shingleSize) { ring in
            scan(bytes, ring: ring, body)
        }
    }

    private func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, ring: UnsafeMutableBufferPointer<UInt64>, _ body: (UInt64) -> Void
    ) {
        var roller = ReferenceRoller(ring: ring)
        var word = ReferenceWord()
        var index = 0
        let end = bytes.count
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                let folded = Self.foldedASCII(byte)
                if folded != 0 {
                    word.add(folded)
                } else if byte == 0x27, word.length > 0, index + 1 < end, Self.foldedASCII(bytes[index + 1]) != 0 {
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
                    Self.foldedASCII(bytes[index + 3]) != 0
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
            guard let scalar = Unicode.Scalar(value), Self.isWordScalar(scalar) else {
                if word.length > 0 { roller.push(word.finish(), body) }
                continue
            }
            if Self.isUnspacedScript(value) {
                if word.length > 0 { roller.push(word.finish(), body) }
                word.addScalar(value)
                roller.push(word.finish(), body)
            } else {
                word.addScalar(Self.lowercased(scalar))
            }
        }
        if word.length > 0 { roller.push(word.finish(), body) }
        roller.finishShortText(body)
    }

    /// An ASCII letter lower-cased, a digit as it is, anything else 0.
    static func foldedASCII(_ byte: UInt8) -> UInt8 {
        let lower = byte | 0x20
        if lower &- 0x61 < 26 { return lower }
        if byte &- 0x30 < 10 { return byte }
        return 0
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    static func lowercased(_ scalar: Unicode.Scalar) -> UInt32 {
        guard scalar.properties.changesWhenLowercased else { return scalar.value }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : scalar.value
    }

    static func isUnspacedScript(_ value: UInt32) -> Bool {
        (0x3040...0x30FF).contains(value) || (0x3400...0x9FFF).contains(value) || (0xAC00...0xD7AF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FFFF).contains(value)
    }
}

/// The original MinHash loop over ``ReferenceShingleHasher``.
struct ReferenceMinHasher {
    let permutations: Int
    let shingles: ReferenceShingleHasher
    let seed: UInt64

    init(permutations: Int = 128, shingleSize: Int = 5, seed: UInt64 = 1) {
        self.permutations = permutations
        shingles = ReferenceShingleHasher(shingleSize: shingleSize)
        self.seed = seed
    }

    func signature(of text: String) -> [UInt32] {
        let k = permutations
        let empty = UInt64.max
        var bins = [UInt64](repeating: empty, count: k)
        let seedMix = ShingleHasher.mix(seed)
        var filled = 0
        bins.withUnsafeMutableBufferPointer { bins in
            shingles.forEachShingle(in: text) { shingle in
                // The shingle hash is already well spread; one multiply-xorshift decorrelates it per seed.
                var hash = (shingle ^ seedMix) &* 0xD6E8_FEB8_6659_FD93
                hash ^= hash >> 32
                // Multiply-high maps the top 32 bits uniformly onto 0..<k.
                let bin = Int(truncatingIfNeeded: ((hash >> 32) &* UInt64(k)) >> 32)
                let value = hash & 0xFFFF_FFFF
                if value < bins[bin] {
                    if bins[bin] == empty { filled += 1 }
                    bins[bin] = value
                }
            }
        }
        guard filled > 0 else { return [UInt32](repeating: 0, count: k) }
        var values = [UInt32](repeating: 0, count: k)
        for index in 0..<k {
            if bins[index] != empty {
                values[index] = UInt32(truncatingIfNeeded: bins[index])
                continue
            }
            // Optimal densification: probe bins with a hash of (bin, attempt) until a filled one is found.
            var attempt: UInt64 = 1
            while true {
                let probe = ShingleHasher.mix(seedMix ^ (UInt64(index) << 32) ^ attempt)
                let source = Int(truncatingIfNeeded: ((probe >> 32) &* UInt64(k)) >> 32)
                if bins[source] != empty {
                    values[index] = UInt32(truncatingIfNeeded: bins[source])
                    break
                }
                attempt += 1
            }
        }
        return values
    }
}

/// The hash of the word being read: bytes packed 8 at a time into a lane, one multiply per lane.
private struct ReferenceWord {
    var hash: UInt64 = 0
    var lane: UInt64 = 0
    var length = 0

    init() {}

    mutating func add(_ byte: UInt8) {
        lane = (lane << 8) | UInt64(byte)
        length += 1
        if length & 7 == 0 {
            hash = (hash ^ lane) &* 0x9E37_79B9_7F4A_7C15
            lane = 0
        }
    }

    mutating func addScalar(_ value: UInt32) {
        // Scalars above ASCII go in as 3 bytes, which cannot collide with ASCII bytes below 0x80
        // because the first is a marker.
        add(0x80 | UInt8(truncatingIfNeeded: value >> 16))
        add(UInt8(truncatingIfNeeded: value >> 8))
        add(UInt8(truncatingIfNeeded: value))
    }

    mutating func finish() -> UInt64 {
        let result = ShingleHasher.mix(hash ^ lane ^ (UInt64(length) << 56))
        hash = 0
        lane = 0
        length = 0
        return result
    }
}

/// Rolls a polynomial hash over the last `size` word hashes and reports each full shingle.
private struct ReferenceRoller {
    let ring: UnsafeMutableBufferPointer<UInt64>
    let size: Int
    let highPower: UInt64
    var slot = 0
    var count = 0
    var rolling: UInt64 = 0
    static let multiplier: UInt64 = 0x100_0000_01B3

    init(ring: UnsafeMutableBufferPointer<UInt64>) {
        self.ring = ring
        size = ring.count
        var power: UInt64 = 1
        for _ in 0..<(size - 1) { power = power &* Self.multiplier }
        highPower = power
    }

    mutating func push(_ word: UInt64, _ body: (UInt64) -> Void) {
        let outgoing = count >= size ? ring[slot] : 0
        ring[slot] = word
        slot = slot + 1 == size ? 0 : slot + 1
        rolling = (rolling &- outgoing &* highPower) &* Self.multiplier &+ word
        count += 1
        if count >= size { body(rolling) }
    }

    /// A text shorter than one shingle still gets one shingle: the rolling hash of all its words.
    mutating func finishShortText(_ body: (UInt64) -> Void) {
        if count > 0 && count < size { body(rolling) }
    }
}
