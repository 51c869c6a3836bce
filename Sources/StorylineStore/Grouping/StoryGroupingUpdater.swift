import StorylineCore
import StorylineGrouping

/// Places stored articles that are not yet in a story, finds their duplicates, and writes both.
///
/// Works incrementally: only ungrouped articles are processed; the stories active around their
/// time (newest article within the window) are rebuilt from the store, so old stories cost nothing
/// and memory stays bounded on an endless stream. Manual splits are respected (their stories are
/// never merged back); manual merges are already in the stored assignments. Each batch is written in
/// one transaction, and an interrupted run leaves its articles ungrouped for the next run to finish.
///
/// ```swift
/// let summary = try await StoryGroupingUpdater().groupPending(in: store)
/// ```
public struct StoryGroupingUpdater: Sendable {
    public var stories: StoryConfiguration
    public var duplicates: DuplicateConfiguration
    /// How far back (seconds) a new article looks for the articles it may copy.
    public var duplicateWindowSeconds: Int
    /// Articles grouped per transaction.
    public var batchSize: Int

    public init(
        stories: StoryConfiguration = StoryConfiguration(), duplicates: DuplicateConfiguration = DuplicateConfiguration(),
        duplicateWindowSeconds: Int = 14 * 86_400, batchSize: Int = 1000
    ) {
        self.stories = stories
        self.duplicates = duplicates
        self.duplicateWindowSeconds = duplicateWindowSeconds
        self.batchSize = batchSize
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
        let active = try await store.activeStoryArticles(since: min(earliestNew, latest ?? earliestNew) - stories.windowSeconds)
        let activeList = active.sorted { $0.key < $1.key }
        let activeTerms = await ParallelMap.map(activeList, chunkSize: 1) { story in
            story.value.map { extractor.terms(title: $0.title, text: $0.text) }
        }

        var update = GroupingUpdate()
        update.documents = articles.count
        for terms in newTerms { for term in terms.terms { update.termCounts[term, default: 0] += 1 } }
        var needed = Set(update.termCounts.keys)
        for story in activeTerms { for terms in story { needed.formUnion(terms.terms) } }
        let stored = try await store.documentFrequencies(of: needed)
        var counts = stored.counts
        for (term, count) in update.termCounts { counts[term, default: 0] += Int32(count) }
        let frequencies = DocumentFrequencies(
            documents: stored.documents + articles.count, counts: counts, priorDocuments: stories.priorDocuments)

        var clusterer = StoryClusterer(configuration: stories, frequencies: frequencies)
        clusterer.keptApart = try await store.keptApartPairs()
        for (position, story) in activeList.enumerated() {
            let members = zip(story.value, activeTerms[position]).map {
                StoryClusterer.Article(id: $0.0.id, terms: $0.1, time: $0.0.time)
            }
            clusterer.restore(story: story.key, articles: members)
        }
        let order = articles.indices.sorted { (articles[$0].time ?? .max, $0) < (articles[$1].time ?? .max, $1) }
        for index in order {
            let article = StoryClusterer.Article(id: articles[index].id, terms: newTerms[index], time: articles[index].time)
            update.placements.append(clusterer.add(article))
        }
        update.merges = clusterer.merges
        let existing = Set(active.keys)
        var summary = GroupingSummary()
        summary.articles = articles.count
        summary.merges = update.merges.count
        summary.newStories = Set(update.placements.map(\.story)).subtracting(existing).count

        let (signatures, links) = try await duplicateLinks(for: articles, order: order, in: store)
        update.signatures = signatures
        update.duplicateLinks = links
        summary.duplicateLinks = links.count
        try await store.apply(update)
        return summary
    }

    /// Signatures of the new articles and, for each that copies an earlier article, its link.
    private func duplicateLinks(
        for articles: [GroupingArticle], order: [Int], in store: ArticleStore
    ) async throws(StoreError) -> ([(article: String, signature: MinHashSignature)], [DuplicateLink]) {
        let finder = DuplicateFinder(configuration: duplicates)
        let hasher = finder.hasher
        let signatures = await ParallelMap.map(articles, chunkSize: 16) { hasher.signature(of: $0.text) }
        let earliest = articles.compactMap(\.time).min() ?? Int.max
        let stored = try await store.signatures(since: earliest == .max ? Int.min : earliest - duplicateWindowSeconds)

        // Index stored articles first, then the new ones in time order, each querying before it is added.
        var index = LSHIndex(parameters: finder.lsh)
        var keys: [(id: String, time: Int?)] = []
        for entry in stored {
            index.insert(keys.count, signature: entry.signature)
            keys.append((entry.article, entry.time))
        }
        var candidates: [Int: [Int]] = [:]
        for position in order {
            candidates[position] = index.candidates(for: signatures[position])
            index.insert(keys.count, signature: signatures[position])
            keys.append((articles[position].id, articles[position].time))
        }
        let storedIDs = Array(Set(candidates.values.flatMap { $0 }.filter { $0 < stored.count }.map { keys[$0].id }))
        var texts = try await store.texts(of: storedIDs)
        for article in articles { texts[article.id] = article.text }
        var shingles: [String: [UInt64]] = [:]
        func shingleSet(_ id: String) -> [UInt64] {
            if let known = shingles[id] { return known }
            var set = Set<UInt64>()
            hasher.shingles.forEachShingle(in: texts[id] ?? "") { set.insert($0) }
            let sorted = set.sorted()
            shingles[id] = sorted
            return sorted
        }
        var links: [DuplicateLink] = []
        for position in order {
            let article = articles[position]
            var best: (id: String, similarity: Double)?
            for candidate in candidates[position] ?? [] {
                let other = keys[candidate]
                guard other.id != article.id else { continue }
                // A copy derives from an article published no later than itself.
                if let time = article.time, let otherTime = other.time, otherTime > time { continue }
                if article.time != nil && other.time == nil { continue }
                let similarity = DuplicateFinder.jaccard(shingleSet(article.id), shingleSet(other.id))
                guard similarity >= duplicates.rewriteThreshold else { continue }
                if similarity > (best?.similarity ?? 0) { best = (other.id, similarity) }
            }
            guard let best else { continue }
            let exact = DuplicateFinder.contentKey(of: article.text) == DuplicateFinder.contentKey(of: texts[best.id] ?? "")
            let kind: DuplicateKind = exact ? .exact : best.similarity >= duplicates.nearThreshold ? .near : .rewrite
            links.append(DuplicateLink(article: article.id, derivedFrom: best.id, similarity: best.similarity, kind: kind))
        }
        return (zip(articles, signatures).map { ($0.id, $1) }, links)
    }
}
