import StorylineCore

/// Reads RSS 0.9x and 2.0 (`<rss><channel><item>`) and the RDF-based RSS 0.90 and 1.0
/// (`<rdf:RDF><channel/><item>`), with the `content:` and Dublin Core (`dc:`, `dcterms:`) modules.
struct RSSFeedReader {
    private static let rss = FeedNamespace.rss
    private static let dc: [String?] = [FeedNamespace.dublinCore]
    private static let terms: [String?] = [FeedNamespace.dublinCoreTerms]

    /// The feed whose root element is `root` (`rss` or `rdf:RDF`).
    static func feed(root: XMLElement, kind: Feed.Kind) -> Feed {
        let channel = root.child("channel", in: rss)
        var feed = Feed(kind: kind)
        if let channel {
            feed.title = channel.childText("title", in: rss) ?? channel.childText("title", in: dc)
            feed.siteURL = channel.childText("link", in: rss).map(channel.resolve)
            let selfLink = channel.children.first { link in
                link.isNamed("link", in: FeedNamespace.atom) && link.attribute("rel") == "self"
            }
            feed.feedURL = selfLink?.trimmedAttribute("href")
            let language =
                channel.childText("language", in: rss) ?? channel.childText("language", in: dc) ?? channel.language
            feed.language = language.flatMap(HTMLMetadataExtractor.languageCode)
        }
        // RSS 2.0 puts items in the channel, RDF feeds beside it.
        let items =
            (channel?.children ?? []).filter { $0.isNamed("item", in: rss) }
            + root.children.filter { $0.isNamed("item", in: rss) }
        feed.entries = items.enumerated().map { entry(from: $1, index: $0 + 1) }
        return feed
    }

    static func entry(from item: XMLElement, index: Int) -> FeedEntry {
        var entry = FeedEntry(index: index)
        entry.title = item.childText("title", in: rss) ?? item.childText("title", in: dc)
        let guid = item.child("guid", in: rss)
        entry.id = guid?.trimmedText ?? item.trimmedAttribute("about", in: FeedNamespace.rdf)
        var url = item.childText("link", in: rss)
        if url == nil, let guid, let value = guid.trimmedText, guid.attribute("isPermaLink")?.lowercased() != "false",
            value.lowercased().hasPrefix("http")
        {
            url = value
        }
        url = url ?? item.trimmedAttribute("about", in: FeedNamespace.rdf)
        entry.url = url.map(item.resolve)
        var authors = item.children.filter { $0.isNamed("creator", in: dc) }.compactMap(\.trimmedText)
        if authors.isEmpty, let author = item.childText("author", in: rss) { authors = [Self.authorName(author)] }
        entry.authors = authors
        entry.published =
            [
                item.childText("pubDate", in: rss), item.childText("date", in: dc), item.childText("issued", in: terms),
                item.childText("created", in: terms),
            ].lazy.compactMap { $0.flatMap(FeedDateParser.date) }.first
        entry.updated = item.childText("modified", in: terms).flatMap(FeedDateParser.date)
        entry.language = (item.childText("language", in: dc) ?? item.language).flatMap(
            HTMLMetadataExtractor.languageCode)
        if let encoded = item.child("encoded", in: [FeedNamespace.content])?.text {
            entry.content = FeedText(.html, encoded)
        }
        if let description = item.child("description", in: rss)?.text {
            entry.summary = FeedText(.html, description)
        }
        entry.categories = item.children.filter { $0.isNamed("category", in: rss) || $0.isNamed("subject", in: dc) }
            .compactMap(\.trimmedText)
        return entry
    }

    /// The name in an RSS `author` (`jane@example.com (Jane Doe)`, `Jane Doe <jane@example.com>`), or the
    /// value as written when it holds no name.
    static func authorName(_ value: String) -> String {
        if let open = value.firstIndex(of: "("), let close = value.lastIndex(of: ")"), open < close {
            let name = String(value[value.index(after: open)..<close]).trimmingWhitespace()
            if !name.isEmpty { return name }
        }
        if let open = value.firstIndex(of: "<"), value[open...].contains("@") {
            let name = String(value[..<open]).trimmingWhitespace()
            if !name.isEmpty { return name }
        }
        return value
    }
}
