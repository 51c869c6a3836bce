import StorylineCore

/// What a page says about its article besides the text: title, address, outlet, author, date, language.
public struct HTMLMetadata: Sendable, Hashable {
    /// The headline, without a trailing " | Site" or " - Site".
    public var title: String?
    /// The canonical address (`<link rel=canonical>`, `og:url`), made absolute when the page URL is known.
    public var url: String?
    /// The publication's name (`og:site_name`, JSON-LD `publisher.name`, `application-name`).
    public var outlet: String?
    /// The author or authors, joined by ", ".
    public var author: String?
    /// When the article was first published.
    public var published: PublicationDate?
    /// ISO 639-1 code (two lowercase letters) of the page's declared language.
    public var language: String?

    /// Metadata with the given fields; all nil by default.
    public init(
        title: String? = nil, url: String? = nil, outlet: String? = nil, author: String? = nil,
        published: PublicationDate? = nil, language: String? = nil
    ) {
        self.title = title
        self.url = url
        self.outlet = outlet
        self.author = author
        self.published = published
        self.language = language
    }
}
