/// A MinHash signature: one 32-bit minimum per permutation (bin). Equal positions estimate Jaccard similarity.
public struct MinHashSignature: Sendable, Hashable, Codable {
    public var values: [UInt32]

    public init(values: [UInt32]) { self.values = values }

    /// The estimated Jaccard similarity of the two shingle sets: the share of positions that agree.
    ///
    /// - Complexity: O(k) for k permutations.
    @inlinable
    public func estimatedJaccard(with other: MinHashSignature) -> Double {
        precondition(values.count == other.values.count, "signatures of different sizes")
        guard !values.isEmpty else { return 0 }
        var equal = 0
        values.withUnsafeBufferPointer { lhs in
            other.values.withUnsafeBufferPointer { rhs in
                for index in 0..<lhs.count where lhs[index] == rhs[index] { equal += 1 }
            }
        }
        return Double(equal) / Double(values.count)
    }
}
