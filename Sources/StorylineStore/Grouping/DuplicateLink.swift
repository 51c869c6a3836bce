import StorylineGrouping

/// One step of a copy chain as stored: `article` derives from the earlier `derivedFrom`.
public struct DuplicateLink: Sendable, Hashable, Codable {
    public var article: String
    public var derivedFrom: String
    /// Verified Jaccard similarity of the two articles' shingle sets.
    public var similarity: Double
    public var kind: DuplicateKind

    public init(article: String, derivedFrom: String, similarity: Double, kind: DuplicateKind) {
        self.article = article
        self.derivedFrom = derivedFrom
        self.similarity = similarity
        self.kind = kind
    }
}
