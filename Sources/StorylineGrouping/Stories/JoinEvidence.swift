/// Why an article joined its story: the closest article already there, the scores, what they share.
public struct JoinEvidence: Sendable, Hashable, Codable {
    /// The article of the story most similar to this one when it joined.
    public var closestArticle: String
    /// Cosine similarity to `closestArticle`.
    public var similarityToClosest: Double
    /// The score that decided the join: average similarity to the story's articles.
    public var score: Double
    /// Names (people, places, organisations) both articles mention, most telling first.
    public var sharedNames: [String]
    /// Other terms both articles use, most telling first.
    public var sharedTerms: [String]
}

