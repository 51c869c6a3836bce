import Foundation

/// How many articles contain each term, for inverse-document-frequency weights.
public struct DocumentFrequencies: Sendable {
    public private(set) var documents = 0
    /// Articles per term.
    public private(set) var counts = TermTable<Int32>(zero: 0)
    /// Virtual documents that contain none of the terms: a prior that keeps IDF meaningful on small
    /// collections (with five articles about one event, every shared term would otherwise weigh 0).
    public var priorDocuments: Int

    public init(priorDocuments: Int = 0) {
        self.priorDocuments = priorDocuments
    }

    public init(documents: Int, counts: [UInt32: Int32], priorDocuments: Int = 0) {
        self.documents = documents
        self.counts = TermTable(zero: 0, capacity: counts.count)
        for (term, count) in counts { self.counts.set(term, count) }
        self.priorDocuments = priorDocuments
    }

    /// Takes stored counts for terms not counted yet (a store loads counts only for the terms in use).
    public mutating func include(storedCounts: [UInt32: Int32]) {
        for (term, count) in storedCounts where !counts.contains(term) { counts.set(term, count) }
    }

    /// Counts one more article with `terms`.
    public mutating func add(_ terms: ArticleTerms) {
        documents += 1
        for term in terms.terms { counts.update(term) { $0 += 1 } }
    }

    /// Smoothed inverse document frequency, log((N + N₀ + 1) / (df + 1)) with N₀ prior documents.
    public func idf(_ term: UInt32) -> Float {
        let frequency = Float(counts[term])
        return max(0, log((Float(documents + priorDocuments) + 1) / (frequency + 1)))
    }

    /// The unit TF-IDF vector of `terms`, with sub-linear term frequency 1 + log(tf).
    public func vector(_ terms: ArticleTerms) -> TermVector {
        var kept: [UInt32] = []
        var weights: [Float] = []
        kept.reserveCapacity(terms.terms.count)
        weights.reserveCapacity(terms.terms.count)
        var norm: Float = 0
        for index in terms.terms.indices {
            let weight = (1 + log(terms.frequency(at: index))) * idf(terms.terms[index])
            guard weight > 0 else { continue }
            kept.append(terms.terms[index])
            weights.append(weight)
            norm += weight * weight
        }
        norm = norm.squareRoot()
        if norm > 0 { for index in weights.indices { weights[index] /= norm } }
        return TermVector(terms: kept, weights: weights)
    }
}
