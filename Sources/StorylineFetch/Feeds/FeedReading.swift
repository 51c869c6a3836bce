/// The feed formats the watcher relies on, as two functions: feed bytes → entries, OPML → feed URLs.
///
/// The watcher knows nothing of RSS, Atom or OPML; whoever runs it passes the parsers. A parser
/// throws (any error; its description is printed) for a document it cannot read.
///
/// ```swift
/// let reading = FeedReading(
///     entries: { bytes, feedURL in try MyFeedParser().entries(bytes, baseURL: feedURL) },
///     feedURLs: { bytes in try MyOPMLParser().feedURLs(bytes) })
/// ```
public struct FeedReading: Sendable {
    /// The entries of one feed document; `feedURL` resolves relative links.
    public var entries: @Sendable (_ bytes: [UInt8], _ feedURL: String) throws -> [FeedEntry]
    /// The feed URLs (`xmlUrl`) listed in an OPML document, in document order.
    public var feedURLs: @Sendable (_ opml: [UInt8]) throws -> [String]

    public init(
        entries: @escaping @Sendable (_ bytes: [UInt8], _ feedURL: String) throws -> [FeedEntry],
        feedURLs: @escaping @Sendable (_ opml: [UInt8]) throws -> [String]
    ) {
        self.entries = entries
        self.feedURLs = feedURLs
    }
}
