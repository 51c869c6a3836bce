/// The sentences of a story's articles and the statements they align into.
public struct StatementAlignment: Sendable {
    /// Every sentence of every article, in article order then text order.
    public var sentences: [StorySentence]
    /// Aligned statements: indices into `sentences`, at most one sentence per article, in article
    /// order. Sentences no other source carries form groups of one.
    public var statements: [[Int]]
    /// Similarity of sentence pairs (those above the alignment's floor).
    public var scores: SimilarityGraph

    /// The statement each sentence belongs to.
    public var statementOfSentence: [Int] {
        var result = Array(repeating: -1, count: sentences.count)
        for (statement, members) in statements.enumerated() {
            for member in members { result[member] = statement }
        }
        return result
    }

    /// The number of distinct articles that carry `statement`.
    public func support(of statement: Int) -> Int {
        Set(statements[statement].map { sentences[$0].articleIndex }).count
    }

    /// The member most similar to the others (ties: the earliest article), used as its wording.
    public func representative(of statement: Int) -> Int {
        let members = statements[statement]
        var best = members[0]
        var bestScore = -1.0
        for member in members {
            var total = 0.0
            for other in members where other != member {
                total += scores.similarity(member, other)
            }
            if total > bestScore + 1e-9 {
                best = member
                bestScore = total
            }
        }
        return best
    }
}
