import StorylineCore

/// One row of the story list.
public struct StorySummary: Sendable, Hashable, Codable {
    public var id: String
    /// The title of the story's earliest article.
    public var title: String?
    public var articleCount: Int
    public var outlets: [String]
    public var first: PublicationDate?
    public var last: PublicationDate?
}
