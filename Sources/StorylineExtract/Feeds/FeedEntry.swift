import StorylineCore

/// One entry of a ``Feed`` (an RSS item, an Atom entry, a JSON Feed item).
public struct FeedEntry: Sendable, Hashable {
    /// The 1-based position of the entry in its feed, for messages.
    public var index: Int
    /// The entry's identifier: RSS `guid`, Atom `id`, JSON Feed `id`.
    public var id: String?
    public var title: String?
    /// The article's address (RSS `link` or a permalink `guid`, Atom `link rel=alternate`, JSON `url`),
    /// absolute when the feed gave a base.
    public var url: String?
    /// Author names, in order, without e-mail addresses.
    public var authors: [String]
    /// When the entry was first published (RSS `pubDate`/`dc:date`, Atom `published`, JSON `date_published`).
    public var published: PublicationDate?
    /// When the entry was last changed (Atom `updated`, JSON `date_modified`, `dcterms:modified`).
    public var updated: PublicationDate?
    /// ISO 639-1 code of the entry's language (`xml:lang`, JSON `language`).
    public var language: String?
    /// The full content (RSS `content:encoded`, Atom `content`, JSON `content_html`/`content_text`).
    public var content: FeedText?
    /// The summary (RSS `description`, Atom `summary`, JSON `summary`).
    public var summary: FeedText?
    /// Category labels or tags.
    public var categories: [String]

    /// An entry with the given fields.
    public init(
        index: Int, id: String? = nil, title: String? = nil, url: String? = nil, authors: [String] = [],
        published: PublicationDate? = nil, updated: PublicationDate? = nil, language: String? = nil,
        content: FeedText? = nil, summary: FeedText? = nil, categories: [String] = []
    ) {
        self.index = index
        self.id = id
        self.title = title
        self.url = url
        self.authors = authors
        self.published = published
        self.updated = updated
        self.language = language
        self.content = content
        self.summary = summary
        self.categories = categories
    }
}
