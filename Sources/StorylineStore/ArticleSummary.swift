import StorylineCore

/// One row of the article list: the metadata without the body.
public struct ArticleSummary: Sendable, Hashable, Codable {
    public var id: String
    public var source: String
    public var url: String?
    public var title: String?
    public var outlet: String?
    public var author: String?
    public var published: PublicationDate?
    public var language: String?
    /// Length of the clean text in characters.
    public var textLength: Int
    /// How many segments cleaning removed.
    public var removedCount: Int

    public init(
        id: String, source: String, url: String?, title: String?, outlet: String?, author: String?,
        published: PublicationDate?, language: String?, textLength: Int, removedCount: Int
    ) {
        self.id = id
        self.source = source
        self.url = url
        self.title = title
        self.outlet = outlet
        self.author = author
        self.published = published
        self.language = language
        self.textLength = textLength
        self.removedCount = removedCount
    }
}
