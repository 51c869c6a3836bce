import StorylineCore

/// What a page says about its article besides the text: title, address, outlet, authors, dates, language.
public struct HTMLMetadata: Sendable, Hashable {
    /// The headline, without a trailing " | Site" or " - Site".
    public var title: String?
    /// The canonical address (`<link rel=canonical>`, `og:url`), made absolute when the page URL is known.
    public var url: String?
    /// The publication's name (`og:site_name`, JSON-LD `publisher.name`, `application-name`).
    public var outlet: String?
    /// The author or authors, joined by ", " (``authors`` keeps them apart).
    public var author: String?
    /// The authors' names, in the order the page gives them.
    public var authors: [String]
    /// When the article was first published.
    public var published: PublicationDate?
    /// When the article was last modified, with the time zone where the page gives one.
    public var modified: PublicationDate?
    /// ISO 639-1 code (two lowercase letters) of the page's declared language.
    public var language: String?

    /// Metadata with the given fields; all nil by default. `author` defaults to `authors` joined by ", ".
    public init(
        title: String? = nil, url: String? = nil, outlet: String? = nil, author: String? = nil,
        authors: [String] = [], published: PublicationDate? = nil, modified: PublicationDate? = nil,
        language: String? = nil
    ) {
        self.title = title
        self.url = url
        self.outlet = outlet
        self.authors = authors
        self.author = author ?? (authors.isEmpty ? nil : authors.joined(separator: ", "))
        self.published = published
        self.modified = modified
        self.language = language
    }
}
