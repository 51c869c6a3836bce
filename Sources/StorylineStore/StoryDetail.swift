import StorylineGrouping

/// A stored story with its articles and why each is there.
public struct StoryDetail: Sendable, Hashable, Codable {
    /// One article of the story.
    public struct Member: Sendable, Hashable, Codable {
        public var article: ArticleSummary
        /// Why it joined; nil for the article that started the story or one placed by hand.
        public var evidence: JoinEvidence?
        /// "auto", or "merge"/"split" when a manual fix placed it.
        public var placedBy: String
    }

    public var summary: StorySummary
    /// In publication order.
    public var members: [Member]
    /// Stories merged into this one.
    public var mergedFrom: [String]
}
