import StorylineGrouping

/// The LSH index over recent signatures that a grouping run keeps between batches, to link each new
/// article to the earlier article it copies. Synchronous: its owner does the store reads.
struct CopyIndex: Sendable {
    private var index: LSHIndex
    private var keys: [(id: String, time: Int?)] = []
    private var indexed: Set<String> = []
    /// Stored signatures of articles published at or after this time are in the index.
    private(set) var since = Int.max
    let configuration: DuplicateConfiguration

    init(configuration: DuplicateConfiguration) {
        self.configuration = configuration
        index = LSHIndex(
            parameters: LSHParameters.optimal(
                threshold: configuration.rewriteThreshold, permutations: configuration.permutations))
    }

    /// Adds stored signatures (published since `horizon`) that the index lacks.
    mutating func add(stored: [(article: String, time: Int?, signature: MinHashSignature)], since horizon: Int) {
        for entry in stored where !indexed.contains(entry.article) {
            insert(entry.article, time: entry.time, signature: entry.signature)
        }
        since = min(since, horizon)
    }

    /// Candidate earlier articles for each new article (in time order); the new ones are then indexed.
    /// Returns, per article position, the candidates' ids and times.
    mutating func candidates(
        for articles: [GroupingArticle], signatures: [MinHashSignature], order: [Int]
    ) -> [Int: [(id: String, time: Int?)]] {
        var result: [Int: [(id: String, time: Int?)]] = [:]
        for position in order {
            result[position] = index.candidates(for: signatures[position]).map { keys[$0] }
            insert(articles[position].id, time: articles[position].time, signature: signatures[position])
        }
        return result
    }

    /// Links each new article to the most similar earlier candidate, verified by the exact Jaccard
    /// similarity of shingle sets; `texts` holds the texts of the new articles and of the candidates.
    func links(
        for articles: [GroupingArticle], order: [Int], candidates: [Int: [(id: String, time: Int?)]],
        texts: [String: String]
    ) -> [DuplicateLink] {
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
            for other in candidates[position] ?? [] where other.id != article.id {
                // A copy derives from an article published no later than itself.
                if let time = article.time, let otherTime = other.time, otherTime > time { continue }
                if article.time != nil && other.time == nil { continue }
                let similarity = DuplicateFinder.jaccard(shingleSet(article.id), shingleSet(other.id))
                guard similarity >= configuration.rewriteThreshold else { continue }
                if similarity > (best?.similarity ?? 0) { best = (other.id, similarity) }
            }
            guard let best else { continue }
            let sameText = DuplicateFinder.contentKey(of: article.text) == DuplicateFinder.contentKey(of: texts[best.id] ?? "")
            let kind = configuration.kind(similarity: best.similarity, sameText: sameText)
            links.append(DuplicateLink(article: article.id, derivedFrom: best.id, similarity: best.similarity, kind: kind))
        }
        return links
    }

    private mutating func insert(_ id: String, time: Int?, signature: MinHashSignature) {
        index.insert(keys.count, signature: signature)
        keys.append((id, time))
        indexed.insert(id)
    }
}
