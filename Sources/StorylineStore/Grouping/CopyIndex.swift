import StorylineGrouping

/// The LSH index over recent signatures that a grouping run keeps between batches, to link each new
/// article to the earlier article it copies.
struct CopyIndex: Sendable {
    private var index: LSHIndex?
    private var keys: [(id: String, time: Int?)] = []
    private var indexed: Set<String> = []
    /// Stored signatures of articles published at or after this time are in the index.
    private var since = Int.max

    /// Adds the stored signatures published since `horizon` that the index lacks.
    mutating func load(since horizon: Int, from store: ArticleStore, configuration: DuplicateConfiguration)
        async throws(StoreError)
    {
        if index == nil {
            index = LSHIndex(
                parameters: LSHParameters.optimal(
                    threshold: configuration.rewriteThreshold, permutations: configuration.permutations))
        }
        guard horizon < since else { return }
        for entry in try await store.signatures(since: horizon) where !indexed.contains(entry.article) {
            insert(entry.article, time: entry.time, signature: entry.signature)
        }
        since = horizon
    }

    /// Links each new article (in time order) to the most similar earlier article, verified by exact
    /// Jaccard similarity of shingle sets, and adds it to the index.
    mutating func link(
        _ articles: [GroupingArticle], signatures: [MinHashSignature], order: [Int], store: ArticleStore,
        configuration: DuplicateConfiguration
    ) async throws(StoreError) -> [DuplicateLink] {
        var candidates: [Int: [Int]] = [:]
        let batchStart = keys.count
        for position in order {
            candidates[position] = index!.candidates(for: signatures[position])
            insert(articles[position].id, time: articles[position].time, signature: signatures[position])
        }
        let storedIDs = Array(Set(candidates.values.flatMap { $0 }.filter { $0 < batchStart }.map { keys[$0].id }))
        var texts = try await store.texts(of: storedIDs)
        for article in articles { texts[article.id] = article.text }
        let shingler = ShingleHasher(shingleSize: configuration.shingleSize)
        var shingles: [String: [UInt64]] = [:]
        func shingleSet(_ id: String) -> [UInt64] {
            if let known = shingles[id] { return known }
            var set = Set<UInt64>()
            shingler.forEachShingle(in: texts[id] ?? "") { set.insert($0) }
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
                guard similarity >= configuration.rewriteThreshold else { continue }
                if similarity > (best?.similarity ?? 0) { best = (other.id, similarity) }
            }
            guard let best else { continue }
            let exact = DuplicateFinder.contentKey(of: article.text) == DuplicateFinder.contentKey(of: texts[best.id] ?? "")
            let kind: DuplicateKind = exact ? .exact : best.similarity >= configuration.nearThreshold ? .near : .rewrite
            links.append(DuplicateLink(article: article.id, derivedFrom: best.id, similarity: best.similarity, kind: kind))
        }
        return links
    }

    private mutating func insert(_ id: String, time: Int?, signature: MinHashSignature) {
        index!.insert(keys.count, signature: signature)
        keys.append((id, time))
        indexed.insert(id)
    }
}
