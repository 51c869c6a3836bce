/// One pass over bytes that says whether they are valid UTF-8 and how much non-ASCII text they hold.
///
/// The resolver runs it on every page, including the common UTF-8 case, so it is written for speed: ASCII
/// is skipped eight bytes at a time, and multi-byte sequences are checked against RFC 3629's table
/// (no overlongs, no surrogates, nothing above U+10FFFF) without building scalars.
struct UTF8Scan: Equatable {
    /// Whether every byte belongs to a well-formed sequence.
    var isValid: Bool
    /// Whether the only flaw is an incomplete sequence at the very end (a page cut off mid-character):
    /// the text is UTF-8, but decoding must replace the tail.
    var isTruncated: Bool
    /// Multi-byte sequences seen before the first flaw.
    var nonASCIICount: Int
    /// Whether one of them is three or four bytes long (U+0800 and above).
    var hasWideSequence: Bool

    /// Whether the bytes are UTF-8 apart from at most a cut-off final character.
    var isUTF8: Bool { isValid || isTruncated }

    /// Whether the bytes hold enough well-formed multi-byte UTF-8 that they are UTF-8 whatever a label
    /// says. One two-byte sequence is not enough: `ß“` in windows-1252 happens to be valid UTF-8 (DF 93),
    /// but in legacy text non-ASCII bytes almost never line up into UTF-8 twice, or into a three-byte one.
    var isConvincingUTF8: Bool { isUTF8 && (nonASCIICount >= 2 || hasWideSequence) }

    init(isValid: Bool, isTruncated: Bool = false, nonASCIICount: Int = 0, hasWideSequence: Bool = false) {
        self.isValid = isValid
        self.isTruncated = isTruncated
        self.nonASCIICount = nonASCIICount
        self.hasWideSequence = hasWideSequence
    }

    /// Scans `bytes`; stops at the first flaw.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(isValid: true)
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var index = 0
        var nonASCII = 0
        var wide = false
        defer {
            nonASCIICount = nonASCII
            hasWideSequence = wide
        }
        while index < count {
            let lead = base[index]
            if lead < 0x80 {
                // In ASCII, eight bytes at a time where none has its top bit set.
                if index + 8 <= count,
                    UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                } else {
                    index += 1
                }
                continue
            }
            // Two-byte sequences (Latin accents, Greek, Cyrillic, Hebrew, Arabic) take the short way.
            if lead &- 0xC2 < 0x1E, index + 1 < count, base[index + 1] & 0xC0 == 0x80 {
                nonASCII += 1
                index += 2
                continue
            }
            let length = Self.sequenceLength(base, at: index, count: count)
            guard length > 0 else {
                isValid = false
                isTruncated = length < 0
                return
            }
            nonASCII += 1
            if length > 2 { wide = true }
            index += length
        }
    }

    /// The length (2–4) of the well-formed sequence whose lead byte (0x80 or above) is at `index`; 0 when
    /// it is ill-formed, -1 when it is well-formed so far but cut off by the end of the bytes.
    @inline(__always)
    static func sequenceLength(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Int {
        // Sequence length and the allowed range of the second byte (RFC 3629, section 4).
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch base[index] {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, low) = (3, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, high) = (3, 0x9F)
        case 0xF0: (length, low) = (4, 0x90)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, high) = (4, 0x8F)
        default: return 0
        }
        guard index + 1 < count else { return -1 }
        let second = base[index + 1]
        guard second >= low, second <= high else { return 0 }
        for offset in 2..<length {
            guard index + offset < count else { return -1 }
            guard base[index + offset] & 0xC0 == 0x80 else { return 0 }
        }
        return length
    }

    /// Well-formed multi-byte sequences and ill-formed bytes in all of `bytes` (the scan goes on past
    /// flaws): text with as many good sequences as bad bytes is damaged UTF-8 rather than a legacy charset.
    static func damage(in bytes: UnsafeBufferPointer<UInt8>) -> (wellFormed: Int, illFormed: Int) {
        guard let base = bytes.baseAddress else { return (0, 0) }
        var wellFormed = 0
        var illFormed = 0
        var index = 0
        while index < bytes.count {
            if base[index] < 0x80 {
                index += 1
                continue
            }
            let length = sequenceLength(base, at: index, count: bytes.count)
            if length > 0 {
                wellFormed += 1
                index += length
            } else {
                illFormed += 1
                index += 1
            }
        }
        return (wellFormed, illFormed)
    }
}
