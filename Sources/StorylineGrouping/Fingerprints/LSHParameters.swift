/// How an LSH index cuts a signature: `bands` bands of `rows` values each.
///
/// Two signatures become candidates when all rows of at least one band agree, which for Jaccard
/// similarity s happens with probability 1 − (1 − s^rows)^bands: an S-curve around the threshold.
public struct LSHParameters: Sendable, Hashable, Codable {
    public var bands: Int
    public var rows: Int

    public init(bands: Int, rows: Int) {
        precondition(bands >= 1 && rows >= 1, "bands and rows must be positive")
        self.bands = bands
        self.rows = rows
    }

    /// The probability that two signatures with Jaccard similarity `similarity` become candidates.
    public func candidateProbability(similarity: Double) -> Double {
        1 - pow1(1 - pow1(similarity, rows), bands)
    }

    /// The bands and rows (bands × rows ≤ `permutations`) that minimise the weighted area of false
    /// positives below `threshold` and false negatives above it, as datasketch's `MinHashLSH` does.
    ///
    /// - Complexity: O(k² · steps) for k permutations; computed once per configuration.
    public static func optimal(
        threshold: Double, permutations: Int, falsePositiveWeight: Double = 0.5, falseNegativeWeight: Double = 0.5
    ) -> LSHParameters {
        precondition(threshold > 0 && threshold < 1, "threshold must be in (0, 1)")
        var best = LSHParameters(bands: 1, rows: permutations)
        var bestError = Double.infinity
        for bands in 1...permutations {
            for rows in 1...(permutations / bands) {
                let candidate = LSHParameters(bands: bands, rows: rows)
                let falsePositives = integrate(from: 0, to: threshold) { candidate.candidateProbability(similarity: $0) }
                let falseNegatives = integrate(from: threshold, to: 1) { 1 - candidate.candidateProbability(similarity: $0) }
                let error = falsePositiveWeight * falsePositives + falseNegativeWeight * falseNegatives
                if error < bestError {
                    bestError = error
                    best = candidate
                }
            }
        }
        return best
    }

    /// The trapezoid rule with 200 steps: smooth S-curves need no more.
    private static func integrate(from lower: Double, to upper: Double, _ function: (Double) -> Double) -> Double {
        let steps = 200
        let width = (upper - lower) / Double(steps)
        var sum = (function(lower) + function(upper)) / 2
        for step in 1..<steps { sum += function(lower + Double(step) * width) }
        return sum * width
    }
}

/// `base` to a non-negative whole `exponent`, by squaring (no Foundation `pow` needed).
func pow1(_ base: Double, _ exponent: Int) -> Double {
    var result = 1.0
    var factor = base
    var remaining = exponent
    while remaining > 0 {
        if remaining & 1 == 1 { result *= factor }
        factor *= factor
        remaining >>= 1
    }
    return result
}
