/// Parses a news feed — RSS 0.9x/1.0/2.0, Atom 1.0 (0.3 loosely) or JSON Feed 1.0/1.1 — into a ``Feed``.
///
/// XML is parsed by libxml2 in recover mode without network access, entity substitution or DTD loading
/// (see ``XMLTree``), so a feed can neither make Storyline fetch anything nor blow up through entities;
/// elements are matched by namespace URI. JSON Feeds are told apart by their first bytes.
///
/// ```swift
/// let feed = try FeedParser().parse(bytes, url: nil, file: "news.rss")
/// for entry in feed.entries { print(entry.title ?? "untitled", entry.published?.iso8601 ?? "") }
/// ```
public struct FeedParser: Sendable {
    /// A parser.
    public init() {}

    /// The feed in `bytes`.
    ///
    /// - Parameters:
    ///   - url: where the feed came from, if known: the base for relative links.
    ///   - file: the input's name, used only in error messages.
    /// - Throws: ``InputError`` `.malformedFeed` when the bytes are neither XML nor a JSON Feed,
    ///   `.unsupportedFormat` for XML that is not a feed, `.emptyInput` for blank input.
    public func parse(_ bytes: [UInt8], url: String? = nil, file: String?) throws(InputError) -> Feed {
        guard bytes.contains(where: { $0 > 0x20 }) else {
            throw InputError(.emptyInput, "the feed is empty", file: file)
        }
        if let first = bytes.first(where: { !FeedSniffer.isSpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }),
            first == UInt8(ascii: "{")
        {
            return try JSONFeedReader.feed(bytes, url: url, file: file)
        }
        guard let tree = XMLTree(bytes: bytes, url: url), let root = tree.root else {
            throw InputError(.malformedFeed, "not an XML feed (libxml2 found no element)", file: file)
        }
        let name = root.localName
        let namespace = root.namespaceURI
        if name == "rss" { return RSSFeedReader.feed(root: root, kind: .rss) }
        if name == "RDF" && namespace == FeedNamespace.rdf { return RSSFeedReader.feed(root: root, kind: .rdf) }
        // Atom 1.0, Atom 0.3, and Atom that forgot its namespace.
        if name == "feed" && [FeedNamespace.atom, FeedNamespace.atom03, nil].contains(namespace) {
            return AtomFeedReader(namespace: namespace).feed(root: root)
        }
        let described = namespace.map { "\(name) in \($0)" } ?? name
        throw InputError(.unsupportedFormat, "XML document <\(described)> is not an RSS, RDF or Atom feed", file: file)
    }
}
