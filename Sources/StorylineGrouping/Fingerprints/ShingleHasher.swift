import StorylineText

/// Turns text into the hashes of its word shingles, in one pass over the UTF-8 bytes.
///
/// Words are runs of letters and digits (ASCII folded to lower case; other letters lower-cased when
/// they have a one-scalar lower-case form); an apostrophe (`'` or `’`) between a word and an ASCII
/// letter or digit stays inside the word. General punctuation (U+2000–U+206F: curly quotes, dashes,
/// special spaces) separates words. Han, kana and Hangul characters are one word each, since those
/// scripts do not separate words. A shingle is `shingleSize` consecutive words, hashed by a rolling
/// polynomial over 64-bit word hashes. A text with fewer words than `shingleSize` yields one shingle
/// of all its words.
///
/// ```swift
/// ShingleHasher(shingleSize: 5).forEachShingle(in: "The quick brown fox jumps over") { print($0) }
/// ```
public struct ShingleHasher: Sendable {
    /// Words per shingle.
    public let shingleSize: Int

    /// The allowed shingle sizes.
    public static let shingleSizeRange = 1...64

    /// A hasher of word `shingleSize`-shingles.
    ///
    /// - Precondition: `shingleSize` passes ``validate(shingleSize:)``.
    public init(shingleSize: Int) {
        precondition(Self.shingleSizeRange.contains(shingleSize), "shingle size must be in 1...64")
        self.shingleSize = shingleSize
    }

    /// Throws a ``FingerprintError`` unless `shingleSize` is in 1...64.
    public static func validate(shingleSize: Int) throws(FingerprintError) {
        guard shingleSizeRange.contains(shingleSize) else {
            throw FingerprintError(
                code: .shingleSize, message: "the shingle size must be between 1 and 64 words, not \(shingleSize)")
        }
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

    /// The scanner. ASCII letters and digits are taken 8 bytes at a time (``ASCIIWordRun``); every
    /// other byte goes through the byte-at-a-time rules below, and scalars above ASCII are classified
    /// by one lookup in ``ScalarWordClasses``. Both paths give the same word hashes.
    @inlinable
    func forEachShingle(
        inUTF8 bytes: UnsafeBufferPointer<UInt8>, ring: UnsafeMutableBufferPointer<UInt64>, _ body: (UInt64) -> Void
    ) {
        var roller = ShingleRoller(ring: ring)
        var word = WordHashState()
        guard let base = bytes.baseAddress else { return }
        let classes = ScalarWordClasses.table
        var index = 0
        let end = bytes.count
        while index < end {
            if index + 8 <= end {
                let run = ASCIIWordRun(loadingEightBytesAt: base + index)
                if run.length > 0 {
                    word.add(bigEndianBytes: run.lowercasedBigEndian, count: run.length)
                    index += run.length
                    if run.length == 8 { continue }
                }
                // The byte at `index` is not an ASCII letter or digit: one of the rules below applies.
            }
            let byte = base[index]
            if byte < 0x80 {
                let folded = ShingleHasher.foldedASCII(byte)
                if folded != 0 {
                    word.add(folded)
                } else if byte == 0x27, word.length > 0, index + 1 < end,
                    ShingleHasher.foldedASCII(base[index + 1]) != 0
                {
                    word.add(0x27)
                } else if word.length > 0 {
                    roller.push(word.finish(), body)
                }
                index += 1
                continue
            }
            // General punctuation (U+2000–U+206F: curly quotes, dashes, spaces) separates words,
            // except a right single quote between letters, which is an apostrophe ("what’s").
            if byte == 0xE2, index + 2 < end, base[index + 1] & 0xFE == 0x80 {
                if base[index + 1] == 0x80, base[index + 2] == 0x99, word.length > 0, index + 3 < end,
                    ShingleHasher.foldedASCII(base[index + 3]) != 0
                {
                    word.add(0x27)
                } else if word.length > 0 {
                    roller.push(word.finish(), body)
                }
                index += 3
                continue
            }
            // Other multi-byte scalars: decode (a truncated sequence keeps the bits it has), then classify.
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
                value = (value << 6) | UInt32(base[next] & 0x3F)
                next += 1
            }
            index = next
            let wordClass = value < 0x1_0000 ? classes[Int(value)] : ScalarWordClasses.wordClass(of: value)
            if wordClass == ScalarWordClasses.separator {
                if word.length > 0 { roller.push(word.finish(), body) }
            } else if wordClass & ScalarWordClasses.unspacedFlag != 0 {
                if word.length > 0 { roller.push(word.finish(), body) }
                word.addScalar(wordClass & ~ScalarWordClasses.unspacedFlag)
                roller.push(word.finish(), body)
            } else {
                word.addScalar(wordClass)
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

    /// A 64-bit finaliser (from SplitMix64) that spreads every input bit over the output.
    @inlinable @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
