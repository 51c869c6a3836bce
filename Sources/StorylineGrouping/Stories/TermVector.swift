/// A sparse, L2-normalised term-weight vector: term hashes in increasing order with their weights.
public struct TermVector: Sendable, Hashable {
    public var terms: [UInt32]
    public var weights: [Float]

    public init(terms: [UInt32] = [], weights: [Float] = []) {
        precondition(terms.count == weights.count, "terms and weights differ in length")
        self.terms = terms
        self.weights = weights
    }

    /// Builds a vector from unsorted weights, normalising it to unit length.
    public init(weights byTerm: [UInt32: Float]) {
        let sorted = byTerm.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        var norm: Float = 0
        for (_, weight) in sorted { norm += weight * weight }
        norm = norm.squareRoot()
        terms = sorted.map(\.key)
        weights = sorted.map { norm > 0 ? $0.value / norm : 0 }
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// The dot product with `other` (the cosine similarity, both being unit vectors).
    ///
    /// - Complexity: O(n + m), a merge of the two sorted term lists.
    public func dot(_ other: TermVector) -> Float {
        var i = 0
        var j = 0
        var sum: Float = 0
        while i < terms.count && j < other.terms.count {
            let a = terms[i]
            let b = other.terms[j]
            if a == b {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// The terms both vectors have, with the product of their weights, largest first.
    public func sharedTerms(with other: TermVector) -> [(term: UInt32, contribution: Float)] {
        var shared: [(UInt32, Float)] = []
        var i = 0
        var j = 0
        while i < terms.count && j < other.terms.count {
            if terms[i] == other.terms[j] {
                shared.append((terms[i], weights[i] * other.weights[j]))
                i += 1
                j += 1
            } else if terms[i] < other.terms[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared.sorted { $0.1 > $1.1 }.map { (term: $0.0, contribution: $0.1) }
    }
}
