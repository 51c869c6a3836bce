/// A banded locality-sensitive-hashing index over MinHash signatures.
///
/// Items are numbered by the caller (e.g. their position in a batch). Each band of a signature is
/// hashed to 64 bits; items that share a band hash in the same band are candidates. Buckets are
/// kept as linked lists in flat arrays, so memory is O(items × bands) with no per-bucket allocation.
///
/// - Complexity: insert O(k); query O(k + candidates).
public struct LSHIndex: Sendable {
    public let parameters: LSHParameters
    /// For each (band, band hash): the most recently inserted entry in that bucket.
    private var heads: [UInt64: Int32] = [:]
    /// For each entry (item × band): the next entry in the same bucket, or -1.
    private var next: [Int32] = []
    /// For each entry: the item it belongs to.
    private var items: [Int32] = []

    public init(parameters: LSHParameters) {
        self.parameters = parameters
    }

    /// How many items were inserted.
    public var count: Int { items.count / parameters.bands }

    /// Adds item `item` with `signature`.
    public mutating func insert(_ item: Int, signature: MinHashSignature) {
        precondition(signature.values.count >= parameters.bands * parameters.rows, "signature too short for the index")
        heads.reserveCapacity(heads.count + parameters.bands)
        for band in 0..<parameters.bands {
            let key = bucketKey(band: band, signature: signature)
            let entry = Int32(items.count)
            items.append(Int32(item))
            next.append(heads[key] ?? -1)
            heads[key] = entry
        }
    }

    /// Every item that shares at least one band with `signature`, each once, in no particular order.
    public func candidates(for signature: MinHashSignature) -> [Int] {
        var found: [Int] = []
        var seen = Set<Int32>()
        for band in 0..<parameters.bands {
            var entry = heads[bucketKey(band: band, signature: signature)] ?? -1
            while entry >= 0 {
                let item = items[Int(entry)]
                if seen.insert(item).inserted { found.append(Int(item)) }
                entry = next[Int(entry)]
            }
        }
        return found
    }

    /// The bucket key of one band: the band number and the hash of its rows.
    private func bucketKey(band: Int, signature: MinHashSignature) -> UInt64 {
        var hash = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
        let start = band * parameters.rows
        for row in start..<(start + parameters.rows) {
            hash = (hash ^ UInt64(signature.values[row])) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 29
        }
        return hash
    }
}
