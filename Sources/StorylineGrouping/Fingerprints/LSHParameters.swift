/// How an LSH index cuts a signature: `bands` bands of `rows` values each.
///
/// Two signatures become candidates when all rows of at least one band agree, which for Jaccard
/// similarity s happens with probability 1 − (1 − s^rows)^bands: an S-curve around the threshold.
public struct LSHParameters: Sendable, Hashable, Codable {
    /// How many bands a signature is cut into; a pair is a candidate when one band agrees.
    public var bands: Int
    /// Signature values per band.
    public var rows: Int

    /// Parameters of `bands` bands of `rows` values.
    ///
    /// - Precondition: both are positive (see ``validate(bands:rows:)``).
    public init(bands: Int, rows: Int) {
        precondition(bands >= 1 && rows >= 1, "bands and rows must be positive")
        self.bands = bands
        self.rows = rows
    }

    /// Throws a ``FingerprintError`` unless `bands` and `rows` are positive.
    public static func validate(bands: Int, rows: Int) throws(FingerprintError) {
        guard bands >= 1 else {
            throw FingerprintError(code: .bands, message: "the number of LSH bands must be positive, not \(bands)")
        }
        guard rows >= 1 else {
            throw FingerprintError(code: .rows, message: "the rows per LSH band must be positive, not \(rows)")
        }
    }

    /// Throws a ``FingerprintError`` unless `threshold` is strictly between 0 and 1 and
    /// `permutations` in 1...4096: the values ``optimal(threshold:permutations:falsePositiveWeight:falseNegativeWeight:)``
    /// accepts.
    public static func validate(threshold: Double, permutations: Int) throws(FingerprintError) {
        guard threshold > 0 && threshold < 1 else {
            throw FingerprintError(
                code: .threshold,
                message: "the similarity threshold must be between 0 and 1 (exclusive), not \(threshold)")
        }
        guard MinHasher.permutationRange.contains(permutations) else {
            throw FingerprintError(
                code: .permutations, message: "permutations must be between 1 and 4096, not \(permutations)")
        }
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
                let falsePositives = integrate(from: 0, to: threshold) {
                    candidate.candidateProbability(similarity: $0)
                }
                let falseNegatives = integrate(from: threshold, to: 1) {
                    1 - candidate.candidateProbability(similarity: $0)
                }
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
