/// Computes MinHash signatures of texts over word shingles.
///
/// The k signature values are computed by one-permutation hashing with optimal densification
/// (Li, Owen & Zhang 2012; Shrivastava 2017): every shingle is hashed once, its hash picks one of k bins
/// and the bin keeps its minimum; empty bins borrow the value of a pseudo-randomly chosen filled bin.
/// This estimates the same Jaccard similarity as k independent permutations, with the same LSH
/// collision probability, at O(n + k) instead of O(n·k) work for n shingles.
///
/// ```swift
/// let hasher = MinHasher(permutations: 128, shingleSize: 5)
/// let similarity = hasher.signature(of: a).estimatedJaccard(with: hasher.signature(of: b))
/// ```
public struct MinHasher: Sendable {
    /// The signature length k: how many bins (one-permutation hashing) the shingles are spread over.
    public let permutations: Int
    /// Turns text into shingle hashes.
    public let shingles: ShingleHasher
    /// Chooses the hash family: signatures are comparable only between hashers with the same seed.
    public let seed: UInt64

    /// The allowed numbers of permutations.
    public static let permutationRange = 1...4096

    /// A hasher with signatures of `permutations` values over word `shingleSize`-shingles.
    ///
    /// - Precondition: the values pass ``validate(permutations:shingleSize:)``; check values from
    ///   users with it first.
    public init(permutations: Int = 128, shingleSize: Int = 5, seed: UInt64 = 1) {
        precondition(Self.permutationRange.contains(permutations), "permutations must be in 1...4096")
        self.permutations = permutations
        self.shingles = ShingleHasher(shingleSize: shingleSize)
        self.seed = seed
    }

    /// Throws a ``FingerprintError`` unless `permutations` is in 1...4096 and `shingleSize` in 1...64.
    public static func validate(permutations: Int, shingleSize: Int) throws(FingerprintError) {
        guard permutationRange.contains(permutations) else {
            throw FingerprintError(
                code: .permutations, message: "permutations must be between 1 and 4096, not \(permutations)")
        }
        try ShingleHasher.validate(shingleSize: shingleSize)
    }

    /// The signature of `text`; a text with no words gets all-zero values.
    public func signature(of text: String) -> MinHashSignature {
        var text = text
        return text.withUTF8 { signature(ofUTF8: $0) }
    }

    /// The signature of UTF-8 `bytes`.
    ///
    /// - Complexity: O(n + k) for n bytes and k permutations; allocates only the signature.
    public func signature(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> MinHashSignature {
        let k = permutations
        let seedMix = ShingleHasher.mix(seed)
        let values = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: k) { bins in
            // An empty bin holds a value above every 32-bit minimum, so `min` needs no special case.
            bins.initialize(repeating: Self.emptyBin)
            shingles.forEachShingle(inUTF8: bytes) { shingle in
                // The shingle hash is already well spread; one multiply-xorshift decorrelates it per seed.
                var hash = (shingle ^ seedMix) &* 0xD6E8_FEB8_6659_FD93
                hash ^= hash >> 32
                // Multiply-high maps the top 32 bits uniformly onto 0..<k; the low 32 bits are the value.
                let bin = Int(truncatingIfNeeded: ((hash >> 32) &* UInt64(k)) >> 32)
                bins[bin] = min(bins[bin], hash & 0xFFFF_FFFF)
            }
            return Self.densified(bins, seedMix: seedMix)
        }
        return MinHashSignature(values: values)
    }

    private static let emptyBin = UInt64.max

    /// The bins as signature values, each empty bin filled by optimal densification: it probes bins
    /// with a hash of (bin, attempt) until it finds a filled one and takes that bin's value. With no
    /// filled bin at all (a text without words) every value is 0.
    private static func densified(_ bins: UnsafeMutableBufferPointer<UInt64>, seedMix: UInt64) -> [UInt32] {
        let k = bins.count
        guard bins.contains(where: { $0 != emptyBin }) else { return [UInt32](repeating: 0, count: k) }
        return [UInt32](unsafeUninitializedCapacity: k) { values, initialized in
            for index in 0..<k {
                var source = index
                var attempt: UInt64 = 1
                while bins[source] == emptyBin {
                    let probe = ShingleHasher.mix(seedMix ^ (UInt64(index) << 32) ^ attempt)
                    source = Int(truncatingIfNeeded: ((probe >> 32) &* UInt64(k)) >> 32)
                    attempt += 1
                }
                values[index] = UInt32(truncatingIfNeeded: bins[source])
            }
            initialized = k
        }
    }
}
