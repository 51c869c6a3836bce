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
    public let permutations: Int
    public let shingles: ShingleHasher
    public let seed: UInt64

    public init(permutations: Int = 128, shingleSize: Int = 5, seed: UInt64 = 1) {
        precondition(permutations >= 1 && permutations <= 4096, "permutations must be in 1...4096")
        self.permutations = permutations
        self.shingles = ShingleHasher(shingleSize: shingleSize)
        self.seed = seed
    }

    /// The signature of `text`; a text with no words gets all-zero values.
    public func signature(of text: String) -> MinHashSignature {
        var text = text
        return text.withUTF8 { signature(ofUTF8: $0) }
    }

    /// The signature of UTF-8 `bytes`.
    public func signature(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> MinHashSignature {
        let k = permutations
        let empty = UInt64.max
        var bins = [UInt64](repeating: empty, count: k)
        let seedMix = ShingleHasher.mix(seed)
        var filled = 0
        bins.withUnsafeMutableBufferPointer { bins in
            shingles.forEachShingle(inUTF8: bytes) { shingle in
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
        guard filled > 0 else { return MinHashSignature(values: [UInt32](repeating: 0, count: k)) }
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
        return MinHashSignature(values: values)
    }
}
