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
        var weights = frequencies
        weights.priorDocuments = configuration.priorDocuments
        var clusterer = StoryClusterer(configuration: configuration, frequencies: weights)
        // Undated articles come last: by then every dated story is known.
        let order = ids.indices.sorted { (times[$0] ?? .max, $0) < (times[$1] ?? .max, $1) }
        var assignments = [StoryAssignment?](repeating: nil, count: ids.count)
        for index in order {
            // Positions identify articles here (input ids need not be unique); the id keeps story ids
            // tied to content rather than to input order alone.
            let key = "\(index)|\(ids[index])"
            let article = StoryClusterer.Article(id: key, terms: terms[index], time: times[index])
            assignments[index] = clusterer.add(article, withEvidence: withEvidence)
        }
        var absorbedBy: [String: String] = [:]
        for merge in clusterer.merges { absorbedBy[merge.absorbed] = merge.kept }
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
