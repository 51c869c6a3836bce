/// Settings of story clustering. One default for all data; ``problems()`` says what is out of range.
public struct StoryConfiguration: Sendable, Hashable, Codable {
    /// Lowest average cosine similarity between an article and a story's articles for it to join.
    public var joinThreshold = 0.15
    /// How far apart in time (seconds) an article may be from a story's articles.
    public var windowSeconds = 3 * 86_400
    /// Cosine similarity of two stories' centroids at or above which they are merged.
    public var mergeThreshold = 0.6
    /// How many of an article's highest-weighted terms look up candidate stories.
    public var candidateTerms = 24
    /// At most this many candidate stories (those sharing the most top terms) are scored per article.
    public var maxCandidates = 16
    /// Virtual documents added to the IDF denominator (see ``DocumentFrequencies/priorDocuments``).
    public var priorDocuments = 50

    public init() {}

    /// Problems with the values, one message each; empty when the configuration is usable.
    public func problems() -> [String] {
        var problems: [String] = []
        if !(joinThreshold > 0 && joinThreshold < 1) { problems.append("join threshold must be in (0, 1) (got \(joinThreshold))") }
        if windowSeconds < 3_600 { problems.append("time window must be at least one hour (got \(windowSeconds) s)") }
        if !(mergeThreshold > 0 && mergeThreshold <= 1) { problems.append("merge threshold must be in (0, 1] (got \(mergeThreshold))") }
        if priorDocuments < 0 { problems.append("prior documents must not be negative (got \(priorDocuments))") }
        if maxCandidates < 1 { problems.append("max candidates must be at least 1 (got \(maxCandidates))") }
        if candidateTerms < 1 { problems.append("candidate terms must be at least 1 (got \(candidateTerms))") }
        return problems
    }
}
