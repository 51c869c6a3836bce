/// Settings of duplicate detection; ``validate()`` says what is out of range.
public struct DuplicateConfiguration: Sendable, Hashable, Codable {
    /// MinHash signature length.
    public var permutations = 128
    /// Words per shingle.
    public var shingleSize = 5
    /// Verified Jaccard similarity at or above which a pair is a near-duplicate.
    public var nearThreshold = 0.8
    /// Verified Jaccard similarity at or above which a pair is a rewrite; LSH is tuned to it.
    public var rewriteThreshold = 0.3

    public init() {}

    /// The kind of a verified pair: `exact` when the texts have the same word sequence, else by similarity.
    public func kind(similarity: Double, sameText: Bool) -> DuplicateKind {
        if sameText { return .exact }
        return similarity >= nearThreshold ? .near : .rewrite
    }

    /// Problems with the values, one message each; empty when the configuration is usable.
    public func problems() -> [String] {
        var problems: [String] = []
        if !(16...1024).contains(permutations) { problems.append("permutations must be in 16...1024 (got \(permutations))") }
        if !(1...16).contains(shingleSize) { problems.append("shingle size must be in 1...16 (got \(shingleSize))") }
        if !(rewriteThreshold > 0 && rewriteThreshold < 1) {
            problems.append("rewrite threshold must be in (0, 1) (got \(rewriteThreshold))")
        }
        if !(nearThreshold > rewriteThreshold && nearThreshold <= 1) {
            problems.append("near threshold must be above the rewrite threshold and at most 1 (got \(nearThreshold))")
        }
        return problems
    }
}
