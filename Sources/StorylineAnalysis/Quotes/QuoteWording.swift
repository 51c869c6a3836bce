import StorylineText

/// A quote's words prepared for comparison: all words for diffs, content stems for overlap.
struct QuoteWording: Sendable, Hashable {
    let words: [String]
    let stems: Set<String>
    /// Pairs of consecutive words: shared wording, where shared stems only show a shared topic.
    let bigrams: Set<[String]>

    init(_ text: String) {
        words = WordDiff.words(in: text)
        stems = Set(words.filter { !StopWords.contains($0) && $0.count > 1 }.map(Stemmer.stem))
        bigrams = Set(zip(words, words.dropFirst()).map { [$0, $1] })
    }

    /// Shared word pairs over the smaller set of pairs.
    func bigramContainment(with other: QuoteWording) -> Double {
        let smaller = min(bigrams.count, other.bigrams.count)
        return smaller == 0 ? 0 : Double(bigrams.intersection(other.bigrams).count) / Double(smaller)
    }

    /// Shared content stems over the smaller set: containment, so a partial quote matches the full one.
    func containment(with other: QuoteWording) -> (shared: Int, ratio: Double) {
        let shared = stems.intersection(other.stems).count
        let smaller = min(stems.count, other.stems.count)
        return (shared, smaller == 0 ? 0 : Double(shared) / Double(smaller))
    }

    /// How much of this wording is the main wording's exact words: words in equal runs of two or more,
    /// over the longer of this wording and the stretch of the main wording it aligns with.
    func verbatimShare(of main: QuoteWording, diff: [WordDiffOperation]) -> Double {
        var matched = 0
        var alignedMain = 0
        var pendingMain = 0
        var seenEqual = false
        for operation in diff {
            switch operation.kind {
            case .equal:
                if operation.words.count >= 2 { matched += operation.words.count }
                alignedMain += (seenEqual ? pendingMain : 0) + operation.words.count
                pendingMain = 0
                seenEqual = true
            case .delete:
                pendingMain += operation.words.count
            case .insert:
                break
            }
        }
        let denominator = max(words.count, alignedMain)
        return denominator == 0 ? 0 : Double(matched) / Double(denominator)
    }
}
