/// Finds which phrase families occur in a normalised line in one pass, instead of one scan per phrase.
///
/// Phrases of three or more UTF-8 bytes are indexed by their first three bytes; the line is scanned
/// once and each position looks up the phrases that start with its three bytes. Shorter phrases are
/// searched directly. A line of n bytes costs O(n) lookups plus the comparisons of true candidates.
struct PhraseIndex: Sendable {
    private var byTrigram: [UInt32: [(family: Int, phrase: [UInt8])]] = [:]
    private var short: [(family: Int, phrase: String)] = []
    /// One bit per 16-bit hash of an indexed trigram: most positions of a line are ruled out here,
    /// without a dictionary lookup.
    private var trigramBits = [UInt64](repeating: 0, count: 1024)

    /// The index of the families checked line by line by ``BoilerplateCleaner``.
    static let lineFamilies = PhraseIndex(families: BoilerplatePhrases.lineFamilies)

    init(families: [BoilerplatePhrases]) {
        precondition(families.count <= 64, "at most 64 families")
        for (family, phrases) in families.enumerated() {
            for phrase in phrases.phrases {
                let bytes = Array(phrase.utf8)
                if bytes.count < 3 {
                    short.append((family, phrase))
                } else {
                    let key = Self.key(bytes[0], bytes[1], bytes[2])
                    byTrigram[key, default: []].append((family, bytes))
                    let bit = Self.bit(key)
                    trigramBits[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
        }
    }

    /// A bit set of the families (bit i = family i) with a phrase in `normalized`.
    func matchingFamilies(in normalized: String) -> UInt64 {
        var found: UInt64 = 0
        for (family, phrase) in short where normalized.containsBytes(phrase) { found |= 1 << UInt64(family) }
        var line = normalized
        line.withUTF8 { bytes in
            guard bytes.count >= 3 else { return }
            for start in 0...(bytes.count - 3) {
                let key = Self.key(bytes[start], bytes[start + 1], bytes[start + 2])
                let bit = Self.bit(key)
                guard trigramBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let candidates = byTrigram[key] else {
                    continue
                }
                for (family, phrase) in candidates where found & (1 << UInt64(family)) == 0 {
                    guard start + phrase.count <= bytes.count else { continue }
                    var offset = 3
                    while offset < phrase.count && bytes[start + offset] == phrase[offset] { offset += 1 }
                    if offset == phrase.count { found |= 1 << UInt64(family) }
                }
            }
        }
        return found
    }

    private static func bit(_ key: UInt32) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> 16)
    }

    private static func key(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt32 {
        UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)
    }
}
