/// Where one article went.
public struct StoryAssignment: Sendable, Hashable, Codable {
    public var article: String
    public var story: String
    /// Nil when the article started the story.
    public var evidence: JoinEvidence?
}

