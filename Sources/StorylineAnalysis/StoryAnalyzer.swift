import StorylineCore
import StorylineGrouping

/// Compares the sources of one story statement by statement and builds its ``StoryReport``.
///
/// A plain value-in/value-out stage: articles in, report out (synchronously, or with the
/// per-article steps spread over the cores by the `async` overload). The steps — alignment,
/// common core and unique passages, quotes and their variants, typed facts and discrepancies,
/// entities, timeline, summary — each live in their own type; this one only wires them.
///
/// ```swift
/// let report = StoryAnalyzer().analyze(storyID: "s1", articles: articles)
/// report.common.first?.articles  // ids of the sources that carry the first common statement
/// ```
public struct StoryAnalyzer: Sendable {
    public var aligner: StatementAligner
    public var summarizer: Summarizer

    public init(aligner: StatementAligner = StatementAligner(), summarizer: Summarizer = Summarizer()) {
        self.aligner = aligner
        self.summarizer = summarizer
    }

    /// Analyses one story on the calling thread. `duplicates` are the copy chains among its articles,
    /// when known.
    public func analyze(storyID: String, articles unordered: [Article], duplicates: [DuplicateGroup] = []) -> StoryReport {
        let articles = Self.publicationOrder(unordered)
        let reference = StoryContext.referenceDate(of: articles)
        let perArticle = articles.indices.map { Self.prepare(articles[$0], at: $0, storyReference: reference) }
        return report(storyID: storyID, articles: articles, prepared: perArticle, duplicates: duplicates)
    }

    /// Analyses one story, reading its articles (sentences, names, quotes, numbers, dates) on all
    /// cores: a story with many sources is mostly per-article work. Same result as the synchronous
    /// call.
    public func analyze(
        storyID: String, articles unordered: [Article], duplicates: [DuplicateGroup] = []
    ) async -> StoryReport {
        let articles = Self.publicationOrder(unordered)
        let reference = StoryContext.referenceDate(of: articles)
        let perArticle = await ParallelMap.map(Array(articles.indices), chunkSize: 2) { index in
            Self.prepare(articles[index], at: index, storyReference: reference)
        }
        return report(storyID: storyID, articles: articles, prepared: perArticle, duplicates: duplicates)
    }

    /// What one article contributes on its own: its sentences with their terms, and its facts.
    static func prepare(_ article: Article, at index: Int, storyReference: PublicationDate?)
        -> ([StorySentence], ArticleFacts)
    {
        let sentences = StatementAligner.sentences(of: article, at: index)
        let facts = ArticleFacts(
            article: article, reference: article.published ?? storyReference, sentences: sentences.map(\.span))
        return (sentences, facts)
    }

    /// The story-level steps, over articles in publication order and what each contributes.
    private func report(
        storyID: String, articles: [Article], prepared: [([StorySentence], ArticleFacts)], duplicates: [DuplicateGroup]
    ) -> StoryReport {
        let alignment = aligner.align(sentences: prepared.flatMap(\.0))
        let core = CoreStatements(alignment: alignment, articles: articles)
        let story = StoryContext(articles: articles, alignment: alignment, facts: prepared.map(\.1))
        let entities = EntityAggregator().entities(of: story)
        let quotes = QuoteReportBuilder().quotes(of: story, entities: entities)
        let discrepancies = DiscrepancyFinder().discrepancies(in: story, quotes: quotes)
        return StoryReport(
            id: storyID,
            title: Self.title(of: articles, alignment: alignment),
            articles: articles.map(ReportArticle.init(article:)),
            duplicates: duplicates,
            common: core.common,
            unique: core.unique,
            omissions: core.omissions,
            quotes: quotes,
            discrepancies: discrepancies,
            entities: entities,
            timeline: TimelineBuilder().timeline(of: story, discrepancies: discrepancies),
            summary: summarizer.summary(
                of: alignment, articles: articles,
                avoiding: story.quotedSentences().union(story.minorityEvidence(of: discrepancies)))
        )
    }

    /// Publication order; undated articles last, ties by id.
    static func publicationOrder(_ articles: [Article]) -> [Article] {
        articles.sorted { a, b in
            switch (a.published, b.published) {
            case let (x?, y?) where x != y: x < y
            case (.some, nil): true
            case (nil, .some): false
            default: a.id < b.id
            }
        }
    }

    /// The title of the earliest article that has one, else the first sentence.
    static func title(of articles: [Article], alignment: StatementAlignment) -> String {
        if let title = articles.lazy.compactMap(\.title).first(where: { !$0.isEmpty }) { return title }
        return alignment.sentences.first?.span.text ?? ""
    }
}
