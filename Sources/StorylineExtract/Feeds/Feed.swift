/// A news feed as read from RSS (0.9x, 1.0, 2.0), Atom (1.0, and 0.3 loosely) or JSON Feed (1.0, 1.1):
/// what the feed says about itself and its entries, in document order.
///
/// ```swift
/// let feed = try FeedParser().parse(bytes, url: "https://example.com/rss", file: "news.rss")
/// feed.title             // "Harbor Daily"
/// feed.entries[0].title  // "Port reopens after storm"
/// ```
public struct Feed: Sendable, Hashable {
    /// The feed format the document is written in.
    public enum Kind: String, Sendable, Hashable {
        /// RSS 0.91–2.0 (`<rss>`).
        case rss
        /// RSS 0.90 and 1.0 (`<rdf:RDF>`).
        case rdf
        /// Atom (`<feed>`).
        case atom
        /// JSON Feed.
        case jsonFeed = "json-feed"
    }

    public var kind: Kind
    /// The feed's title: the outlet name entries get.
    public var title: String?
    /// The site the feed belongs to (RSS channel `link`, Atom `link rel=alternate`, JSON `home_page_url`).
    public var siteURL: String?
    /// The feed's own address, when it states it (Atom `link rel=self`, JSON `feed_url`).
    public var feedURL: String?
    /// ISO 639-1 code of the feed's declared language.
    public var language: String?
    /// The entries (RSS items), in document order.
    public var entries: [FeedEntry]

    /// A feed with the given fields.
    public init(
        kind: Kind, title: String? = nil, siteURL: String? = nil, feedURL: String? = nil, language: String? = nil,
        entries: [FeedEntry] = []
    ) {
        self.kind = kind
        self.title = title
        self.siteURL = siteURL
        self.feedURL = feedURL
        self.language = language
        self.entries = entries
    }
}
