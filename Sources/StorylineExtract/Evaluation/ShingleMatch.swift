/// The article-extraction-benchmark comparison of an extracted text with the gold text.
///
/// Both texts become `\w+` tokens (``ExtractionTokenizer``) and then 4-token shingles, counted as
/// multisets. True positives are the shared shingles, false positives the extra ones, false negatives
/// the missing ones; the three are divided by their sum so every page weighs the same. A text shorter
/// than four tokens is one shingle of all its tokens.
public struct ShingleMatch: Sendable, Hashable {
    public var truePositives: Double
    public var falsePositives: Double
    public var falseNegatives: Double

    /// Compares `predicted` with `gold` using shingles of `size` tokens.
    public init(gold: String, predicted: String, size: Int = 4) {
        let goldShingles = Self.shingles(gold, size: size)
        let predictedShingles = Self.shingles(predicted, size: size)
        var shared = 0
        for (shingle, count) in predictedShingles {
            shared += min(count, goldShingles[shingle] ?? 0)
        }
        let predictedTotal = predictedShingles.values.reduce(0, +)
        let goldTotal = goldShingles.values.reduce(0, +)
        let tp = Double(shared)
        let fp = Double(predictedTotal - shared)
        let fn = Double(goldTotal - shared)
        let sum = tp + fp + fn
        truePositives = sum > 0 ? tp / sum : 0
        falsePositives = sum > 0 ? fp / sum : 0
        falseNegatives = sum > 0 ? fn / sum : 0
    }

    /// Precision as the benchmark defines it (1 when nothing is wrong, 0 when nothing is right).
    public var precision: Double {
        if falsePositives == 0 && falseNegatives == 0 { return 1 }
        if truePositives == 0 && falsePositives == 0 { return 0 }
        return truePositives / (truePositives + falsePositives)
    }

    /// Recall as the benchmark defines it.
    public var recall: Double {
        if falsePositives == 0 && falseNegatives == 0 { return 1 }
        if truePositives == 0 && falseNegatives == 0 { return 0 }
        return truePositives / (truePositives + falseNegatives)
    }

    /// The shingle multiset of `text`; shingles are joined with U+0001, which no token contains.
    static func shingles(_ text: String, size: Int) -> [String: Int] {
        let tokens = ExtractionTokenizer.words(text)
        var counts: [String: Int] = [:]
        guard !tokens.isEmpty else { return counts }
        let last = max(1, tokens.count - size + 1)
        for start in 0..<last {
            let shingle = tokens[start..<min(tokens.count, start + size)].joined(separator: "\u{1}")
            counts[shingle, default: 0] += 1
        }
        return counts
    }

    /// The benchmark's corpus score: precision averaged over pages that predicted something or had
    /// something to find (`tp + fp > 0`), recall over pages with `tp + fn > 0`, F1 of the two averages.
    public static func corpusScore(_ matches: [ShingleMatch]) -> (precision: Double, recall: Double, f1: Double) {
        let precisions = matches.filter { $0.truePositives + $0.falsePositives > 0 }.map(\.precision)
        let recalls = matches.filter { $0.truePositives + $0.falseNegatives > 0 }.map(\.recall)
        let precision = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        let recall = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        return (precision, recall, f1)
    }
}
