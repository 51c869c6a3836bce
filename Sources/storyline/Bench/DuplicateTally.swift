/// How well LSH plus verification found the corpus's labelled duplicates.
struct DuplicateTally: Sendable {
    /// Labelled (copy, source) pairs of one kind: how many, how many found, their exact similarity.
    struct VariantTally: Sendable {
        var pairs = 0
        var found = 0
        var exactSum = 0.0
        var exactCount = 0

        var recall: Double { pairs == 0 ? 0 : Double(found) / Double(pairs) }
        var meanExactJaccard: Double? { exactCount == 0 ? nil : exactSum / Double(exactCount) }

        mutating func add(found isFound: Bool, exactJaccard: Double?) {
            pairs += 1
            if isFound { found += 1 }
            if let exactJaccard {
                exactSum += exactJaccard
                exactCount += 1
            }
        }
    }

    var threshold: Double
    /// Article pairs that shared at least one band.
    var candidatePairs = 0
    /// Candidate pairs whose estimated Jaccard similarity reached the threshold.
    var verifiedPairs = 0
    /// Verified pairs whose articles share a gold story.
    var sameStoryPairs = 0
    /// Labelled pairs by variant (exact, near, heavy).
    var variants: [String: VariantTally] = [:]
    /// Labelled pairs whose exact Jaccard similarity is at least the threshold.
    var aboveThreshold = VariantTally()

    init(threshold: Double) { self.threshold = threshold }

    /// Verified pairs that are gold duplicates (same story).
    var precision: Double { verifiedPairs == 0 ? 1 : Double(sameStoryPairs) / Double(verifiedPairs) }
}
