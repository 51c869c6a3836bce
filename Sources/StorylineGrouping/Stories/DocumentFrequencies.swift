import Foundation

/// How many articles contain each term, for inverse-document-frequency weights.
public struct DocumentFrequencies: Sendable, Hashable {
    public private(set) var documents = 0
    public private(set) var counts: [UInt64: Int32] = [:]

    public init() {}

    public init(documents: Int, counts: [UInt64: Int32]) {
        self.documents = documents
        self.counts = counts
    }

    /// Counts one more article with `terms`.
    public mutating func add(_ terms: ArticleTerms) {
        documents += 1
        for term in terms.frequencies.keys { counts[term, default: 0] += 1 }
    }

    /// Smoothed inverse document frequency, log((N + 1) / (df + 1)); 0 for a term every article has.
    public func idf(_ term: UInt64) -> Float {
        let frequency = Float(counts[term] ?? 0)
        return max(0, log((Float(documents) + 1) / (frequency + 1)))
    }

    /// The unit TF-IDF vector of `terms`, with sub-linear term frequency 1 + log(tf).
    public func vector(_ terms: ArticleTerms) -> TermVector {
        var weights: [UInt64: Float] = [:]
        weights.reserveCapacity(terms.frequencies.count)
        for (term, frequency) in terms.frequencies {
            let weight = (1 + log(frequency)) * idf(term)
            if weight > 0 { weights[term] = weight }
        }
        return TermVector(weights: weights)
    }
}
