/// Word-level precision, recall and F1 of an extracted text against the gold text (the WCXB metric).
///
/// Words are ``ExtractionTokenizer`` tokens, lower-cased, compared as multisets (bag of words).
public struct WordOverlap: Sendable, Hashable {
    public var precision: Double
    public var recall: Double

    public init(gold: String, predicted: String) {
        let goldCounts = Self.counts(gold)
        let predictedCounts = Self.counts(predicted)
        var shared = 0
        for (word, count) in predictedCounts { shared += min(count, goldCounts[word] ?? 0) }
        let predictedTotal = predictedCounts.values.reduce(0, +)
        let goldTotal = goldCounts.values.reduce(0, +)
        if predictedTotal == 0 && goldTotal == 0 {
            precision = 1
            recall = 1
        } else {
            precision = predictedTotal == 0 ? 0 : Double(shared) / Double(predictedTotal)
            recall = goldTotal == 0 ? 0 : Double(shared) / Double(goldTotal)
        }
    }

    public var f1: Double {
        precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    static func counts(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for word in ExtractionTokenizer.words(text) { counts[word.lowercased(), default: 0] += 1 }
        return counts
    }
}
