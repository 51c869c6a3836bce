import Foundation

/// TF-IDF cosine similarity between the sentences of one story, computed through an inverted index so
/// that only sentences sharing a term are compared.
///
/// Weights are inverse sentence frequencies within the story (`ln(1 + S / df)`): a name every
/// sentence repeats counts little, a rare detail counts much. Terms are binary (a sentence rarely
/// repeats a content word). Complexity: O(Σ postings²) in the worst case, linear in practice.
struct SentenceSimilarity {
    let weights: [String: Double]
    private let norms: [Double]
    private let termIDs: [[Int]]
    private let idWeights: [Double]
    private let postings: [[Int]]

    init(sentences: [StorySentence]) {
        var ids: [String: Int] = [:]
        var frequencies: [Int] = []
        var termIDs: [[Int]] = []
        termIDs.reserveCapacity(sentences.count)
        for sentence in sentences {
            var row: [Int] = []
            for term in sentence.terms {
                let id: Int
                if let known = ids[term] {
                    id = known
                } else {
                    id = frequencies.count
                    ids[term] = id
                    frequencies.append(0)
                }
                frequencies[id] += 1
                row.append(id)
            }
            termIDs.append(row)
        }
        let count = Double(max(sentences.count, 1))
        let idWeights = frequencies.map { Foundation.log(1 + count / Double($0)) }
        var postings = Array(repeating: [Int](), count: frequencies.count)
        for (index, row) in termIDs.enumerated() {
            for id in row { postings[id].append(index) }
        }
        self.idWeights = idWeights
        self.termIDs = termIDs
        self.postings = postings
        norms = termIDs.map { row in row.reduce(0) { $0 + idWeights[$1] * idWeights[$1] }.squareRoot() }
        var weights: [String: Double] = [:]
        for (term, id) in ids { weights[term] = idWeights[id] }
        self.weights = weights
    }

    /// Pairs `(i, j, score)` with `i < j`, sentences from different articles, and score ≥ `minimum`.
    func pairs(of sentences: [StorySentence], minimum: Double) -> [(Int, Int, Double)] {
        var result: [(Int, Int, Double)] = []
        var dots = Array(repeating: 0.0, count: sentences.count)
        var touched: [Int] = []
        for i in sentences.indices where norms[i] > 0 {
            for id in termIDs[i] {
                let weight = idWeights[id] * idWeights[id]
                for j in postings[id] where j > i && sentences[j].articleIndex != sentences[i].articleIndex {
                    if dots[j] == 0 { touched.append(j) }
                    dots[j] += weight
                }
            }
            for j in touched {
                let score = dots[j] / (norms[i] * norms[j])
                if score >= minimum { result.append((i, j, score)) }
                dots[j] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return result
    }
}
