/// Clusters a whole collection of articles into stories: terms are gathered first (so IDF weights
/// see the whole collection), then articles are placed online in publication order.
///
/// ```swift
/// var clusterer = CollectionClusterer()
/// for article in articles { clusterer.add(id: article.id, terms: extractor.terms(title: …, text: …), time: …) }
/// let stories = clusterer.cluster()   // one assignment per article, in the order added
/// ```
public struct CollectionClusterer: Sendable {
    public let configuration: StoryConfiguration
    private var ids: [String] = []
    private var terms: [ArticleTerms] = []
    private var times: [Int?] = []
    private var frequencies = DocumentFrequencies()

    public init(configuration: StoryConfiguration = StoryConfiguration()) {
        precondition(configuration.problems().isEmpty, configuration.problems().joined(separator: "; "))
        self.configuration = configuration
    }

    /// How many articles were added.
    public var count: Int { ids.count }

    /// Adds one article; `time` is seconds since the epoch, nil when undated.
    public mutating func add(id: String, terms articleTerms: ArticleTerms, time: Int?) {
        ids.append(id)
        terms.append(articleTerms)
        times.append(time)
        frequencies.add(articleTerms)
    }

    /// One assignment per article, in the order they were added; stories that merged share one id.
    ///
    /// - Parameter withEvidence: also explain every join (costs time on large stories).
    public func cluster(withEvidence: Bool = false) -> [StoryAssignment] {
        var clusterer = StoryClusterer(configuration: configuration, frequencies: weights)
        var assignments = [StoryAssignment?](repeating: nil, count: ids.count)
        for index in placementOrder() {
            assignments[index] = clusterer.add(article(at: index), withEvidence: withEvidence)
        }
        return finished(assignments, merges: clusterer.merges)
    }

    /// The same assignments as ``cluster(withEvidence:)``, sooner on several cores: the TF-IDF vectors
    /// of the next articles are computed on another core while the current ones are placed (placing is
    /// sequential, each article seeing the stories before it).
    public func clusterInParallel(withEvidence: Bool = false) async -> [StoryAssignment] {
        var clusterer = StoryClusterer(configuration: configuration, frequencies: weights)
        var assignments = [StoryAssignment?](repeating: nil, count: ids.count)
        let order = placementOrder()
        let chunkSize = 2048
        let preparer = clusterer
        let terms = self.terms
        func preparing(_ range: Range<Int>) -> Task<[StoryClusterer.Prepared], Never> {
            let indices = Array(order[range])
            return Task { indices.map { preparer.prepare(terms[$0]) } }
        }
        var start = 0
        var upcoming = preparing(0..<min(chunkSize, order.count))
        while start < order.count {
            let end = min(start + chunkSize, order.count)
            let prepared = await upcoming.value
            if end < order.count { upcoming = preparing(end..<min(end + chunkSize, order.count)) }
            for (offset, index) in order[start..<end].enumerated() {
                assignments[index] = clusterer.add(article(at: index), prepared: prepared[offset], withEvidence: withEvidence)
            }
            start = end
        }
        return finished(assignments, merges: clusterer.merges)
    }

    /// The document frequencies with the configured prior: the IDF weights of clustering.
    private var weights: DocumentFrequencies {
        var weights = frequencies
        weights.priorDocuments = configuration.priorDocuments
        return weights
    }

    /// Positions in placement order: by time, undated articles last (by then every dated story is known).
    private func placementOrder() -> [Int] {
        ids.indices.sorted { (times[$0] ?? .max, $0) < (times[$1] ?? .max, $1) }
    }

    /// The article at `index` as the story clusterer sees it.
    private func article(at index: Int) -> StoryClusterer.Article {
        // Positions identify articles here (input ids need not be unique); the id keeps story ids
        // tied to content rather than to input order alone.
        StoryClusterer.Article(id: "\(index)|\(ids[index])", terms: terms[index], time: times[index])
    }

    /// Assignments with input ids and each story followed through its merges to the surviving one.
    private func finished(_ assignments: [StoryAssignment?], merges: [StoryMerge]) -> [StoryAssignment] {
        var absorbedBy: [String: String] = [:]
        for merge in merges { absorbedBy[merge.absorbed] = merge.kept }
        func finalStory(_ story: String) -> String {
            var story = story
            while let next = absorbedBy[story] { story = next }
            return story
        }
        return assignments.enumerated().map { index, assignment in
            var result = assignment!
            result.article = ids[index]
            result.story = finalStory(result.story)
            if var evidence = result.evidence, let bar = evidence.closestArticle.firstIndex(of: "|"),
                let position = Int(evidence.closestArticle[..<bar])
            {
                evidence.closestArticle = ids[position]
                result.evidence = evidence
            }
            return result
        }
    }
}
