/// Precision, recall and F1 of a predicted clustering against gold labels.
public struct ClusteringScores: Sendable, Hashable, Codable {
    public struct Score: Sendable, Hashable, Codable {
        public var precision: Double
        public var recall: Double
        public var f1: Double

        init(precision: Double, recall: Double) {
            self.precision = precision
            self.recall = recall
            f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        }
    }

    /// BCubed (Bagga & Baldwin 1998): per item, the share of its predicted cluster that shares its gold
    /// label (precision) and the share of its gold cluster inside its predicted cluster (recall),
    /// averaged over items; F1 of the two averages.
    public var bcubed: Score
    /// Over all pairs of items: pairs put together that belong together, out of all pairs put
    /// together (precision) and out of all pairs that belong together (recall).
    public var pairwise: Score
    public var items: Int
    public var predictedClusters: Int
    public var goldClusters: Int

    /// Scores `predicted` against `gold`, position by position.
    ///
    /// - Complexity: O(n) plus the number of distinct (predicted, gold) label pairs.
    public init(predicted: [String], gold: [String]) {
        precondition(predicted.count == gold.count, "one predicted and one gold label per item")
        items = predicted.count
        var predictedSizes: [String: Int] = [:]
        var goldSizes: [String: Int] = [:]
        var overlap: [Pair: Int] = [:]
        for (p, g) in zip(predicted, gold) {
            predictedSizes[p, default: 0] += 1
            goldSizes[g, default: 0] += 1
            overlap[Pair(predicted: p, gold: g), default: 0] += 1
        }
        predictedClusters = predictedSizes.count
        goldClusters = goldSizes.count
        guard items > 0 else {
            bcubed = Score(precision: 0, recall: 0)
            pairwise = Score(precision: 0, recall: 0)
            return
        }
        // Every item in the cell (p, g) has |cell| items of its predicted cluster in its gold cluster.
        var precisionSum = 0.0
        var recallSum = 0.0
        var togetherAndRight = 0
        for (pair, count) in overlap {
            precisionSum += Double(count * count) / Double(predictedSizes[pair.predicted]!)
            recallSum += Double(count * count) / Double(goldSizes[pair.gold]!)
            togetherAndRight += count * (count - 1) / 2
        }
        bcubed = Score(precision: precisionSum / Double(items), recall: recallSum / Double(items))
        let together = predictedSizes.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        let belong = goldSizes.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        pairwise = Score(
            precision: together > 0 ? Double(togetherAndRight) / Double(together) : 1,
            recall: belong > 0 ? Double(togetherAndRight) / Double(belong) : 1)
    }

    private struct Pair: Hashable {
        var predicted: String
        var gold: String
    }
}
