import StorylineCore
import StorylineText

/// The sentences of one text, for finding the sentence around a fact by its offset.
///
/// ```swift
/// let context = FactContext(text: "NATO met. It agreed on 700 troops.")
/// context.sentence(containing: 25)?.text  // "It agreed on 700 troops."
/// ```
public struct FactContext: Sendable {
    /// The sentences of the text, in order, with offsets in Unicode scalars.
    public let sentences: [TextSpan]

    /// Splits `text` into sentences once.
    public init(text: String) {
        sentences = SentenceSplitter().sentences(in: text)
    }

    /// A context over sentences the caller already split.
    public init(sentences: [TextSpan]) {
        self.sentences = sentences
    }

    /// The sentence whose span holds `offset`, or nil when the offset falls between sentences.
    /// Complexity: O(log n) in the number of sentences.
    public func sentence(containing offset: Int) -> TextSpan? {
        sentenceIndex(containing: offset).map { sentences[$0] }
    }

    /// The index in ``sentences`` of the sentence holding `offset`, or nil.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].end <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < sentences.count, sentences[low].start <= offset else { return nil }
        return low
    }
}
