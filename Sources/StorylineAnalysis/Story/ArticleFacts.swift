import StorylineCore

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
    init(article: Article, reference: PublicationDate?) {
        let text = article.text
        numbers = NumberExtractor().numbers(in: text)
        dates = DateMentionResolver(reference: reference).dates(in: text)
        let recognizer = EntityRecognizer()
        entities = recognizer.mentions(in: text)
        acronyms = recognizer.acronyms(in: text)
        quotes = QuoteExtractor().quotes(in: text)
    }
}
