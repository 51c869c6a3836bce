import StorylineExtract
import StorylineFetch

extension FeedReading {
    /// The feed and OPML parsers `storyline watch` uses: `StorylineExtract`'s ``FeedParser`` (RSS,
    /// Atom, JSON Feed) and ``OPMLDocument``. An entry's full content (not its summary) goes along as
    /// HTML, so the watcher fetches the page only when the feed does not carry the article.
    static let storyline = FeedReading(
        entries: { bytes, feedURL in
            let feed = try FeedParser().parse(bytes, url: feedURL, file: feedURL)
            return feed.entries.map { entry in
                StorylineFetch.FeedEntry(
                    url: entry.url, id: entry.id, title: entry.title, published: entry.published ?? entry.updated,
                    contentHTML: entry.content.flatMap(Self.html))
            }
        },
        feedURLs: { bytes in
            try OPMLDocument(parsing: bytes, file: nil).subscriptions.map(\.feedURL)
        })

    /// Feed text as HTML: markup as it is, plain text as escaped paragraphs.
    static func html(_ text: FeedText) -> String? {
        guard !text.isBlank else { return nil }
        if text.kind == .html { return text.value }
        let paragraphs = text.value.split(separator: "\n\n").map { paragraph in
            var escaped = ""
            for character in paragraph {
                switch character {
                case "&": escaped += "&amp;"
                case "<": escaped += "&lt;"
                case ">": escaped += "&gt;"
                default: escaped.append(character)
                }
            }
            return "<p>\(escaped)</p>"
        }
        return paragraphs.joined()
    }
}
