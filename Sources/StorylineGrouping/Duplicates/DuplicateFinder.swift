/// Finds exact and near-duplicate articles and orders each group into a copy chain.
///
/// Exact duplicates share a hash of their normalised text. Near-duplicates and rewrites are found
/// by MinHash + LSH tuned to the rewrite threshold, and every candidate pair is verified by the
/// exact Jaccard similarity of the two shingle sets before it is reported. Within a group the
/// earliest published article is the origin; every other article derives from the most similar
/// article published before it.
public struct DuplicateFinder: Sendable {
    /// One article to compare.
    public struct Item: Sendable {
        public var id: String
        public var text: String
        /// Seconds since the epoch; undated articles sort last.
        public var time: Int?
        public init(id: String, text: String, time: Int?) {
            self.id = id
            self.text = text
            self.time = time
        }
    }

    public let configuration: DuplicateConfiguration
    public let hasher: MinHasher
    public let lsh: LSHParameters

    public init(configuration: DuplicateConfiguration = DuplicateConfiguration()) {
        precondition(configuration.problems().isEmpty, configuration.problems().joined(separator: "; "))
        self.configuration = configuration
        hasher = MinHasher(permutations: configuration.permutations, shingleSize: configuration.shingleSize)
        lsh = LSHParameters.optimal(threshold: configuration.rewriteThreshold, permutations: configuration.permutations)
    }

    /// The duplicate groups among `items`, largest first.
    public func groups(in items: [Item]) -> [DuplicateGroup] {
        let shingleSets = items.map { item -> [UInt64] in
            var set: [UInt64] = []
            hasher.shingles.forEachShingle(in: item.text) { set.append($0) }
            return Array(Set(set)).sorted()
        }
        var index = LSHIndex(parameters: lsh)
        var pairs: [Int: [(Int, Double)]] = [:]
        for (position, item) in items.enumerated() {
            let signature = hasher.signature(of: item.text)
            for other in index.candidates(for: signature) {
                let similarity = Self.jaccard(shingleSets[position], shingleSets[other])
                guard similarity >= configuration.rewriteThreshold else { continue }
                pairs[position, default: []].append((other, similarity))
                pairs[other, default: []].append((position, similarity))
            }
            index.insert(position, signature: signature)
        }
        let exactKeys = items.map { Self.contentKey(of: $0.text) }
        return DuplicateChainBuilder(
            items: items, pairs: pairs, exactKeys: exactKeys, configuration: configuration,
            similarity: { Self.jaccard(shingleSets[$0], shingleSets[$1]) }
        ).groups()
    }

    /// A hash of the text's word sequence: equal for texts that differ only in case, spacing and punctuation.
    public static func contentKey(of text: String) -> UInt64 {
        var key: UInt64 = 0x2545_F491_4F6C_DD1D
        ShingleHasher(shingleSize: 1).forEachShingle(in: text) { key = ShingleHasher.mix(key ^ $0) }
        return key
    }

    /// Exact Jaccard similarity of two sorted, distinct hash lists.
    public static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        var i = 0
        var j = 0
        var shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }
}
