import StorylineCore
import StorylineText

/// Everything the attribution rules need to know about one text, computed once.
struct QuoteContext {
    let scalars: [Unicode.Scalar]
    let words: [NameWord]
    let mentions: [EntityMention]
    let resolver: EntityResolver
    let paragraphs: [Range<Int>]
    let sentences: [TextSpan]
    let spans: [QuoteSpan]

    init(text: String) {
        let scalars = Array(text.unicodeScalars)
        let sentences = SentenceSplitter().sentences(in: text)
        let words = NameWordScanner.words(in: scalars, sentenceStarts: Set(sentences.map(\.start)))
        self.init(
            scalars: scalars, sentences: sentences, words: words,
            mentions: EntityMentionBuilder(scalars: scalars, words: words).mentions())
    }

    /// A context from what the caller already computed for the same text.
    init(scalars: [Unicode.Scalar], sentences: [TextSpan], words: [NameWord], mentions: [EntityMention]) {
        self.scalars = scalars
        self.sentences = sentences
        self.words = words
        self.mentions = mentions
        resolver = EntityResolver(mentions: mentions)
        paragraphs = QuoteParagraphs.ranges(in: scalars)
        spans = QuoteSpanFinder(scalars: scalars, paragraphs: paragraphs).spans()
    }

    /// Whether `offset` lies between a pair of quote marks.
    func isQuoted(_ offset: Int) -> Bool {
        spans.contains { $0.open <= offset && offset < $0.outerEnd }
    }

    /// The index of the first word starting at or after `offset`.
    func firstWord(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = words.count
        while low < high {
            let mid = (low + high) / 2
            if words[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The words whose scalars lie in `range`.
    func wordRange(in range: Range<Int>) -> Range<Int> {
        let first = firstWord(atOrAfter: range.lowerBound)
        var last = first
        while last < words.count, words[last].end <= range.upperBound { last += 1 }
        return first..<last
    }

    /// The sentence containing `offset`, or an empty range at it.
    func sentence(containing offset: Int) -> Range<Int> {
        for sentence in sentences where sentence.start <= offset && offset < sentence.end {
            return sentence.start..<sentence.end
        }
        return offset..<offset
    }

    /// The speaker name a mention stands for: a person's canonical name or an organisation's name.
    func speakerName(of mentionIndex: Int) -> String? {
        let mention = resolver.mentions[mentionIndex]
        switch mention.kind {
        case .person: return resolver.canonicalNames[mentionIndex]
        case .organization: return mention.name
        default: return nil
        }
    }

    /// The text between two offsets, trimmed.
    func text(_ range: Range<Int>) -> String { NameScalars.string(scalars, range).trimmingSpaces }
}
