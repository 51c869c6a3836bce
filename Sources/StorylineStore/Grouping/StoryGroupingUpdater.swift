import StorylineCore
import StorylineGrouping

/// Places stored articles that are not yet in a story, finds their duplicates, and writes both.
///
/// Works incrementally and keeps its state between calls: the stories active around the new
/// articles' time (newest article within the window) are loaded from the store once and then kept
/// in memory, so an ingest of many batches never reprocesses what it already placed, old stories
/// cost nothing, and memory stays bounded on an endless stream (stories leave the index when their
/// window has passed). Manual splits are respected (their stories are never merged back); manual
/// merges are already in the stored assignments. Each batch is written in one transaction, and an
/// interrupted run leaves its articles ungrouped for the next run to finish. One updater assumes it
/// is the only writer of stories while it lives.
///
/// ```swift
/// let updater = StoryGroupingUpdater()
/// let summary = try await updater.groupPending(in: store)
/// ```
///
/// An actor: its state lives across the awaits of store reads, so it must not be shared unguarded.
public actor StoryGroupingUpdater {
    public let stories: StoryConfiguration
    public let duplicates: DuplicateConfiguration
    /// How far back (seconds) a new article looks for the articles it may copy.
    public let duplicateWindowSeconds: Int
    /// Articles grouped per transaction.
    public let batchSize: Int

    private var clusterer: StoryClusterer?
    /// Stories whose newest article is at or after this time are in the clusterer.
    private var storiesSince = Int.max
    private var termsWithStoredCounts: Set<UInt32> = []
    private var mergesWritten = 0
    private var copies: CopyIndex

    public init(
        stories: StoryConfiguration = StoryConfiguration(), duplicates: DuplicateConfiguration = DuplicateConfiguration(),
        duplicateWindowSeconds: Int = 14 * 86_400, batchSize: Int = 1000
    ) {
        precondition(stories.problems().isEmpty && duplicates.problems().isEmpty, "invalid configuration")
        self.stories = stories
        self.duplicates = duplicates
        self.duplicateWindowSeconds = duplicateWindowSeconds
        self.batchSize = batchSize
        copies = CopyIndex(configuration: duplicates)
    }

    /// Groups every ungrouped article of `store`, a batch at a time.
    public func groupPending(in store: ArticleStore) async throws(StoreError) -> GroupingSummary {
        var summary = GroupingSummary()
        while true {
            let pending = try await store.ungroupedArticles(limit: batchSize)
            guard !pending.isEmpty else { return summary }
            summary += try await group(pending, in: store)
        }
    }

    private func group(_ articles: [GroupingArticle], in store: ArticleStore) async throws(StoreError) -> GroupingSummary {
        let extractor = TermExtractor()
        let newTerms = await ParallelMap.map(articles, chunkSize: 8) {
            extractor.terms(title: $0.title, text: $0.text, display: true)
        }
        let latest = try await store.latestPublished()
        let earliestNew = articles.compactMap(\.time).min() ?? latest ?? 0
        let horizon = min(earliestNew, latest ?? earliestNew) - stories.windowSeconds
        if clusterer == nil {
            let documents = try await store.documentFrequencies(of: []).documents
            var clusterer = StoryClusterer(
                configuration: stories, frequencies: DocumentFrequencies(documents: documents, counts: [:],
                                                                          priorDocuments: stories.priorDocuments))
            clusterer.keptApart = try await store.keptApartPairs()
            self.clusterer = clusterer
        }
        try await loadStories(since: horizon, from: store, extractor: extractor)

        var update = GroupingUpdate()
        update.documents = articles.count
        for terms in newTerms { for term in terms.terms { update.termCounts[term, default: 0] += 1 } }
        let unknown = Set(update.termCounts.keys).subtracting(termsWithStoredCounts)
        let stored = try await store.documentFrequencies(of: unknown)
        clusterer!.frequencies.include(storedCounts: stored.counts)
        termsWithStoredCounts.formUnion(unknown)
        for terms in newTerms { clusterer!.frequencies.add(terms) }

        let order = articles.indices.sorted { (articles[$0].time ?? .max, $0) < (articles[$1].time ?? .max, $1) }
        for index in order {
            let article = StoryClusterer.Article(id: articles[index].id, terms: newTerms[index], time: articles[index].time)
            update.placements.append(clusterer!.add(article))
        }
        update.merges = Array(clusterer!.merges.dropFirst(mergesWritten))
        mergesWritten = clusterer!.merges.count
        var summary = GroupingSummary()
        summary.articles = articles.count
        summary.merges = update.merges.count
        summary.newStories = update.placements.filter { $0.evidence == nil }.count

        let hasher = MinHasher(permutations: duplicates.permutations, shingleSize: duplicates.shingleSize)
        let signatures = await ParallelMap.map(articles, chunkSize: 16) { hasher.signature(of: $0.text) }
        let copyHorizon = earliestNew - duplicateWindowSeconds
        if copyHorizon < copies.since {
            copies.add(stored: try await store.signatures(since: copyHorizon), since: copyHorizon)
        }
        let candidates = copies.candidates(for: articles, signatures: signatures, order: order)
        let newIDs = Set(articles.map(\.id))
        var texts = try await store.texts(of: Array(Set(candidates.values.flatMap { $0.map(\.id) }).subtracting(newIDs)))
        for article in articles { texts[article.id] = article.text }
        update.duplicateLinks = copies.links(for: articles, order: order, candidates: candidates, texts: texts)
        update.signatures = zip(articles, signatures).map { ($0.id, $1) }
        summary.duplicateLinks = update.duplicateLinks.count
        try await store.apply(update)
        return summary
    }

    /// Restores into the clusterer the stored stories active since `horizon` that it does not hold
    /// yet, with the stored document frequencies of their terms.
    private func loadStories(
        since horizon: Int, from store: ArticleStore, extractor: TermExtractor
    ) async throws(StoreError) {
        guard horizon < storiesSince else { return }
        let active = try await store.activeStoryArticles(since: horizon)
        let missing = active.filter { !clusterer!.contains(story: $0.key) }.sorted { $0.key < $1.key }
        storiesSince = horizon
        let terms = await ParallelMap.map(missing, chunkSize: 1) { story in
            story.value.map { extractor.terms(title: $0.title, text: $0.text) }
        }
        var allTerms = Set<UInt32>()
        for story in terms { for article in story { allTerms.formUnion(article.terms) } }
        let stored = try await store.documentFrequencies(of: allTerms.subtracting(termsWithStoredCounts))
        clusterer!.frequencies.include(storedCounts: stored.counts)
        termsWithStoredCounts.formUnion(allTerms)
        for (position, story) in missing.enumerated() {
            let members = zip(story.value, terms[position]).map {
                StoryClusterer.Article(id: $0.0.id, terms: $0.1, time: $0.0.time)
            }
            clusterer!.restore(story: story.key, articles: members)
        }
    }
}
