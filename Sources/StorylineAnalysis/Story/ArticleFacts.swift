import StorylineText
import StorylineCore
import StorylineExtract

/// What the fact extractors found in one article's clean text: the per-article input of the
/// story-level steps (discrepancies, entities, timeline, quotes).
struct ArticleFacts: Sendable {
    var numbers: [NumberMention]
    var dates: [DateMention]
    var entities: [EntityMention]
    var acronyms: [AcronymDefinition]
    var quotes: [QuoteMention]

    /// Runs every extractor on `article`. Relative dates resolve against `reference`: the article's
    /// own publication date, or the story's when the article has none.
    /// `sentences` are the article's sentences, already split for alignment: names and quotes reuse
    /// them (and one scan of name words) instead of splitting again.
    init(article: Article, reference: PublicationDate?, sentences: [TextSpan]) {
        let text = article.text
        let scalars = Array(text.unicodeScalars)
        // One tokenisation and one date parse serve both the number and the date readers.
        let tokens = ScalarRunTokenizer.tokens(of: text)
        let written = DateTextParser().allDates(in: tokens, referenceYear: reference?.year ?? 2000)
        numbers = NumberExtractor().numbers(tokens: tokens, scalars: scalars, dates: written)
        dates = DateMentionResolver(reference: reference).dates(
            scalars: scalars, tokens: tokens, context: FactContext(sentences: sentences),
            written: reference == nil ? DateTextParser().allDates(in: tokens, referenceYear: nil) : written)
        let words = NameWordScanner.words(in: scalars, sentenceStarts: Set(sentences.map(\.start)))
        entities = EntityMentionBuilder(scalars: scalars, words: words).mentions()
        acronyms = AcronymFinder(scalars: scalars, words: words).definitions()
        quotes = QuoteAttributor(
            context: QuoteContext(scalars: scalars, sentences: sentences, words: words, mentions: entities)
        ).quotes()
    }
}
