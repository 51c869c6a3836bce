import StorylineGrouping

/// The corpus's gold labels as the benchmark reads them: each article's story and each copy's source.
struct GoldLabels {
    /// A copy and the article it was made from.
    struct LabelledPair {
        var copy: Int32
        var source: Int32
        var variant: String
        /// The exact Jaccard similarity of their shingle sets, when the source was still at hand.
        var exactJaccard: Double?
    }

    private var storyNumbers: [String: Int32] = [:]
    private var articleNumbers: [String: Int32] = [:]
    private(set) var stories: [Int32] = []
    private(set) var pairs: [LabelledPair] = []

    /// Records article `number`; `exactJaccard` gives its similarity to an earlier article by number.
    mutating func add(_ record: BenchRecord, number: Int, exactJaccard: (Int) -> Double?) {
        articleNumbers[record.id] = Int32(number)
        if let story = record.story {
            let next = Int32(storyNumbers.count)
            stories.append(storyNumbers[story, default: next])
            if storyNumbers[story] == nil { storyNumbers[story] = next }
        } else {
            stories.append(-1 - Int32(number))
        }
        if let duplicateOf = record.dupOf, let source = articleNumbers[duplicateOf] {
            pairs.append(
                LabelledPair(
                    copy: Int32(number), source: source, variant: record.variant ?? "copy",
                    exactJaccard: exactJaccard(Int(source))))
        }
    }

    /// Finds duplicates as a deduplicator would (LSH candidates of each article among the others,
    /// kept when the estimated Jaccard similarity reaches `threshold`) and scores them.
    func score(signatures: [MinHashSignature], index: LSHIndex, threshold: Double) -> DuplicateTally {
        var tally = DuplicateTally(threshold: threshold)
        var found = Set<UInt64>()
        for (number, signature) in signatures.enumerated() {
            for other in index.candidates(for: signature) where other < number {
                tally.candidatePairs += 1
                guard signature.estimatedJaccard(with: signatures[other]) >= threshold else { continue }
                tally.verifiedPairs += 1
                if stories[number] == stories[other] { tally.sameStoryPairs += 1 }
                found.insert(UInt64(number) << 32 | UInt64(other))
            }
        }
        for pair in pairs {
            let isFound = found.contains(UInt64(pair.copy) << 32 | UInt64(pair.source))
            tally.variants[pair.variant, default: DuplicateTally.VariantTally()].add(
                found: isFound, exactJaccard: pair.exactJaccard)
            if let exact = pair.exactJaccard, exact >= threshold {
                tally.aboveThreshold.add(found: isFound, exactJaccard: exact)
            }
        }
        return tally
    }
}
