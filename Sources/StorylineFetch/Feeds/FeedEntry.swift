import StorylineCore

/// One entry of an RSS or Atom feed, as a feed parser hands it to the watcher.
public struct FeedEntry: Sendable, Hashable {
    /// The article's URL (`<link>`).
    public var url: String?
    /// The entry's id (`<guid>`, Atom `<id>`), if the feed gives one.
    public var id: String?
    public var title: String?
    public var published: PublicationDate?
    /// The full article as HTML (`<content:encoded>`, Atom `<content>`), when the feed carries it;
    /// nil (or a short summary) means the page must be fetched.
    public var contentHTML: String?

    public init(
        url: String? = nil, id: String? = nil, title: String? = nil, published: PublicationDate? = nil,
        contentHTML: String? = nil
    ) {
        self.url = url
        self.id = id
        self.title = title
        self.published = published
        self.contentHTML = contentHTML
    }

    /// What identifies the entry across rounds: its id, else its URL; nil if it has neither.
    public var key: String? {
        if let id, !id.isEmpty { return id }
        if let url, !url.isEmpty { return url }
        return nil
    }
}
