import Dispatch
import StorylineCore
import StorylineGrouping

/// Compares the sources of one story statement by statement and builds its ``StoryReport``.
///
/// A plain synchronous value-in/value-out stage: articles in, report out. The steps — alignment,
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

    /// Analyses one story. `duplicates` are the copy chains among its articles, when known.
    public func analyze(storyID: String, articles unordered: [Article], duplicates: [DuplicateGroup] = []) -> StoryReport {
        let articles = Self.publicationOrder(unordered)
        let alignment = aligner.align(articles)
        let core = CoreStatements(alignment: alignment, articles: articles)
        let storyReference = StoryContext.referenceDate(of: articles)
        var sentencesOfArticle = Array(repeating: [TextSpan](), count: articles.count)
        for sentence in alignment.sentences { sentencesOfArticle[sentence.articleIndex].append(sentence.span) }
        let facts = Self.facts(of: articles, sentences: sentencesOfArticle, storyReference: storyReference)
        let story = StoryContext(articles: articles, alignment: alignment, facts: facts)
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

    /// The facts of every article. Articles are independent, so a story with many sources spreads
    /// them over the cores (the same per-document parallelism as the reading pipeline).
    static func facts(of articles: [Article], sentences: [[TextSpan]], storyReference: PublicationDate?) -> [ArticleFacts] {
        let results = ParallelSlots<ArticleFacts>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { index in
            let article = articles[index]
            results.set(
                index,
                ArticleFacts(article: article, reference: article.published ?? storyReference, sentences: sentences[index]))
        }
        return results.values
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
